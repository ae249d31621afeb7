use yew::prelude::*;

use crate::components::data_value;
use crate::components::widgets::table::{cell, row_head, table};
use crate::format::{money, number, CANNOT_BREAK_EVEN};
use crate::model::{LineResult, Results, Scenario};

const HEAD: [&str; 16] = [
    "Line",
    "Events avoided",
    "Avoided on its own",
    "Saving",
    "Cost",
    "Net",
    "Saving per event avoided",
    "Running cost per event avoided",
    "Breaks even at (per 1,000)",
    "Hospital",
    "NHS as a whole",
    "Clinician hours a year",
    "Whole-time equivalents",
    "GP sessions a week",
    "Units that can go",
    "Events to the next unit",
];

/// Each line's yearly figures at full effect, and where a rate line breaks
/// even. What a line would avoid on its own is a column only where lines
/// share their events (SPEC §2.10); elsewhere it equals the events, and
/// its hook stays in a hidden cell.
pub fn line_table(scenario: &Scenario, results: &Results) -> Html {
    let grouped = !results.groups.is_empty();
    let rows = html! {
        { for results.lines.iter().zip(&scenario.lines).enumerate().map(|(i, (r, l))| line_row(i + 1, r, &l.name, grouped)) }
    };
    let head: Vec<&str> = HEAD
        .iter()
        .enumerate()
        .filter(|(i, _)| grouped || *i != 2)
        .map(|(_, h)| *h)
        .collect();
    table(
        "line-table",
        "Each line, a year at full effect",
        &head,
        rows,
    )
}

fn line_row(n: usize, result: &LineResult, name: &str, grouped: bool) -> Html {
    let label = if name.is_empty() {
        format!("Line {n}")
    } else {
        format!("{n}. {name}")
    };
    let breakeven = match result.breakeven {
        Some(b) if b < 0.0 => CANNOT_BREAK_EVEN.to_string(),
        Some(b) => number(b, 1),
        None => "\u{2014}".to_string(),
    };
    let or_dash = |v: Option<f64>, places| v.map_or("\u{2014}".to_string(), |v| number(v, places));
    let events = or_dash(result.events, 0);
    let or_money = |v: Option<f64>| v.map_or("\u{2014}".to_string(), money);
    let saved = result.saving_per_event();
    let w = result.workforce;
    let (units, next) = (result.steps.map(|s| s.units), result.steps.map(|s| s.next));
    html! {
        <tr role="row" data-testid={format!("line-{n}")}>
            { row_head(&label) }
            { cell(Some("events"), HEAD[1], result.events, events) }
            if grouped {
                { cell(Some("alone"), HEAD[2], result.alone, or_dash(result.alone, 0)) }
            } else {
                <td hidden=true data-col="alone" data-value={data_value(result.alone)}></td>
            }
            { cell(Some("saving"), HEAD[3], Some(result.saving), money(result.saving)) }
            { cell(Some("cost"), HEAD[4], Some(result.cost), money(result.cost)) }
            { cell(Some("net"), HEAD[5], Some(result.net), money(result.net)) }
            { cell(None, HEAD[6], saved, or_money(saved)) }
            { cell(Some("per-event"), HEAD[7], result.per_event, or_money(result.per_event)) }
            { cell(Some("breakeven"), HEAD[8], result.breakeven, breakeven) }
            { cell(Some("hosp"), HEAD[9], Some(result.hosp), money(result.hosp)) }
            { cell(Some("nhs"), HEAD[10], Some(result.nhs), money(result.nhs)) }
            { cell(Some("hours"), HEAD[11], w.map(|w| w.hours), or_dash(w.map(|w| w.hours), 0)) }
            { cell(Some("wte"), HEAD[12], w.map(|w| w.wte), or_dash(w.map(|w| w.wte), 2)) }
            { cell(Some("sessions"), HEAD[13], w.map(|w| w.sessions), or_dash(w.map(|w| w.sessions), 1)) }
            { cell(Some("steps"), HEAD[14], units, or_dash(units, 0)) }
            { cell(Some("next-step"), HEAD[15], next, or_dash(next.map(f64::ceil), 0)) }
        </tr>
    }
}
