//! A line's monthly counts the Making Data Count way (SPEC §2.8): the
//! months joined, the mean, the process limits extended over the pilot,
//! and each special-cause month marked by a shape as well as a colour.

use plotters_backend::text_anchor::{HPos, VPos};

use super::{legend, Canvas, Scale, Series, LEFT};
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
    let keys = [
        Series::new("Events each month", colour::GREY, Vec::new()),
        Series::new("Mean", colour::TEXT, Vec::new()),
        Series::new("Process limits", colour::DARK_PINK, Vec::new()),
    ];
    let lines: Vec<(&Series, bool)> = keys.iter().map(|s| (s, true)).collect();
    let below_lines = legend(c, &lines);
    let top = markers(c, below_lines) + 8;
    let (right, bottom) = (c.width - 16, c.height - 52);
    let (lo, hi) = m
        .values
        .iter()
        .chain(m.limits.iter().flat_map(|(l, u)| [l, u]))
        .fold((m.mean, m.mean), |(lo, hi), v| (lo.min(*v), hi.max(*v)));
    let pad = (hi - lo).max(1.0) * 0.08;
    let y = Scale::new((lo - pad).max(0.0).min(lo), hi + pad, bottom, top);
    for v in y.ticks(5) {
        let py = y.px(v);
        c.line((LEFT, py), (right, py), colour::PALE_GREY);
        c.text(&number(v, 0), (LEFT - 6, py), HPos::Right, VPos::Center);
    }
    let n = m.values.len().max(2);
    let x = Scale::new(0.0, (n - 1) as f64, LEFT + 8, right - 8);
    let px = |i: usize| x.px(i as f64);
    let every = n.div_ceil(((c.width - LEFT) / 72).max(2) as usize);
    // A label at the right edge is anchored there, so it is not cut off.
    for i in (0..m.values.len()).step_by(every.max(1)) {
        let at = if px(i) + 36 > c.width {
            HPos::Right
        } else {
            HPos::Center
        };
        c.text(
            &m.labels[i],
            (px(i).min(c.width - 2), bottom + 8),
            at,
            VPos::Top,
        );
    }
    c.text(
        "Month",
        ((LEFT + right) / 2, c.height - 6),
        HPos::Center,
        VPos::Bottom,
    );
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
