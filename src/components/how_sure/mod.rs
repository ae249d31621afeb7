//! How sure: ranges, the Monte Carlo run, the tornado, pilot evidence,
//! the months as a Making Data Count chart, and how long a pilot must run.

pub mod draws_app;
pub mod evidence_app;
pub mod evidence_view;
pub mod spc_view;
pub mod tornado_view;
pub mod uncertainty;
