//! One-way sensitivity: npv with each ranged input at its lowest and its
//! highest, the input that moves npv most at the top.

use plotters_backend::text_anchor::{HPos, VPos};

use super::draw::{legend, svg, value_range, Canvas, Scale, Series};
use super::lines::fit;
use super::{axis_money, colour, Chart, Row, Table};
use crate::format::money_short;

const ROW: i32 = 46;
pub const AT_LOWEST: &str = "Net present value with the input at its lowest";
pub const AT_HIGHEST: &str = "With the input at its highest";

/// `rows`: each input's name with npv at its lowest and highest, sorted.
pub fn tornado(rows: Vec<Row>, npv: f64, width: u32) -> Chart {
    let caption = match rows.first() {
        Some(top) => format!(
            "The figure that matters most is {}: from {} to {} net present value at either end of its range.",
            top.label,
            money_short(top.values[0]),
            money_short(top.values[1])
        ),
        None => "No figure has a range yet.".to_string(),
    };
    let height = 96 + ROW * rows.len().max(1) as i32;
    Chart {
        id: "tornado",
        title: "Net present value at each end of each range",
        svg: svg((width, height as u32), &caption, |c| draw(c, &rows, npv)),
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

fn draw(c: &mut Canvas, rows: &[Row], npv: f64) {
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
    for v in x.ticks(if c.width < 500 { 3 } else { 6 }) {
        c.line(
            (x.px(v), legend_bottom),
            (x.px(v), bottom),
            colour::PALE_GREY,
        );
        c.text(
            &axis_money(v),
            (x.px(v), bottom + 8),
            HPos::Center,
            VPos::Top,
        );
    }
    c.line((left, bottom), (right, bottom), colour::GREY);
    let room = ((c.width - 40) * 2 / 15).max(20) as usize;
    for (i, row) in rows.iter().enumerate() {
        let top = legend_bottom + 4 + ROW * i as i32;
        c.rect(
            (x.px(npv), top + 22),
            (x.px(row.values[0]), top + 30),
            colour::BLUE,
        );
        c.rect(
            (x.px(npv), top + 30),
            (x.px(row.values[1]), top + 38),
            colour::DARK_PINK,
        );
        c.text(
            &fit(&row.label, room),
            (left + 2, top),
            HPos::Left,
            VPos::Top,
        );
    }
    c.line(
        (x.px(npv), legend_bottom),
        (x.px(npv), bottom),
        colour::TEXT,
    );
}
