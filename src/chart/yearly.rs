//! Each year's gross savings against costs, with the net between them.

use super::draw::{bars, Bars, Series};
use super::{colour, Chart, Row, Table};
use crate::format::{financial_year, money_short};
use crate::model::Results;

pub fn yearly(results: &Results, fy: i32, width: u32) -> Chart {
    let years = &results.years;
    let labels: Vec<String> = years.iter().map(|y| financial_year(fy, y.t)).collect();
    let caption = caption(results);
    let spec = Bars {
        categories: labels.clone(),
        bars: vec![
            Series {
                label: "Gross savings",
                colour: colour::BLUE,
                values: years.iter().map(|y| y.gross).collect(),
            },
            Series {
                label: "Costs",
                colour: colour::DARK_PINK,
                values: years.iter().map(|y| y.cost).collect(),
            },
        ],
        line: Some(Series {
            label: "Net saving",
            colour: colour::TEXT,
            values: years.iter().map(|y| y.net).collect(),
        }),
        width,
    };
    Chart {
        id: "yearly",
        title: "Savings and costs each year",
        svg: bars(&spec, &caption),
        caption,
        table: Table {
            head: ["Year", "Gross savings", "Costs", "Net saving"]
                .map(String::from)
                .to_vec(),
            rows: years
                .iter()
                .zip(labels)
                .map(|(y, label)| Row {
                    label,
                    values: vec![y.gross, y.cost, y.net],
                })
                .collect(),
        },
    }
}

fn caption(results: &Results) -> String {
    let h = results.years.len();
    let ahead = results.years.iter().filter(|y| y.net > 0.0).count();
    let net = money_short(results.summary.net_total);
    let over = format!("over {h} year{}", if h == 1 { "" } else { "s" });
    match ahead {
        0 if results.summary.gross_total == 0.0 && results.summary.cost_total == 0.0 => {
            "No savings or costs yet: add a line to see them here.".to_string()
        }
        0 => format!("Costs are more than savings in every year: {net} net {over}."),
        n if n == h => format!("Savings are more than costs in every year: {net} net {over}."),
        n => format!("Savings are more than costs in {n} of {h} years: {net} net {over}."),
    }
}
