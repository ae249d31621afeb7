use yew::prelude::*;

use crate::chart::line_name;
use crate::format::{number, percent};
use crate::model::{Kind, LineResult, Scenario, Summary};

#[derive(PartialEq, Properties)]
pub struct BreakEvenProps {
    pub scenario: Scenario,
    pub lines: Vec<LineResult>,
    pub summary: Summary,
}

/// How far the figures could move before the scheme stops paying for
/// itself, in words beside the headline (SPEC §2.4).
#[component]
pub fn BreakEven(props: &BreakEvenProps) -> Html {
    let s = &props.scenario;
    let rate_lines = s
        .lines
        .iter()
        .zip(&props.lines)
        .enumerate()
        .filter(|(_, (line, _))| line.kind == Kind::Rate);
    html! {
        <ul class="nhsuk-list nhsuk-list--bullet app-break-even">
            <li data-testid="switching-words">{ switching_words(&props.summary, s.years) }</li>
            { for rate_lines.filter_map(|(i, (line, result))| {
                let b = result.breakeven?;
                let name = line_name(&line.name, i);
                let text = if b < 0.0 {
                    format!("{name} cannot break even: even with no events at all, its saving would not cover its costs.")
                } else {
                    format!(
                        "{name} breaks even if its rate falls to {} per 1,000 a year, from {} before (the pilot reached {}).",
                        number(b, 1), number(line.base, 1), number(line.after, 1)
                    )
                };
                Some(html! { <li data-testid={format!("breakeven-words-l{}", i + 1)}>{ text }</li> })
            }) }
        </ul>
    }
}

/// The switching value as a sentence.
pub fn switching_words(summary: &Summary, years: u32) -> String {
    match summary.switching {
        Some(v) => format!(
            "All savings could fall by {} before the scheme stops paying for itself.",
            percent(v, 0)
        ),
        None => format!("At these figures the scheme does not pay for itself over {years} years."),
    }
}
