//! Value scales: pixels for values, round ticks, and £ labels for them.

use plotters_backend::text_anchor::{HPos, VPos};

use super::Canvas;
use crate::chart::{colour, finite};
use crate::format::number;

/// Values `lo..hi` onto pixels `p0..p1` (either way round).
#[derive(Clone, Copy)]
pub(super) struct Scale {
    pub lo: f64,
    pub hi: f64,
    p0: i32,
    p1: i32,
}

impl Scale {
    pub fn new(lo: f64, hi: f64, p0: i32, p1: i32) -> Scale {
        let hi = if hi > lo { hi } else { lo + 1.0 };
        Scale { lo, hi, p0, p1 }
    }

    pub fn px(&self, v: f64) -> i32 {
        let f = (finite(v) - self.lo) / (self.hi - self.lo);
        (f64::from(self.p0) + f * f64::from(self.p1 - self.p0)).round() as i32
    }

    /// Round values (1, 2 or 5 times a power of ten apart) within the
    /// scale, at most `most` of them.
    pub fn ticks(&self, most: usize) -> Vec<f64> {
        let raw = (self.hi - self.lo) / most.max(1) as f64;
        let power = 10f64.powf(raw.log10().floor());
        let step = [1.0, 2.0, 5.0, 10.0]
            .iter()
            .map(|m| m * power)
            .find(|s| *s >= raw)
            .unwrap_or(10.0 * power);
        let first = (self.lo / step).ceil() as i64;
        let last = (self.hi / step + 1e-9).floor() as i64;
        (first..=last).map(|i| i as f64 * step).collect()
    }
}

/// From below the lowest value (or 0) to above the highest (or 0), with room
/// for the bars to breathe; never empty.
pub(super) fn value_range(values: impl Iterator<Item = f64>) -> (f64, f64) {
    let (lo, hi) = values
        .map(finite)
        .fold((0.0_f64, 0.0_f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let pad = (hi - lo).max(1.0) * 0.08;
    let lo = if lo < 0.0 { lo - pad } else { lo };
    let hi = if hi > 0.0 || lo >= 0.0 { hi + pad } else { hi };
    (lo, hi)
}

/// Gridlines and £ labels for the value scale `y` across `x0..x1`.
pub(super) fn money_axis(c: &mut Canvas, y: &Scale, x0: i32, x1: i32) {
    let ticks = y.ticks(6);
    for (v, label) in ticks.iter().zip(axis_labels(&ticks)) {
        let py = y.px(*v);
        c.line((x0, py), (x1, py), colour::PALE_GREY);
        c.text(&label, (x0 - 6, py), HPos::Right, VPos::Center);
    }
    c.line((x0, y.px(y.lo)), (x0, y.px(y.hi)), colour::GREY);
    c.line((x0, y.px(0.0)), (x1, y.px(0.0)), colour::TEXT);
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
