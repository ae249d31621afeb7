//! A chart to SVG text, straight onto plotters' SVG backend: a canvas in
//! pixels, scales with round ticks, a legend, and the shapes of `Plot`.
//! Only the views module (`src/bin/views.rs`) and the native tests call
//! it: plotters stays out of the page's first load.
//!
//! plotters' chart builder would add ~40 KB (gzip) of generic layout code
//! for the little layout these charts need; the backend alone writes the
//! same SVG elements.

mod bars;
mod cumulative;
mod fifths;
mod histogram;
mod lines;
mod scale;
mod spc;
mod steps;
mod tornado;

use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{BackendColor, BackendCoord, BackendTextStyle, DrawingBackend, FontFamily};
use plotters_svg::SVGBackend;

pub use scale::axis_labels;
use scale::{money_axis, value_range, Scale};

use super::{colour, Chart, Plot, Series};
use crate::text::escape_markup;

/// The chart as SVG text, titled with its caption.
pub fn render(d: &Chart) -> String {
    let size = |height| (d.width.clamp(super::NARROW, super::WIDE), height);
    match &d.plot {
        Plot::Bars {
            categories,
            bars,
            line,
        } => svg(size(HEIGHT), &d.caption, |c| {
            bars::draw(c, categories, bars, line.as_ref())
        }),
        Plot::Cumulative {
            points,
            payback,
            fy,
        } => svg(size(HEIGHT), &d.caption, |c| {
            cumulative::draw(c, points, *payback, *fy)
        }),
        Plot::Histogram {
            start,
            bin,
            counts,
            p5,
            p95,
            years,
        } => {
            let bins = histogram::Bins {
                start: *start,
                bin: *bin,
                counts,
                p5: *p5,
                p95: *p95,
            };
            svg(size(HEIGHT), &d.caption, |c| {
                histogram::draw(c, &bins, *years)
            })
        }
        Plot::Lines { rows } => svg(size(lines::height(rows.len())), &d.caption, |c| {
            lines::draw(c, rows)
        }),
        Plot::Steps {
            events,
            units,
            step,
        } => svg(size(HEIGHT), &d.caption, |c| {
            steps::draw(c, *events, *units, *step)
        }),
        Plot::Spc {
            labels,
            values,
            flags,
            mean,
            limits,
            pilot_at,
            target,
        } => {
            let months = spc::Months {
                labels,
                values,
                flags,
                mean: *mean,
                limits: *limits,
                pilot_at: *pilot_at,
                target: *target,
            };
            svg(size(HEIGHT + 60), &d.caption, |c| spc::draw(c, &months))
        }
        Plot::Fifths {
            before,
            after,
            fits,
        } => svg(size(HEIGHT), &d.caption, |c| {
            fifths::draw(c, before, after, fits)
        }),
        Plot::Tornado { rows, npv } => {
            let height = tornado::height(rows, d.width);
            svg(size(height), &d.caption, |c| tornado::draw(c, rows, *npv))
        }
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

/// The height of the charts with an axis of years or footprints.
const HEIGHT: u32 = 340;
/// Room for the £ labels left of the plot.
const LEFT: i32 = 64;

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
struct Canvas<'a> {
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
fn svg(size: (u32, u32), caption: &str, paint: impl FnOnce(&mut Canvas)) -> String {
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

/// A rough width of `text` in the SVG, for laying out a legend: Arial at
/// 14 px averages under 7.5 px a character.
fn text_width(text: &str) -> i32 {
    (text.chars().count() as i32) * 15 / 2
}

/// The swatches and names of `series` across the top, wrapping to as many
/// rows as the width needs; a line's swatch is a line with a dot. Returns
/// the height used.
fn legend(c: &mut Canvas, series: &[(&Series, bool)]) -> i32 {
    let (mut x, mut y) = (8, 6);
    for (s, is_line) in series {
        let needed = 24 + text_width(&s.label) + 16;
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
        c.text(&s.label, (x + 24, y + 1), HPos::Left, VPos::Top);
        x += needed;
    }
    y + LEGEND_ROW
}

/// How many category labels fit side by side: a financial year label is
/// about 60 px wide.
fn label_room(width: u32) -> usize {
    ((width.saturating_sub(80)) / 68).max(2) as usize
}
