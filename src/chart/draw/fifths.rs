//! Who benefits (SPEC §2.11): the rates before and after by fifth, as
//! dots, with each fitted line through them, most deprived on the left.

use plotters_backend::text_anchor::{HPos, VPos};

use super::{legend, Canvas, Scale, Series, LEFT};
use crate::chart::colour;
use crate::chart::fifths::FIFTHS;
use crate::format::number;

pub(super) fn draw(c: &mut Canvas, before: &[f64], after: &[f64], fits: &[Vec<f64>; 2]) {
    let keys = [
        Series::new(
            "Before, with its fitted line",
            colour::GREY,
            before.to_vec(),
        ),
        Series::new("After, with its fitted line", colour::BLUE, after.to_vec()),
    ];
    let top = legend(c, &[(&keys[0], true), (&keys[1], true)]) + 12;
    let (right, bottom) = (c.width - 16, c.height - 56);
    let most = before
        .iter()
        .chain(after)
        .chain(fits.iter().flatten())
        .fold(0.0f64, |m, v| m.max(*v));
    let least = after.iter().fold(0.0f64, |m, v| m.min(*v));
    let y = Scale::new(least, most * 1.1 + 1e-9, bottom, top);
    for v in y.ticks(6) {
        let py = y.px(v);
        c.line((LEFT, py), (right, py), colour::PALE_GREY);
        c.text(&number(v, 1), (LEFT - 6, py), HPos::Right, VPos::Center);
    }
    let step = (right - LEFT) / 5;
    let at = |q: usize| LEFT + step / 2 + step * q as i32;
    for (q, name) in FIFTHS.iter().enumerate() {
        let short = name.split(' ').next().unwrap_or(name);
        c.text(short, (at(q), bottom + 8), HPos::Center, VPos::Top);
    }
    let mid = (LEFT + right) / 2;
    let about = "Deprivation fifth: 1 most deprived, 5 least";
    c.text(about, (mid, c.height - 6), HPos::Center, VPos::Bottom);
    c.text("Per 1,000 a year", (8, top - 2), HPos::Left, VPos::Bottom);
    for (series, fit) in keys.iter().zip(fits) {
        if fit.len() == 5 {
            let points: Vec<(i32, i32)> = (0..5).map(|q| (at(q), y.px(fit[q]))).collect();
            c.path(&points, series.colour, 2);
        }
        for (q, v) in series.values.iter().enumerate() {
            c.dot((at(q), y.px(*v)), 6, series.colour);
        }
    }
}
