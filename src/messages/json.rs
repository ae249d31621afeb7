//! What the page sends each view the views module draws: the view's name
//! and its JSON, in the shapes below, which the page writes and the module
//! reads with the same types. Beneath both the components and the views
//! module (`crate::views`), so that imports run one way.

use serde::Deserialize;
use yew::AttrValue;

use crate::keep::{write, Out};

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
pub const DRAWS: &str = "draws";
pub const LINE_MORE: &str = "line-more";

/// Who gains in words, the footprints' ladder, and evidence over time:
/// the scenario as its query, and the width their charts are drawn at once
/// wanted.
#[derive(Deserialize)]
pub struct FiguresJson {
    pub query: String,
    pub width: Option<u32>,
}

impl FiguresJson {
    /// The JSON the page sends such a view.
    pub fn of(query: &str, width: Option<u32>) -> AttrValue {
        let width = width.map_or(Out::Null, |w| Out::Whole(w.into()));
        AttrValue::from(write(vec![("query", Out::Text(query)), ("width", width)]))
    }
}

impl KeepJson {
    pub fn json(&self) -> AttrValue {
        AttrValue::from(write(vec![
            ("list", Out::Whole(self.list as i64)),
            ("query", Out::Text(&self.query)),
        ]))
    }
}

impl PresetsJson {
    pub fn json(&self) -> String {
        write(vec![
            ("count", Out::Whole(self.count as i64)),
            ("fy", Out::Whole(self.fy.into())),
            ("today", Out::Whole(self.today.into())),
        ])
    }
}

impl SuggestionsJson {
    pub fn json(&self) -> AttrValue {
        let value = self.value.as_deref().map_or(Out::Null, Out::Text);
        AttrValue::from(write(vec![
            ("field", Out::Text(&self.field)),
            ("fy", Out::Whole(self.fy.into())),
            ("minutes", Out::Number(self.minutes)),
            ("value", value),
        ]))
    }
}

impl PrintJson {
    pub fn json(&self) -> AttrValue {
        AttrValue::from(write(vec![("query", Out::Text(&self.query))]))
    }
}

/// Share and keep: the scenario as its query, and the saved list's
/// version, bumped by the page whenever the list changes; the module then
/// asks for the list (`SAVED`), which can be thousands long.
#[derive(Deserialize)]
pub struct KeepJson {
    pub query: String,
    pub list: u64,
}

/// Start from an example: the lines the scenario has now.
#[derive(Deserialize)]
pub struct PresetsJson {
    pub count: usize,
    /// The scenario's first financial year, and today's.
    pub fy: i32,
    pub today: i32,
}

/// Suggested national costs beside a £ input (`field`, as `l1.unit`).
#[derive(Deserialize)]
pub struct SuggestionsJson {
    pub field: String,
    pub value: Option<String>,
    pub fy: i32,
    /// The line's minutes per appointment, for prices of time.
    pub minutes: f64,
}

/// What was entered, for print: the scenario as its query.
#[derive(Deserialize)]
pub struct PrintJson {
    pub query: String,
}

/// A `rate` or `count` line's optional inputs, monthly counts and
/// deprivation (SPEC §2.8, §2.11): its number, whether it is joined to
/// another line's events, and each input by its link name with its text
/// and the message beside it. The page checks them; the module draws them.
#[derive(Deserialize)]
pub struct LineMoreJson {
    pub n: usize,
    pub joined: i64,
    pub fields: Vec<TypedJson>,
}

/// One input of a view drawn by the module: its link name, as typed, and
/// its problem.
#[derive(Deserialize)]
pub struct TypedJson {
    pub name: String,
    pub text: String,
    pub error: Option<String>,
}

impl LineMoreJson {
    /// The JSON the page sends: `fields` as (link name, text, error).
    pub fn of(n: usize, joined: bool, fields: &[(String, &str, Option<String>)]) -> AttrValue {
        let fields = fields
            .iter()
            .map(|(name, text, error)| {
                vec![
                    ("name", Out::Text(name)),
                    ("text", Out::Text(text)),
                    ("error", error.as_deref().map_or(Out::Null, Out::Text)),
                ]
            })
            .collect();
        AttrValue::from(write(vec![
            ("n", Out::Whole(n as i64)),
            ("joined", Out::Whole(joined.into())),
            ("fields", Out::Objects(fields)),
        ]))
    }
}
