use yew::prelude::*;

use crate::format::{money, payback};

#[derive(PartialEq, Properties)]
pub struct HeadlineBarProps {
    /// npv and payback in months; None before there have been figures.
    pub figures: Option<(f64, Option<f64>)>,
    pub years: u32,
    pub stale: bool,
}

/// On a phone, the two figures people watch while they type, on screen
/// whatever is scrolled; the tabs under it put the full results one tap
/// away (SPEC §6).
#[component]
pub fn HeadlineBar(props: &HeadlineBarProps) -> Html {
    let (npv, back) = match props.figures {
        Some((npv, months)) => (money(npv), payback(months)),
        None => ("\u{2014}".to_string(), "\u{2014}".to_string()),
    };
    let class = classes!("app-bar", props.stale.then_some("app-bar--stale"));
    html! {
        <div class={class} data-testid="headline-bar">
            <p class="app-bar__figure">
                <span class="app-bar__label">{ "Net present value" }<span class="nhsuk-u-visually-hidden">{ format!(" over {} years", props.years) }</span></span>
                <span class="app-bar__value" data-testid="bar-npv">{ npv }</span>
            </p>
            <p class="app-bar__figure">
                <span class="app-bar__label">{ "Pays back" }</span>
                <span class="app-bar__value" data-testid="bar-payback">{ back }</span>
            </p>
            if props.stale {
                <span class="nhsuk-u-visually-hidden">{ "These figures are out of date until the form has no problems." }</span>
            }
        </div>
    }
}
