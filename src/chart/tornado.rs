//! One-way sensitivity: npv with each ranged input at its lowest and its
//! highest, the input that moves npv most at the top.

use plotters_backend::text_anchor::{HPos, VPos};

use super::draw::{legend, svg, text_width, value_range, Canvas, Scale, Series};
use super::lines::wrap;
use super::{axis_labels, colour, Chart, Row, Table};
use crate::format::money_short;

/// A row's bars, under a label of one line; each further line of label
/// adds `LINE`.
const ROW: i32 = 46;
const LINE: i32 = 16;
/// A label runs to three lines on a phone, rather than being cut.
const LABEL_LINES: usize = 3;
/// Room above the rows for the label of the value as entered.
const CENTRE: i32 = 22;
pub const AT_LOWEST: &str = "Net present value with the input at its lowest";
pub const AT_HIGHEST: &str = "With the input at its highest";

/// `rows`: each input's name with npv at its lowest and highest, sorted.
pub fn tornado(rows: Vec<Row>, npv: f64, width: u32) -> Chart {
    let caption = match rows.first() {
        // Ranges only on how the money lands: the value stays put.
        Some(top) if (top.values[1] - top.values[0]).abs() < 0.005 => {
            "None of the uncertain figures changes the net present value: they move money between the commissioner, primary care and the hospital (see the table above).".to_string()
        }
        Some(top) => format!(
            "The figure that matters most is {}: from {} to {} net present value at either end of its range.",
            top.label,
            money_short(top.values[0]),
            money_short(top.values[1])
        ),
        None => "No figure has a range yet.".to_string(),
    };
    let lines = rows
        .iter()
        .map(|r| wrap(&r.label, label_room(width), LABEL_LINES).len())
        .max()
        .unwrap_or(1) as i32;
    let row = ROW + LINE * (lines - 1);
    let height = 96 + CENTRE + row * rows.len().max(1) as i32;
    Chart {
        id: "tornado".into(),
        title: "Net present value at each end of each range".into(),
        svg: svg((width, height as u32), &caption, |c| {
            draw(c, &rows, npv, row)
        }),
        caption,
        table: Table {
            counts: false,
            head: ["Figure and its range", AT_LOWEST, AT_HIGHEST]
                .map(String::from)
                .to_vec(),
            rows,
        },
    }
}

/// Characters of label that fit across the drawing at 14 px.
fn label_room(width: u32) -> usize {
    ((width.saturating_sub(40)) * 2 / 15).max(20) as usize
}

fn draw(c: &mut Canvas, rows: &[Row], npv: f64, row: i32) {
    let series = [
        Series {
            label: "At its lowest",
            colour: colour::BLUE,
            values: vec![],
        },
        Series {
            label: "At its highest",
            colour: colour::DARK_PINK,
            values: vec![],
        },
    ];
    let legend_bottom = legend(c, &[(&series[0], false), (&series[1], false)]);
    let (left, right, bottom) = (16, c.width - 24, c.height - 32);
    let values = rows.iter().flat_map(|r| r.values.iter().copied());
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
    for (i, r) in rows.iter().enumerate() {
        let row_top = top + 4 + row * i as i32;
        let label = wrap(&r.label, room, LABEL_LINES);
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
            (x.px(r.values[0]), bars + 30),
            colour::BLUE,
        );
        c.rect(
            (x.px(npv), bars + 30),
            (x.px(r.values[1]), bars + 38),
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
