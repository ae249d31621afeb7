//! Results as charts (SPEC §6), in two halves that load apart (docs/design.md):
//!
//! - here, what each chart says: its title, its message in words, the same
//!   numbers as a table, and a `Plot` (the figures to draw);
//! - `draw`: a chart to SVG text with plotters' SVG backend.
//!
//! The page only names the chart it wants (`wanted`); the views module
//! (`src/bin/views.rs`), fetched after the first figures, builds it and
//! draws it, so neither half is in the page's first load.
//!
//! No web types here. Text is never measured (on wasm32 plotters would lay
//! out a `<span>` in the page for each label): labels are placed with SVG's
//! own anchors.

mod by_year;
mod cumulative;
pub mod draw;
pub mod fifths;
mod gain_share;
mod histogram;
mod ladder;
mod lines;
mod parties;
mod spc;
mod steps;
mod tornado;
pub mod wanted;
mod yearly;

pub use cumulative::cumulative;
pub use draw::axis_labels;
pub use gain_share::gain_share;
pub use histogram::histogram;
pub use ladder::{ladder, rungs, Rung, FOOTPRINTS_WORDS};
pub use lines::lines;
pub use parties::parties;
pub use spc::spc_chart;
pub use steps::steps;
pub use tornado::{tornado, AT_HIGHEST, AT_LOWEST};
pub use yearly::yearly;

/// One chart: what it shows in words, the same numbers as a table, and
/// what to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    /// Names the chart in test hooks and the downloaded file (`steps-l1`).
    pub id: String,
    pub title: String,
    pub caption: String,
    pub table: Table,
    /// The width in SVG pixels the page has room for.
    pub width: u32,
    /// What to draw; every number finite (`finite`).
    pub plot: Plot,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    /// The heading over the row labels, then one per value column.
    pub head: Vec<String>,
    pub rows: Vec<Row>,
    /// The values are counts (of draws), not money.
    pub counts: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub label: String,
    pub values: Vec<f64>,
}

/// The shapes the charts are drawn in.
#[derive(Clone, Debug, PartialEq)]
pub enum Plot {
    /// Bars for each category side by side, one per series, with `line`
    /// over them: the yearly, gain-share, parties and scale-up charts.
    Bars {
        categories: Vec<String>,
        bars: Vec<Series>,
        line: Option<Series>,
    },
    /// The running net position: (years from the start, £), the payback
    /// month, and the first financial year.
    Cumulative {
        points: Vec<(f64, f64)>,
        payback: Option<f64>,
        fy: i32,
    },
    /// Draws of npv in bins from `start`, each `bin` wide, with the middle
    /// 90% from `p5` to `p95`.
    Histogram {
        start: f64,
        bin: f64,
        counts: Vec<usize>,
        p5: f64,
        p95: f64,
        years: u32,
    },
    /// Each line's name and yearly net, largest first.
    Lines { rows: Vec<(String, f64)> },
    /// A line's events avoided against whole units of `step` events.
    Steps { events: f64, units: f64, step: f64 },
    /// A line's months the Making Data Count way (SPEC §2.8): labels,
    /// counts, flags (0 none, 1 improvement, 2 concern), the mean, the
    /// limits when shown, the pilot's first month, and the target a month.
    Spc {
        labels: Vec<String>,
        values: Vec<f64>,
        flags: Vec<u8>,
        mean: f64,
        limits: Option<(f64, f64)>,
        pilot_at: Option<usize>,
        target: Option<f64>,
    },
    /// Each input's name with npv at its lowest and highest, and npv as
    /// entered.
    Tornado {
        rows: Vec<(String, f64, f64)>,
        npv: f64,
    },
    /// Rates per 1,000 before and after in each IMD fifth, most deprived
    /// first, and each fitted line's value there (empty where none).
    Fifths {
        before: Vec<f64>,
        after: Vec<f64>,
        fits: [Vec<f64>; 2],
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub label: String,
    pub colour: (u8, u8, u8),
    pub values: Vec<f64>,
}

impl Series {
    pub fn new(label: &str, colour: (u8, u8, u8), values: Vec<f64>) -> Series {
        Series {
            label: label.to_string(),
            colour,
            values: values.into_iter().map(finite).collect(),
        }
    }
}

/// Chart widths in SVG pixels: the page picks one for the space it has, so
/// that text stays the same size as the page's on a phone and on a desk.
pub const WIDE: u32 = 640;
pub const NARROW: u32 = 300;

/// NHS identity colours with at least 3:1 contrast on white (WCAG 1.4.11).
pub mod colour {
    pub const BLUE: (u8, u8, u8) = (0x00, 0x5e, 0xb8);
    pub const DARK_BLUE: (u8, u8, u8) = (0x00, 0x30, 0x87);
    pub const GREEN: (u8, u8, u8) = (0x00, 0x7f, 0x3b);
    pub const RED: (u8, u8, u8) = (0xd5, 0x28, 0x1b);
    pub const DARK_PINK: (u8, u8, u8) = (0x7c, 0x28, 0x55);
    pub const PURPLE: (u8, u8, u8) = (0x33, 0x00, 0x72);
    pub const TEXT: (u8, u8, u8) = (0x21, 0x2b, 0x32);
    pub const GREY: (u8, u8, u8) = (0x4c, 0x62, 0x72);
    pub const PALE_GREY: (u8, u8, u8) = (0xd8, 0xdd, 0xe0);
    /// Making Data Count's concern, darkened to 4.5:1 on white.
    pub const ORANGE: (u8, u8, u8) = (0xa8, 0x4a, 0x00);
}

/// A figure the charts can draw: never NaN or infinite (JSON has neither).
pub fn finite(v: f64) -> f64 {
    if v.is_finite() {
        v
    } else {
        0.0
    }
}
