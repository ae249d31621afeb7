//! How sure: ranges, the Monte Carlo run, the tornado and pilot evidence.

pub mod uncertainty;
