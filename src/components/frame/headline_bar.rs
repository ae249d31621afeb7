use yew::prelude::*;

use crate::format::{money, payback};

/// On a phone, the two figures people watch while they type, on screen
/// whatever is scrolled; the tabs under it put the full results one tap
/// away (SPEC §6). `figures` are npv and payback in months, None before
/// there have been any. A view, not a component: it has no state, and
/// each component costs the page a few kilobytes.
pub fn headline_bar(figures: Option<(f64, Option<f64>)>, years: u32, stale: bool) -> Html {
    let (npv, back) = match figures {
        Some((npv, months)) => (money(npv), payback(months)),
        None => ("\u{2014}".to_string(), "\u{2014}".to_string()),
    };
    let class = classes!("app-bar", stale.then_some("app-bar--stale"));
    html! {
        <div class={class} data-testid="headline-bar">
            <p class="app-bar__figure">
                <span class="app-bar__label">{ "Net present value" }<span class="nhsuk-u-visually-hidden">{ format!(" over {years} years") }</span></span>
                <span class="app-bar__value" data-testid="bar-npv">{ npv }</span>
            </p>
            <p class="app-bar__figure">
                <span class="app-bar__label">{ "Pays back" }</span>
                <span class="app-bar__value" data-testid="bar-payback">{ back }</span>
            </p>
            if stale {
                <span class="nhsuk-u-visually-hidden">{ "These figures are out of date until the form has no problems." }</span>
            }
        </div>
    }
}
