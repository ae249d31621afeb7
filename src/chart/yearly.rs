//! Each year's gross savings against costs, with the net between them.

use super::by_year::{by_year, ByYear, Column};
use super::{colour, Chart};
use crate::format::money_short;
use crate::model::Results;

pub fn yearly(results: &Results, fy: i32, width: u32) -> Chart {
    let spec = ByYear {
        id: "yearly",
        title: "Savings and costs each year",
        caption: caption(results),
        bars: vec![
            Column {
                label: "Gross savings",
                colour: colour::BLUE,
                value: |y| y.gross,
            },
            Column {
                label: "Costs",
                colour: colour::DARK_PINK,
                value: |y| y.cost,
            },
        ],
        line: Column {
            label: "Net saving",
            colour: colour::TEXT,
            value: |y| y.net,
        },
        first: None,
    };
    by_year(spec, results, fy, width)
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
