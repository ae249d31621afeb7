//! What the page sends each view the views module draws: the view's name
//! and its JSON, in the shapes below, which the page writes and the module
//! reads with the same types. Beneath both the components and the views
//! module (`crate::views`), so that imports run one way.

use serde::{Deserialize, Serialize};
use yew::AttrValue;

pub const CHART: &str = "chart";
pub const KEEP: &str = "keep";
pub const PRESETS: &str = "presets";
pub const SUGGESTIONS: &str = "suggestions";
pub const PRINT_INPUTS: &str = "print-inputs";
pub const EVIDENCE: &str = "evidence";
pub const PARTIES: &str = "parties";
pub const LADDER: &str = "ladder";
pub const GROUPS: &str = "groups";
pub const EQUITY: &str = "equity";

/// Who gains in words, the footprints' ladder, and evidence over time:
/// the scenario as its query, and the width their charts are drawn at once
/// wanted.
#[derive(Serialize, Deserialize)]
pub struct FiguresJson {
    pub query: String,
    pub width: Option<u32>,
}

impl FiguresJson {
    /// The JSON the page sends such a view.
    pub fn of(query: &str, width: Option<u32>) -> AttrValue {
        let json = FiguresJson {
            query: query.to_string(),
            width,
        };
        AttrValue::from(serde_json::to_string(&json).unwrap_or_default())
    }
}

/// Share and keep: the scenario as its query, and the saved list's
/// version, bumped by the page whenever the list changes; the module then
/// asks for the list (`SAVED`), which can be thousands long.
#[derive(Serialize, Deserialize)]
pub struct KeepJson {
    pub query: String,
    pub list: u64,
}

/// Start from an example: the lines the scenario has now.
#[derive(Serialize, Deserialize)]
pub struct PresetsJson {
    pub count: usize,
    /// The scenario's first financial year, and today's.
    pub fy: i32,
    pub today: i32,
}

/// Suggested national costs beside a £ input (`field`, as `l1.unit`).
#[derive(Serialize, Deserialize)]
pub struct SuggestionsJson {
    pub field: String,
    pub value: Option<String>,
    pub fy: i32,
    /// The line's minutes per appointment, for prices of time.
    pub minutes: f64,
}

/// What was entered, for print: the scenario as its query.
#[derive(Serialize, Deserialize)]
pub struct PrintJson {
    pub query: String,
}
