//! Who gains and who loses: each party's money, the words and the deal.

pub mod parties_app;
pub mod parties_view;
