use yew::prelude::*;

use crate::model::{Kind, Results, Scenario};
use crate::words::{breakeven_words, switching_words};

/// How far the figures could move before the scheme stops paying for
/// itself, in words beside the headline (SPEC §2.4).
pub fn break_even(s: &Scenario, results: &Results) -> Html {
    let rate_lines = s
        .lines
        .iter()
        .zip(&results.lines)
        .enumerate()
        .filter(|(_, (line, _))| line.kind == Kind::Rate);
    html! {
        <ul class="nhsuk-list nhsuk-list--bullet app-break-even">
            <li data-testid="switching-words">{ switching_words(&results.summary, s.years) }</li>
            { for rate_lines.filter_map(|(i, (line, result))| {
                let text = breakeven_words(line, result, i)?;
                Some(html! { <li data-testid={format!("breakeven-words-l{}", i + 1)}>{ text }</li> })
            }) }
        </ul>
    }
}
