use yew::prelude::*;

use crate::components::data_value;
use crate::model::Summary;
use crate::words::headlines::{headlines as words, Headline};

/// The figures a board asks for first (SPEC §6), each saying whose money
/// it is and on what basis: the net present value at unit cost beside the
/// NHS as a whole's; `stale` when they are the last valid ones, out of
/// date (SPEC §7).
pub fn headlines(s: &Summary, years: u32, stale: bool) -> Html {
    html! {
        <ul class={classes!("app-headlines", stale.then_some("app-headlines--stale"))} data-testid="headlines">
            { for words(s, years).iter().enumerate().map(|(i, h)| headline(h, i)) }
        </ul>
    }
}

/// The `i`th headline: the two present values side by side, wider, and
/// the cash and the gain-share as a pair below the rest.
fn headline(h: &Headline, i: usize) -> Html {
    let class = classes!(
        "app-headline",
        (i < 2).then_some("app-headline--wide"),
        (i >= 5).then_some("app-headline--pair")
    );
    let extra = h.extra.as_ref().map(|e| {
        html! { <span data-testid={e.id} data-value={data_value(Some(e.value))}>{ format!(" {}", e.text) }</span> }
    });
    html! {
        <li {class}>
            <span class="app-headline__label">{ h.label.clone() }</span>
            <span class="app-headline__value" data-testid={h.id} data-value={data_value(h.value)}>{ h.text.clone() }</span>
            <span class="app-headline__basis">{ h.basis.clone() }{ extra }</span>
        </li>
    }
}
