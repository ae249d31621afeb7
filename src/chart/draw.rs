//! What the charts share, drawn straight onto plotters' SVG backend: a
//! canvas in pixels, a linear scale with round ticks, a legend, and bars by
//! category with an optional line over them.
//!
//! plotters' chart builder would add ~40 KB (gzip) of generic layout code
//! to the page for the little layout these charts need; the backend alone
//! writes the same SVG elements.

use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{BackendColor, BackendCoord, BackendTextStyle, DrawingBackend, FontFamily};
use plotters_svg::SVGBackend;

use super::{axis_labels, colour, finite, titled};

type Rgb = (u8, u8, u8);

/// plotters writes font sizes divided by 1.24; this is 14 px in the SVG.
const LABEL_SIZE: f64 = 17.4;
const LEGEND_ROW: i32 = 24;

fn colour_of(rgb: Rgb) -> BackendColor {
    BackendColor { alpha: 1.0, rgb }
}

/// A label's colour and anchor; SVG lays the text out, so nothing is
/// measured.
struct Label {
    colour: Rgb,
    anchor: Pos,
}

impl BackendTextStyle for Label {
    type FontError = std::fmt::Error;

    fn color(&self) -> BackendColor {
        colour_of(self.colour)
    }

    fn size(&self) -> f64 {
        LABEL_SIZE
    }

    fn anchor(&self) -> Pos {
        self.anchor
    }

    fn family(&self) -> FontFamily<'_> {
        FontFamily::Name("Arial")
    }

    fn layout_box(&self, _text: &str) -> Result<((i32, i32), (i32, i32)), std::fmt::Error> {
        Ok(((0, 0), (0, 0)))
    }

    fn draw<E, F: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _text: &str,
        _pos: BackendCoord,
        _draw: F,
    ) -> Result<Result<(), E>, std::fmt::Error> {
        Ok(Ok(()))
    }
}

/// An SVG being drawn, in pixels from the top left. Writing to a string
/// cannot fail, so drawing calls return nothing.
pub(super) struct Canvas<'a> {
    svg: SVGBackend<'a>,
    pub width: i32,
    pub height: i32,
}

impl Canvas<'_> {
    pub fn rect(&mut self, (x0, y0): (i32, i32), (x1, y1): (i32, i32), fill: Rgb) {
        let (l, r, t, b) = (x0.min(x1), x0.max(x1), y0.min(y1), y0.max(y1));
        let _ = self.svg.draw_rect((l, t), (r, b), &colour_of(fill), true);
    }

    pub fn line(&mut self, from: (i32, i32), to: (i32, i32), stroke: Rgb) {
        let _ = self.svg.draw_line(from, to, &colour_of(stroke));
    }

    /// A polyline `width` pixels wide.
    pub fn path(&mut self, points: &[(i32, i32)], stroke: Rgb, width: u32) {
        let _ = self
            .svg
            .draw_path(points.iter().copied(), &Stroke(colour_of(stroke), width));
    }

    pub fn dot(&mut self, centre: (i32, i32), radius: u32, fill: Rgb) {
        let _ = self.svg.draw_circle(centre, radius, &colour_of(fill), true);
    }

    pub fn text(&mut self, text: &str, at: (i32, i32), h: HPos, v: VPos) {
        let label = Label {
            colour: colour::TEXT,
            anchor: Pos::new(h, v),
        };
        let _ = self.svg.draw_text(text, &label, at);
    }
}

struct Stroke(BackendColor, u32);

impl plotters_backend::BackendStyle for Stroke {
    fn color(&self) -> BackendColor {
        self.0
    }

    fn stroke_width(&self) -> u32 {
        self.1
    }
}

/// Draws a white SVG of `size` with `paint`, titled with the caption.
pub(super) fn svg(size: (u32, u32), caption: &str, paint: impl FnOnce(&mut Canvas)) -> String {
    let mut text = String::new();
    {
        let mut canvas = Canvas {
            svg: SVGBackend::with_string(&mut text, size),
            width: size.0 as i32,
            height: size.1 as i32,
        };
        canvas.rect((0, 0), (canvas.width, canvas.height), (255, 255, 255));
        paint(&mut canvas);
        let _ = canvas.svg.present();
    }
    titled(text, caption)
}

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

pub(super) struct Series<'a> {
    pub label: &'a str,
    pub colour: Rgb,
    pub values: Vec<f64>,
}

/// A rough width of `text` in the SVG, for laying out a legend: Arial at
/// 14 px averages under 7.5 px a character.
pub(super) fn text_width(text: &str) -> i32 {
    (text.chars().count() as i32) * 15 / 2
}

/// The swatches and names of `series` across the top, wrapping to as many
/// rows as the width needs; a line's swatch is a line with a dot. Returns
/// the height used.
pub(super) fn legend(c: &mut Canvas, series: &[(&Series, bool)]) -> i32 {
    let (mut x, mut y) = (8, 6);
    for (s, is_line) in series {
        let needed = 24 + text_width(s.label) + 16;
        if x > 8 && x + needed > c.width {
            x = 8;
            y += LEGEND_ROW;
        }
        if *is_line {
            c.path(&[(x, y + 8), (x + 18, y + 8)], s.colour, 3);
            c.dot((x + 9, y + 8), 4, s.colour);
        } else {
            c.rect((x, y + 1), (x + 16, y + 15), s.colour);
        }
        c.text(s.label, (x + 24, y + 1), HPos::Left, VPos::Top);
        x += needed;
    }
    y + LEGEND_ROW
}

/// Bars for each category side by side, one per series, with `line` drawn
/// over them: the shape of the yearly, gain-share and scale-up charts.
pub(super) struct Bars<'a> {
    pub categories: Vec<String>,
    pub bars: Vec<Series<'a>>,
    pub line: Option<Series<'a>>,
    pub width: u32,
}

pub(super) const HEIGHT: u32 = 340;
/// Room for the £ labels left of the plot.
pub(super) const LEFT: i32 = 64;

pub(super) fn bars(spec: &Bars, caption: &str) -> String {
    svg((spec.width, HEIGHT), caption, |c| draw_bars(c, spec))
}

fn draw_bars(c: &mut Canvas, spec: &Bars) {
    let mut keyed: Vec<(&Series, bool)> = spec.bars.iter().map(|s| (s, false)).collect();
    keyed.extend(spec.line.iter().map(|s| (s, true)));
    let top = legend(c, &keyed) + 8;
    let (right, bottom) = (c.width - 12, c.height - 32);
    let all = spec
        .bars
        .iter()
        .chain(spec.line.iter())
        .flat_map(|s| s.values.iter().copied());
    let (lo, hi) = value_range(all);
    let y = Scale::new(lo, hi, bottom, top);
    let n = spec.categories.len().max(1);
    let x = Scale::new(0.5, n as f64 + 0.5, LEFT, right);
    money_axis(c, &y, LEFT, right);
    let k = spec.bars.len().max(1) as f64;
    for (j, s) in spec.bars.iter().enumerate() {
        for (i, v) in s.values.iter().enumerate() {
            let left = (i + 1) as f64 - 0.4 + 0.8 * j as f64 / k;
            c.rect(
                (x.px(left + 0.02), y.px(0.0)),
                (x.px(left + 0.8 / k - 0.02), y.px(*v)),
                s.colour,
            );
        }
    }
    if let Some(line) = &spec.line {
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
    let every = n.div_ceil(label_room(spec.width));
    for (i, label) in spec.categories.iter().enumerate() {
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

/// How many category labels fit side by side: a financial year label is
/// about 60 px wide.
pub(super) fn label_room(width: u32) -> usize {
    ((width.saturating_sub(80)) / 68).max(2) as usize
}
