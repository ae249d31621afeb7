//! Small views the parts share: tables, folds and a chart's figure.

pub mod chart_figure;
pub mod fold;
pub mod table;
