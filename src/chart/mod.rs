//! Results as charts: pure functions from figures to SVG text, drawn with
//! plotters' SVG backend, each with a caption that says its message and a
//! table with the same numbers (SPEC §6). No web types here.
//!
//! Text is never measured (on wasm32 plotters would lay out a `<span>` in
//! the page for each label on every keystroke): labels are placed with
//! SVG's own anchors.

mod by_year;
mod cumulative;
mod draw;
mod gain_share;
mod histogram;
mod ladder;
mod lines;
mod parties;
mod steps;
mod tornado;
mod yearly;

pub use cumulative::cumulative;
pub use gain_share::gain_share;
pub use histogram::histogram;
pub use ladder::{ladder, rungs, Rung};
pub use lines::lines;
pub use parties::parties;
pub use steps::steps;
pub use tornado::tornado;
pub use yearly::yearly;

use crate::format::number;
use crate::text::escape_markup;

/// One chart: the drawing, what it shows in words, and the same numbers as
/// a table.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    /// Names the chart in test hooks and the downloaded file (`steps-l1`).
    pub id: String,
    pub title: String,
    pub caption: String,
    pub svg: String,
    pub table: Table,
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
}

/// Labels for an axis's ticks in one money style: whole pounds when every
/// tick is under £10,000, else all in thousands (£5k, £10k) or all in
/// millions (£0.5m, £1m), with the decimals the step needs; never "£5,000"
/// beside "£10k".
pub fn axis_labels(ticks: &[f64]) -> Vec<String> {
    let largest = ticks.iter().fold(0.0_f64, |m, v| m.max(v.abs()));
    let (unit, suffix) = if largest >= 999_500.0 {
        (1_000_000.0, "m")
    } else if largest >= 10_000.0 {
        (1_000.0, "k")
    } else {
        return ticks.iter().map(|v| whole_pounds(*v)).collect();
    };
    let step = match ticks {
        [a, b, ..] => (b - a).abs() / unit,
        _ => 1.0,
    };
    let places = (0..3)
        .find(|p| {
            let scaled = step * 10f64.powi(*p);
            (scaled - scaled.round()).abs() < 1e-6
        })
        .unwrap_or(3) as usize;
    ticks
        .iter()
        .map(|v| {
            let amount = number(v.abs() / unit, places);
            match v {
                v if v.abs() < 0.5 => "£0".to_string(),
                v if *v < 0.0 => format!("\u{2212}£{amount}{suffix}"),
                _ => format!("£{amount}{suffix}"),
            }
        })
        .collect()
}

fn whole_pounds(v: f64) -> String {
    match v {
        v if v.abs() < 0.5 => "£0".to_string(),
        v if v < 0.0 => format!("\u{2212}£{}", number(-v, 0)),
        v => format!("£{}", number(v, 0)),
    }
}

/// Adds the caption as the drawing's `<title>`, so that the SVG names itself
/// when opened on its own and to a screen reader; escaped, as it carries
/// names people typed.
fn titled(svg: String, caption: &str) -> String {
    let Some(end) = svg.find('>') else {
        return svg;
    };
    let (open, rest) = svg.split_at(end + 1);
    format!(
        "{}\n<title>{}</title>{rest}",
        open.replacen("<svg ", "<svg role=\"img\" ", 1),
        escape_markup(caption)
    )
}

/// A figure the charts can draw: never NaN or infinite.
fn finite(v: f64) -> f64 {
    if v.is_finite() {
        v
    } else {
        0.0
    }
}
