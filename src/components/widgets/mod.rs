//! Small views the parts share: tables, folds, a chart's figure, the way
//! to the method page, and the
//! elements the views module draws into (`view_slot`, `chart_slot`).

pub mod chart_figure;
pub mod chart_slot;
pub mod fold;
pub mod method_link;
pub mod table;
pub mod view_slot;
