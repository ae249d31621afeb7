use yew::prelude::*;

use crate::format::payback_in;
use crate::model::Summary;
use crate::words::headlines::gain_or_loss;

/// On a phone, the figures people watch while they type, on screen
/// whatever is scrolled; the tabs under it put the full results one tap
/// away (SPEC §6): the net present value, saying it counts savings at
/// unit cost (the NHS as a whole's is one tap away, beside it in the
/// headlines), and payback. `summary` is None before there have been any
/// figures. A view, not a component: it has no state, and each component
/// costs the page a few kilobytes.
pub fn headline_bar(summary: Option<&Summary>, years: u32, stale: bool) -> Html {
    let dash = || "\u{2014}".to_string();
    let (npv, back) = match summary {
        Some(s) => (gain_or_loss(s.npv), payback_in(s.payback_months, years)),
        None => (dash(), dash()),
    };
    let class = classes!("app-bar", stale.then_some("app-bar--stale"));
    html! {
        <div {class} data-testid="headline-bar">
            { figure("NPV at unit cost", &format!(": net present value over {years} years, savings at unit cost less costs"), npv, "bar-npv") }
            { figure("Pays back", "", back, "bar-payback") }
            if stale {
                <span class="nhsuk-u-visually-hidden">{ "These figures are out of date until the form has no problems." }</span>
            }
        </div>
    }
}

/// One figure: its label, more of it for screen readers, and its value,
/// which wraps rather than being cut.
fn figure(label: &str, heard: &str, value: String, id: &'static str) -> Html {
    html! {
        <p class="app-bar__figure">
            <span class="app-bar__label">
                { label }
                <span class="nhsuk-u-visually-hidden">{ heard }</span>
            </span>
            <span class="app-bar__value" data-testid={id}>{ value }</span>
        </p>
    }
}
