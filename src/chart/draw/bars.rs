//! Bars for each category side by side, one per series, with a line drawn
//! over them: the shape of the yearly, gain-share, parties and scale-up
//! charts.

use plotters_backend::text_anchor::{HPos, VPos};

use super::{label_room, legend, money_axis, value_range, Canvas, Scale, LEFT};
use crate::chart::Series;

pub(super) fn draw(c: &mut Canvas, categories: &[String], bars: &[Series], line: Option<&Series>) {
    let mut keyed: Vec<(&Series, bool)> = bars.iter().map(|s| (s, false)).collect();
    keyed.extend(line.iter().map(|s| (*s, true)));
    let top = legend(c, &keyed) + 8;
    let (right, bottom) = (c.width - 12, c.height - 32);
    let all = bars
        .iter()
        .chain(line)
        .flat_map(|s| s.values.iter().copied());
    let (lo, hi) = value_range(all);
    let y = Scale::new(lo, hi, bottom, top);
    let n = categories.len().max(1);
    let x = Scale::new(0.5, n as f64 + 0.5, LEFT, right);
    money_axis(c, &y, LEFT, right);
    let k = bars.len().max(1) as f64;
    for (j, s) in bars.iter().enumerate() {
        for (i, v) in s.values.iter().enumerate() {
            let left = (i + 1) as f64 - 0.4 + 0.8 * j as f64 / k;
            c.rect(
                (x.px(left + 0.02), y.px(0.0)),
                (x.px(left + 0.8 / k - 0.02), y.px(*v)),
                s.colour,
            );
        }
    }
    if let Some(line) = line {
        let points: Vec<(i32, i32)> = line
            .values
            .iter()
            .enumerate()
            .map(|(i, v)| (x.px((i + 1) as f64), y.px(*v)))
            .collect();
        c.path(&points, line.colour, 3);
        for p in points {
            c.dot(p, 4, line.colour);
        }
    }
    let every = n.div_ceil(label_room(c.width as u32));
    for (i, label) in categories.iter().enumerate() {
        if i % every == every - 1 || every == 1 {
            c.text(
                label,
                (x.px((i + 1) as f64), bottom + 8),
                HPos::Center,
                VPos::Top,
            );
        }
    }
}
