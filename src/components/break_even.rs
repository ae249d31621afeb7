use yew::prelude::*;

use std::rc::Rc;

use crate::model::{Kind, LineResult, Scenario, Summary};
use crate::words::{breakeven_words, switching_words};

#[derive(PartialEq, Properties)]
pub struct BreakEvenProps {
    pub scenario: Rc<Scenario>,
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
                let text = breakeven_words(line, result, i)?;
                Some(html! { <li data-testid={format!("breakeven-words-l{}", i + 1)}>{ text }</li> })
            }) }
        </ul>
    }
}
