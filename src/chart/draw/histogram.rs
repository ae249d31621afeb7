//! The spread of npv over the Monte Carlo draws, with the middle 90% marked.

use plotters_backend::text_anchor::{HPos, VPos};

use super::{axis_labels, Canvas, Scale};
use crate::chart::colour;
use crate::format::number;

/// A pale NHS blue for the band: it only backs the bars, which carry the
/// contrast, and the table says the same.
const BAND: (u8, u8, u8) = (0xd2, 0xe4, 0xf5);

/// The draws in bins from `start`, each `bin` wide, the middle 90% from
/// `p5` to `p95`.
pub(super) struct Bins<'a> {
    pub start: f64,
    pub bin: f64,
    pub counts: &'a [usize],
    pub p5: f64,
    pub p95: f64,
}

pub(super) fn draw(c: &mut Canvas, h: &Bins, years: u32) {
    let (left, right, top, bottom) = (56, c.width - 24, 48, c.height - 52);
    c.text("Number of draws", (4, 4), HPos::Left, VPos::Top);
    c.text(
        &format!("Net present value over {years} years"),
        ((left + right) / 2, c.height - 6),
        HPos::Center,
        VPos::Bottom,
    );
    let end = h.start + h.bin * h.counts.len() as f64;
    let x = Scale::new(h.start, end, left, right);
    let most = h.counts.iter().copied().max().unwrap_or(1).max(1) as f64;
    let y = Scale::new(0.0, most * 1.1, bottom, top);
    c.rect((x.px(h.p5), top), (x.px(h.p95), bottom), BAND);
    c.text(
        "Middle 90% of draws",
        ((x.px(h.p5) + x.px(h.p95)) / 2, top - 20),
        HPos::Center,
        VPos::Top,
    );
    for v in y.ticks(4) {
        c.line((left, y.px(v)), (right, y.px(v)), colour::PALE_GREY);
        c.text(
            &number(v, 0),
            (left - 6, y.px(v)),
            HPos::Right,
            VPos::Center,
        );
    }
    for (i, count) in h.counts.iter().enumerate() {
        let from = h.start + h.bin * i as f64;
        let (x0, x1) = (x.px(from) + 1, x.px(from + h.bin) - 1);
        c.rect(
            (x0, y.px(*count as f64)),
            (x1.max(x0), bottom),
            colour::BLUE,
        );
    }
    c.line((left, bottom), (right, bottom), colour::GREY);
    let ticks = x.ticks(if c.width < 500 { 3 } else { 6 });
    for (v, label) in ticks.iter().zip(axis_labels(&ticks)) {
        c.text(&label, (x.px(*v), bottom + 8), HPos::Center, VPos::Top);
    }
    if (h.start..=end).contains(&0.0) {
        c.line((x.px(0.0), top), (x.px(0.0), bottom), colour::RED);
    }
}
