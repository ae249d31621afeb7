use std::rc::Rc;

use yew::prelude::*;

use super::table::{cell, row_head, table};
use crate::format::{money, number};
use crate::model::{LineResult, Scenario};

#[derive(PartialEq, Properties)]
pub struct LineTableProps {
    pub lines: Vec<LineResult>,
    /// The scenario the figures are of, for the lines' names.
    pub scenario: Rc<Scenario>,
}

const HEAD: [&str; 8] = [
    "Line",
    "Events avoided",
    "Saving",
    "Cost",
    "Net",
    "Breaks even at (per 1,000)",
    "Hospital",
    "NHS as a whole",
];

/// Each line's yearly figures at full effect, and where a rate line breaks even.
#[component]
pub fn LineTable(props: &LineTableProps) -> Html {
    let rows = html! {
        { for props.lines.iter().zip(&props.scenario.lines).enumerate().map(|(i, (r, l))| line_row(i + 1, r, &l.name)) }
    };
    table(
        "line-table",
        "Each line, a year at full effect",
        &HEAD,
        rows,
    )
}

fn line_row(n: usize, result: &LineResult, name: &str) -> Html {
    let label = if name.is_empty() {
        format!("Line {n}")
    } else {
        format!("{n}. {name}")
    };
    let breakeven = match result.breakeven {
        Some(b) if b < 0.0 => "Cannot break even".to_string(),
        Some(b) => number(b, 1),
        None => "\u{2014}".to_string(),
    };
    let events = result
        .events
        .map_or("\u{2014}".to_string(), |e| number(e, 0));
    html! {
        <tr role="row" data-testid={format!("line-{n}")}>
            { row_head(&label) }
            { cell(Some("events"), HEAD[1], result.events, events) }
            { cell(Some("saving"), HEAD[2], Some(result.saving), money(result.saving)) }
            { cell(Some("cost"), HEAD[3], Some(result.cost), money(result.cost)) }
            { cell(Some("net"), HEAD[4], Some(result.net), money(result.net)) }
            { cell(Some("breakeven"), HEAD[5], result.breakeven, breakeven) }
            { cell(Some("hosp"), HEAD[6], Some(result.hosp), money(result.hosp)) }
            { cell(Some("nhs"), HEAD[7], Some(result.nhs), money(result.nhs)) }
        </tr>
    }
}
