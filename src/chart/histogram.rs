//! The spread of npv over the Monte Carlo draws, with the middle 90% marked.

use super::{finite, Chart, Plot, Row, Table};
use crate::format::money_short;
use crate::model::uncertainty::Spread;
use crate::words::chance;

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
    Chart {
        id: "histogram".into(),
        title: "How the net present value spreads over the random draws".into(),
        caption: caption(spread, years),
        width,
        plot: Plot::Histogram {
            start: finite(h.start),
            bin: finite(h.width),
            counts: h.counts.clone(),
            p5: finite(spread.p5),
            p95: finite(spread.p95),
            years,
        },
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
