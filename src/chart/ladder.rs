//! The scheme at bigger footprints, scaled in proportion to population.

use super::{colour, Chart, Plot, Row, Series, Table};
use crate::format::{money_short, number};
use crate::model::Summary;
use crate::text::lower_first;

/// Today's NHS footprints, each at an illustrative population: a practice,
/// a primary care network or neighbourhood (30,000–50,000 people: both
/// ends), a place, and an integrated care system.
pub const FOOTPRINTS: [(&str, f64); 5] = [
    ("A practice", 10_000.0),
    ("A primary care network or neighbourhood, smaller", 30_000.0),
    ("A primary care network or neighbourhood, larger", 50_000.0),
    ("A place", 250_000.0),
    ("An integrated care system (ICS)", 1_000_000.0),
];

/// The footprints in words, for the page and the summary to say that
/// their populations are illustrative.
pub const FOOTPRINTS_WORDS: &str = "The footprints\u{2019} populations are illustrative: a practice of 10,000 people, a primary care network or neighbourhood of 30,000 to 50,000, a place of 250,000 and an integrated care system (ICS) of 1,000,000 (ICSs serve from about 500,000 people to over 3 million).";

/// One footprint: who, how many people, and the figures scaled to them.
#[derive(Clone, Debug, PartialEq)]
pub struct Rung {
    pub label: String,
    pub pop: f64,
    pub net_year: f64,
    pub npv: f64,
}

/// This population, today's footprints, and `scale` when set: each figure
/// times Q / P (linear scaling).
pub fn rungs(summary: &Summary, pop: f64, scale: Option<f64>) -> Vec<Rung> {
    let rung = |label: &str, q: f64| {
        let ratio = if pop > 0.0 { q / pop } else { 0.0 };
        Rung {
            label: label.to_string(),
            pop: q,
            net_year: summary.net_year * ratio,
            npv: summary.npv * ratio,
        }
    };
    let mut ladder = vec![rung("This population", pop)];
    if let Some(s) = scale.filter(|s| *s != pop) {
        ladder.push(rung("Your larger footprint", s));
    }
    for (name, q) in FOOTPRINTS {
        // A footprint already on the ladder is not repeated: it is named
        // as the footprint's size instead.
        match ladder.iter_mut().find(|r| r.pop == q) {
            Some(same) => same
                .label
                .push_str(&format!(", the size of {}", lower_first(name))),
            None => ladder.push(rung(name, q)),
        }
    }
    // A ladder: smallest first.
    ladder.sort_by(|a, b| a.pop.total_cmp(&b.pop));
    ladder
}

pub fn ladder(rungs: &[Rung], years: u32, width: u32) -> Chart {
    let labels: Vec<String> = rungs.iter().map(|r| number(r.pop, 0)).collect();
    let caption = caption(rungs, years);
    let npv_label = format!("Net present value over {years} years");
    let plot = Plot::Bars {
        categories: labels,
        bars: vec![
            Series::new(
                "Net a year at full effect",
                colour::BLUE,
                rungs.iter().map(|r| r.net_year).collect(),
            ),
            Series::new(
                &npv_label,
                colour::GREEN,
                rungs.iter().map(|r| r.npv).collect(),
            ),
        ],
        line: None,
    };
    Chart {
        id: "ladder".into(),
        title: "The scheme at scale".into(),
        caption,
        width,
        plot,
        table: Table {
            counts: false,
            head: vec![
                "Footprint".to_string(),
                "Net a year at full effect".to_string(),
                npv_label.clone(),
            ],
            rows: rungs
                .iter()
                .map(|r| Row {
                    label: format!("{} ({})", r.label, number(r.pop, 0)),
                    values: vec![r.net_year, r.npv],
                })
                .collect(),
        },
    }
}

fn caption(rungs: &[Rung], years: u32) -> String {
    let Some(biggest) = rungs.iter().max_by(|a, b| a.pop.total_cmp(&b.pop)) else {
        return String::new();
    };
    format!(
        "For {} people: {} a year net at full effect and {} net present value over {years} years, if savings and costs grow in step with population.",
        number(biggest.pop, 0),
        money_short(biggest.net_year),
        money_short(biggest.npv)
    )
}
