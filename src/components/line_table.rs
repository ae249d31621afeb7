use yew::prelude::*;

use super::data_value;
use crate::format::{money, number};
use crate::model::{LineDraft, LineResult};

#[derive(PartialEq, Properties)]
pub struct LineTableProps {
    pub lines: Vec<LineResult>,
    pub drafts: Vec<LineDraft>,
}

/// Each line's yearly figures at full effect, and where a rate line breaks even.
#[component]
pub fn LineTable(props: &LineTableProps) -> Html {
    html! {
        <div class="app-table-wrap" role="region" aria-labelledby="line-table-caption" tabindex="0">
            <table class="nhsuk-table">
                <caption class="nhsuk-table__caption" id="line-table-caption">{ "Each line, a year at full effect" }</caption>
                <thead class="nhsuk-table__head">
                    <tr>
                        <th scope="col">{ "Line" }</th>
                        <th scope="col" class="app-num">{ "Events avoided" }</th>
                        <th scope="col" class="app-num">{ "Saving" }</th>
                        <th scope="col" class="app-num">{ "Cost" }</th>
                        <th scope="col" class="app-num">{ "Net" }</th>
                        <th scope="col" class="app-num">{ "Breaks even at (per 1,000)" }</th>
                    </tr>
                </thead>
                <tbody class="nhsuk-table__body">
                    { for props.lines.iter().zip(&props.drafts).enumerate().map(|(i, (r, d))| line_row(i + 1, r, d)) }
                </tbody>
            </table>
        </div>
    }
}

fn line_row(n: usize, result: &LineResult, draft: &LineDraft) -> Html {
    let name = draft.text("name").map(str::trim).filter(|t| !t.is_empty());
    let label = name.map_or_else(|| format!("Line {n}"), |name| format!("{n}. {name}"));
    let breakeven = match result.breakeven {
        Some(b) if b < 0.0 => "Cannot break even".to_string(),
        Some(b) => number(b, 1),
        None => "—".to_string(),
    };
    let cell = |col: &'static str, v: Option<f64>, text: String| {
        html! { <td class="app-num" data-col={col} data-value={data_value(v)}>{ text }</td> }
    };
    html! {
        <tr data-testid={format!("line-{n}")}>
            <th scope="row">{ label }</th>
            { cell("events", result.events, result.events.map_or("—".to_string(), |e| number(e, 0))) }
            { cell("saving", Some(result.saving), money(result.saving)) }
            { cell("cost", Some(result.cost), money(result.cost)) }
            { cell("net", Some(result.net), money(result.net)) }
            { cell("breakeven", result.breakeven, breakeven) }
        </tr>
    }
}
