//! One-way sensitivity: npv with each ranged input at its lowest and its
//! highest, the input that moves npv most at the top.

use plotters_backend::text_anchor::{HPos, VPos};

use super::lines::wrap;
use super::{axis_labels, legend, text_width, value_range, Canvas, Scale};
use crate::chart::{colour, Series};
use crate::format::money_short;

/// A row's bars, under a label of one line; each further line of label
/// adds `LINE`.
const ROW: i32 = 46;
const LINE: i32 = 16;
/// A label runs to three lines on a phone, rather than being cut.
const LABEL_LINES: usize = 3;
/// Room above the rows for the label of the value as entered.
const CENTRE: i32 = 22;

type Swing = (String, f64, f64);

/// The height of a row: room for its longest label at `width`.
pub(super) fn row_height(rows: &[Swing], width: u32) -> i32 {
    let lines = rows
        .iter()
        .map(|r| wrap(&r.0, label_room(width), LABEL_LINES).len())
        .max()
        .unwrap_or(1) as i32;
    ROW + LINE * (lines - 1)
}

/// The drawing's height for `rows` at `width`.
pub(super) fn height(rows: &[Swing], width: u32) -> u32 {
    (96 + CENTRE + row_height(rows, width) * rows.len().max(1) as i32) as u32
}

/// Characters of label that fit across the drawing at 14 px.
fn label_room(width: u32) -> usize {
    ((width.saturating_sub(40)) * 2 / 15).max(20) as usize
}

pub(super) fn draw(c: &mut Canvas, rows: &[Swing], npv: f64) {
    let row = row_height(rows, c.width as u32);
    let series = [
        Series::new("At its lowest", colour::BLUE, vec![]),
        Series::new("At its highest", colour::DARK_PINK, vec![]),
    ];
    let legend_bottom = legend(c, &[(&series[0], false), (&series[1], false)]);
    let (left, right, bottom) = (16, c.width - 24, c.height - 32);
    let values = rows.iter().flat_map(|r| [r.1, r.2]);
    let (lo, hi) = value_range(values.chain([npv]));
    let x = Scale::new(lo, hi, left, right);
    let top = legend_bottom + CENTRE;
    let ticks = x.ticks(if c.width < 500 { 3 } else { 6 });
    for (v, label) in ticks.iter().zip(axis_labels(&ticks)) {
        c.line((x.px(*v), top), (x.px(*v), bottom), colour::PALE_GREY);
        c.text(&label, (x.px(*v), bottom + 8), HPos::Center, VPos::Top);
    }
    c.line((left, bottom), (right, bottom), colour::GREY);
    let room = label_room(c.width as u32);
    for (i, (name, low, high)) in rows.iter().enumerate() {
        let row_top = top + 4 + row * i as i32;
        let label = wrap(name, room, LABEL_LINES);
        for (j, text) in label.iter().enumerate() {
            c.text(
                text,
                (left + 2, row_top + LINE * j as i32),
                HPos::Left,
                VPos::Top,
            );
        }
        let bars = row_top + row - ROW;
        c.rect(
            (x.px(npv), bars + 22),
            (x.px(*low), bars + 30),
            colour::BLUE,
        );
        c.rect(
            (x.px(npv), bars + 30),
            (x.px(*high), bars + 38),
            colour::DARK_PINK,
        );
    }
    c.line((x.px(npv), top), (x.px(npv), bottom), colour::TEXT);
    centre_label(c, x.px(npv), legend_bottom + 2, npv);
}

/// "As entered: £879k" over the line it labels, kept inside the drawing.
fn centre_label(c: &mut Canvas, at: i32, y: i32, npv: f64) {
    let text = format!("As entered: {}", money_short(npv));
    let half = text_width(&text) / 2 + 4;
    let x = at.clamp(half, (c.width - half).max(half));
    c.text(&text, (x, y), HPos::Center, VPos::Top);
}
