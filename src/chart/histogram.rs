//! The spread of npv over the Monte Carlo draws, with the middle 90% marked.

use plotters_backend::text_anchor::{HPos, VPos};

use super::draw::{svg, Canvas, Scale};
use super::{axis_labels, colour, Chart, Row, Table};
use crate::format::{money_short, number};
use crate::model::uncertainty::Spread;
use crate::words::chance;

const HEIGHT: u32 = 340;
/// A pale NHS blue for the band: it only backs the bars, which carry the
/// contrast, and the table says the same.
const BAND: (u8, u8, u8) = (0xd2, 0xe4, 0xf5);

pub fn histogram(spread: &Spread, years: u32, width: u32) -> Chart {
    let h = &spread.histogram;
    let rows = h
        .counts
        .iter()
        .enumerate()
        .map(|(i, count)| {
            let from = h.start + h.width * i as f64;
            Row {
                label: format!("{} to {}", money_short(from), money_short(from + h.width)),
                values: vec![*count as f64],
            }
        })
        .collect();
    let caption = caption(spread, years);
    Chart {
        id: "histogram".into(),
        title: "How the net present value spreads over the random draws".into(),
        svg: svg((width, HEIGHT), &caption, |c| draw(c, spread, years)),
        caption,
        table: Table {
            counts: true,
            head: ["Net present value", "Draws"].map(String::from).to_vec(),
            rows,
        },
    }
}

fn caption(spread: &Spread, years: u32) -> String {
    format!(
        "{} chance the scheme saves money over {years} years; 9 draws in 10 give a net present value between {} and {}.",
        chance(spread.prob_positive),
        money_short(spread.p5),
        money_short(spread.p95)
    )
}

fn draw(c: &mut Canvas, spread: &Spread, years: u32) {
    let h = &spread.histogram;
    let (left, right, top, bottom) = (56, c.width - 24, 48, c.height - 52);
    c.text("Number of draws", (4, 4), HPos::Left, VPos::Top);
    c.text(
        &format!("Net present value over {years} years"),
        ((left + right) / 2, c.height - 6),
        HPos::Center,
        VPos::Bottom,
    );
    let end = h.start + h.width * h.counts.len() as f64;
    let x = Scale::new(h.start, end, left, right);
    let most = h.counts.iter().copied().max().unwrap_or(1).max(1) as f64;
    let y = Scale::new(0.0, most * 1.1, bottom, top);
    c.rect((x.px(spread.p5), top), (x.px(spread.p95), bottom), BAND);
    c.text(
        "Middle 90% of draws",
        ((x.px(spread.p5) + x.px(spread.p95)) / 2, top - 20),
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
        let from = h.start + h.width * i as f64;
        let (x0, x1) = (x.px(from) + 1, x.px(from + h.width) - 1);
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
