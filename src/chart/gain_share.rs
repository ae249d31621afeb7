//! Each year's cash released, split into primary care's gain-share and the
//! commissioner's retained saving, with the reinvestment fund it becomes
//! once the lag has passed.

use super::by_year::{by_year, ByYear, Column};
use super::{colour, Chart};
use crate::format::money_short;
use crate::model::Results;

pub fn gain_share(results: &Results, fy: i32, width: u32) -> Chart {
    let spec = ByYear {
        id: "gain-share",
        title: "Gain-share to reinvest, and what the commissioner keeps",
        caption: caption(results),
        bars: vec![
            Column {
                label: "Primary care\u{2019}s gain-share",
                colour: colour::GREEN,
                value: |y| y.share,
            },
            Column {
                label: "Commissioner keeps",
                colour: colour::PURPLE,
                value: |y| y.retained,
            },
        ],
        line: Column {
            label: "Fund to reinvest that year",
            colour: colour::TEXT,
            value: |y| y.reinvest,
        },
        first: Some(Column {
            label: "Cash released",
            colour: colour::TEXT,
            value: |y| y.cash,
        }),
    };
    by_year(spec, results, fy, width)
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
