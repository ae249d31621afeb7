//! A line's monthly counts the Making Data Count way (SPEC §2.8): the
//! months joined, the mean, the process limits extended over the pilot,
//! and each special-cause month marked by a shape as well as a colour.

use plotters_backend::text_anchor::{HPos, VPos};

use super::{legend, text_width, Canvas, Scale, Series, LEFT};
use crate::chart::colour;
use crate::format::number;

/// What the chart draws: month labels, counts, each month's flag (0 none,
/// 1 improvement, 2 concern), the mean, the limits when shown, and the
/// pilot's first month.
pub struct Months<'a> {
    pub labels: &'a [String],
    pub values: &'a [f64],
    pub flags: &'a [u8],
    pub mean: f64,
    pub limits: Option<(f64, f64)>,
    pub pilot_at: Option<usize>,
    /// The line's target a month, which its sentence cites.
    pub target: Option<f64>,
}

/// The two markers' key, in a row of its own under the lines' legend at
/// `y`, each drawn as on the chart; the height used.
fn markers(c: &mut Canvas, y: i32) -> i32 {
    c.dot((16, y + 8), 6, colour::BLUE);
    c.text(
        "Special cause improvement",
        (28, y + 1),
        HPos::Left,
        VPos::Top,
    );
    let x = if c.width < 420 { 8 } else { 240 };
    let y2 = if c.width < 420 { y + 24 } else { y };
    c.rect((x + 2, y2 + 2), (x + 14, y2 + 14), colour::ORANGE);
    c.text(
        "Special cause concern",
        (x + 20, y2 + 1),
        HPos::Left,
        VPos::Top,
    );
    y2 + 24
}

pub(super) fn draw(c: &mut Canvas, m: &Months) {
    let mut keys = vec![
        Series::new("Events each month", colour::GREY, Vec::new()),
        Series::new("Mean", colour::TEXT, Vec::new()),
        Series::new("Process limits", colour::DARK_PINK, Vec::new()),
    ];
    if m.target.is_some() {
        keys.push(Series::new("Target", colour::GREEN, Vec::new()));
    }
    let lines: Vec<(&Series, bool)> = keys.iter().map(|s| (s, true)).collect();
    let below_lines = legend(c, &lines);
    // The value axis's title, above it, as Making Data Count's charts have.
    let title = markers(c, below_lines) + 4;
    c.text("Events a month", (8, title), HPos::Left, VPos::Top);
    let top = title + 28;
    let (right, bottom) = (c.width - 16, c.height - 52);
    let (lo, hi) = m
        .values
        .iter()
        .chain(m.limits.iter().flat_map(|(l, u)| [l, u]))
        .chain(m.target.iter())
        .fold((m.mean, m.mean), |(lo, hi), v| (lo.min(*v), hi.max(*v)));
    let pad = (hi - lo).max(1.0) * 0.08;
    let y = Scale::new((lo - pad).max(0.0).min(lo), hi + pad, bottom, top);
    for v in value_ticks(&y) {
        let py = y.px(v);
        c.line((LEFT, py), (right, py), colour::PALE_GREY);
        c.text(&number(v, 0), (LEFT - 6, py), HPos::Right, VPos::Center);
    }
    let n = m.values.len().max(2);
    let x = Scale::new(0.0, (n - 1) as f64, LEFT + 8, right - 8);
    let px = |i: usize| x.px(i as f64);
    for (i, left) in month_labels(m.labels, &px, c.width) {
        c.text(&m.labels[i], (left, bottom + 8), HPos::Left, VPos::Top);
    }
    c.text(
        "Month",
        ((LEFT + right) / 2, c.height - 6),
        HPos::Center,
        VPos::Bottom,
    );
    if let Some(target) = m.target {
        c.path(
            &[(LEFT, y.px(target)), (right, y.px(target))],
            colour::GREEN,
            2,
        );
    }
    if let Some(p) = m.pilot_at {
        let at = (px(p) + px(p.saturating_sub(1))) / 2;
        c.path(&[(at, top), (at, bottom)], colour::DARK_BLUE, 2);
        c.text("Pilot", (at + 6, top + 2), HPos::Left, VPos::Top);
    }
    let across = |v: f64| [(LEFT, y.px(v)), (right, y.px(v))];
    c.path(&across(m.mean), colour::TEXT, 2);
    if let Some((lower, upper)) = m.limits {
        c.path(&across(lower), colour::DARK_PINK, 2);
        c.path(&across(upper), colour::DARK_PINK, 2);
    }
    let points: Vec<(i32, i32)> = m
        .values
        .iter()
        .enumerate()
        .map(|(i, v)| (px(i), y.px(*v)))
        .collect();
    c.path(&points, colour::GREY, 2);
    for (p, flag) in points.iter().zip(m.flags) {
        match flag {
            1 => c.dot(*p, 6, colour::BLUE),
            2 => c.rect((p.0 - 6, p.1 - 6), (p.0 + 6, p.1 + 6), colour::ORANGE),
            _ => c.dot(*p, 3, colour::GREY),
        }
    }
}

/// At least four values on the axis, so a count can be read off it: five
/// where the range allows, more where a round step gives fewer.
fn value_ticks(y: &Scale) -> Vec<f64> {
    let ticks = y.ticks(5);
    if ticks.len() >= 4 {
        ticks
    } else {
        y.ticks(10)
    }
}

/// Which months are labelled, and where each label starts: every k-th
/// month, each label centred under its month but kept inside the drawing,
/// and one that would touch the label before it left out, so no two
/// labels ever overlap.
fn month_labels(labels: &[String], px: &impl Fn(usize) -> i32, width: i32) -> Vec<(usize, i32)> {
    let widest = labels.iter().map(|l| text_width(l)).max().unwrap_or(0);
    let room = (width - LEFT).max(1);
    let fit = (room / (widest + 16)).max(1) as usize;
    let every = labels.len().div_ceil(fit).max(1);
    let mut placed: Vec<(usize, i32)> = Vec::new();
    for i in (0..labels.len()).step_by(every) {
        let w = text_width(&labels[i]);
        let left = (px(i) - w / 2).clamp(2, (width - 2 - w).max(2));
        let clear = placed
            .last()
            .is_none_or(|(j, l)| left >= l + text_width(&labels[*j]) + 8);
        if clear {
            placed.push((i, left));
        }
    }
    placed
}
