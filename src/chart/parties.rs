//! Who gains and who loses (SPEC §2.6): each party's money a year, losses
//! below zero, with the NHS as a whole over them.

use super::by_year::{by_year, ByYear, Column};
use super::{colour, Chart};
use crate::format::money_short;
use crate::model::Results;

pub fn parties(results: &Results, fy: i32, width: u32) -> Chart {
    let spec = ByYear {
        id: "parties",
        title: "Who gains and who loses each year",
        caption: caption(results),
        bars: vec![
            Column {
                label: "Commissioner",
                colour: colour::PURPLE,
                value: |y| y.retained,
            },
            Column {
                label: "Primary care",
                colour: colour::GREEN,
                value: |y| y.primary,
            },
            Column {
                label: "Hospital",
                colour: colour::DARK_PINK,
                value: |y| y.hosp,
            },
        ],
        line: Column {
            label: "NHS as a whole",
            colour: colour::TEXT,
            value: |y| y.nhs,
        },
        first: None,
    };
    by_year(spec, results, fy, width)
}

fn caption(results: &Results) -> String {
    let s = &results.summary;
    let h = results.years.len();
    let over = format!("over {h} year{}", if h == 1 { "" } else { "s" });
    let losers: Vec<&str> = [
        ("the commissioner", s.comm_total),
        ("primary care", s.primary_total),
        ("the hospital", s.hosp_total),
    ]
    .iter()
    .filter(|(_, v)| *v < -0.005)
    .map(|(who, _)| *who)
    .collect();
    let nhs = if s.nhs_total >= 0.0 {
        format!(
            "The NHS as a whole gains {} {over}",
            money_short(s.nhs_total)
        )
    } else {
        format!(
            "The NHS as a whole loses {} {over}",
            money_short(-s.nhs_total)
        )
    };
    match losers.as_slice() {
        [] => format!("{nhs}, and no party is worse off."),
        [one] => format!("{nhs}; {one} is worse off."),
        [init @ .., last] => format!("{nhs}; {} and {last} are worse off.", init.join(", ")),
    }
}
