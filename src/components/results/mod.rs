//! Results: the headline figures, the yearly and per-line tables, scale-up,
//! workforce and capacity, and the charts of the projection.

pub mod break_even;
pub mod capacity_view;
pub mod charts;
pub mod equity_app;
pub mod equity_view;
pub mod group_view;
pub mod groups_app;
pub mod headlines;
pub mod ladder_app;
pub mod line_table;
pub mod results_panel;
pub mod scale_up;
pub mod summary_figures;
pub mod year_table;
