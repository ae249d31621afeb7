//! Each year's cash released, split into the provider's gain-share and the
//! commissioner's retained saving, with the reinvestment fund it becomes
//! once the lag has passed.

use super::draw::{bars, Bars, Series};
use super::{colour, Chart, Row, Table};
use crate::format::{financial_year, money_short};
use crate::model::Results;

pub fn gain_share(results: &Results, fy: i32, width: u32) -> Chart {
    let years = &results.years;
    let labels: Vec<String> = years.iter().map(|y| financial_year(fy, y.t)).collect();
    let caption = caption(results);
    let spec = Bars {
        categories: labels.clone(),
        bars: vec![
            Series {
                label: "Provider\u{2019}s gain-share",
                colour: colour::GREEN,
                values: years.iter().map(|y| y.share).collect(),
            },
            Series {
                label: "Commissioner keeps",
                colour: colour::PURPLE,
                values: years.iter().map(|y| y.retained).collect(),
            },
        ],
        line: Some(Series {
            label: "Fund to reinvest that year",
            colour: colour::TEXT,
            values: years.iter().map(|y| y.reinvest).collect(),
        }),
        width,
    };
    Chart {
        id: "gain-share",
        title: "Gain-share to reinvest, and what the commissioner keeps",
        svg: bars(&spec, &caption),
        caption,
        table: Table {
            head: [
                "Year",
                "Cash released",
                "Provider\u{2019}s gain-share",
                "Commissioner keeps",
                "Fund to reinvest that year",
            ]
            .map(String::from)
            .to_vec(),
            rows: years
                .iter()
                .zip(labels)
                .map(|(y, label)| Row {
                    label,
                    values: vec![y.cash, y.share, y.retained, y.reinvest],
                })
                .collect(),
        },
    }
}

fn caption(results: &Results) -> String {
    let s = &results.summary;
    let h = results.years.len();
    let shared: f64 = results.years.iter().map(|y| y.share).sum();
    let kept: f64 = results.years.iter().map(|y| y.retained).sum();
    if shared <= 0.0 {
        return format!(
            "No cash is released in any year, so there is no gain-share to reinvest; the commissioner\u{2019}s position is {} over {h} years.",
            money_short(kept)
        );
    }
    format!(
        "{} of gain-share is earned over {h} years, {} of it spendable within them; the commissioner keeps {}.",
        money_short(shared),
        money_short(s.reinvest_total),
        money_short(kept)
    )
}
