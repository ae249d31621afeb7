//! A line's steps (SPEC §2.7): the events it avoids a year against the
//! whole units a provider can remove.

use plotters_backend::text_anchor::{HPos, VPos};

use super::{Canvas, Scale, LEFT};
use crate::chart::colour;
use crate::format::number;

pub(super) fn draw(c: &mut Canvas, events: f64, units: f64, step: f64) {
    let (right, bottom, top) = (c.width - 16, c.height - 52, 24);
    let reach = (units + 1.0) * step;
    let x = Scale::new(0.0, events.max(reach) * 1.1, LEFT, right);
    let y = Scale::new(0.0, units + 1.5, bottom, top);
    for n in y.ticks(8).into_iter().filter(|n| n.fract() == 0.0) {
        let py = y.px(n);
        c.line((LEFT, py), (right, py), colour::PALE_GREY);
        c.text(&number(n, 0), (LEFT - 6, py), HPos::Right, VPos::Center);
    }
    for v in x.ticks(if c.width < 400 { 3 } else { 6 }) {
        c.text(
            &number(v, 0),
            (x.px(v), bottom + 8),
            HPos::Center,
            VPos::Top,
        );
    }
    let mid = (LEFT + right) / 2;
    let about = "Events avoided a year";
    c.text(about, (mid, c.height - 6), HPos::Center, VPos::Bottom);
    c.text("Whole units", (8, 4), HPos::Left, VPos::Top);
    c.path(&stairs(&x, &y, units, step, right), colour::BLUE, 3);
    let (px, py) = (x.px(events), y.px(units));
    c.path(
        &[(px, bottom), (px, y.px(units + 1.5))],
        colour::DARK_PINK,
        2,
    );
    c.dot((px, py), 6, colour::DARK_PINK);
    let (anchor, nudge) = if px < mid {
        (HPos::Left, 8)
    } else {
        (HPos::Right, -8)
    };
    let label = format!("This pilot: {}", number(events, 0));
    c.text(&label, (px + nudge, top), anchor, VPos::Top);
}

/// The staircase of whole units up to the next one; past a few hundred
/// steps, each under a pixel, the ramp they make.
fn stairs(x: &Scale, y: &Scale, units: f64, step: f64, right: i32) -> Vec<(i32, i32)> {
    let mut stairs = vec![(x.px(0.0), y.px(0.0))];
    if units > 200.0 {
        stairs.push((x.px((units + 1.0) * step), y.px(units + 1.0)));
    } else {
        for n in 1..=(units as u32 + 1) {
            let at = x.px(f64::from(n) * step);
            stairs.push((at, y.px(f64::from(n - 1))));
            stairs.push((at, y.px(f64::from(n))));
        }
    }
    stairs.push((right, y.px(units + 1.0)));
    stairs
}
