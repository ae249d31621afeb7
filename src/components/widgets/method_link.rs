use yew::prelude::*;

use crate::export::METHOD_PAGE;

/// The way to the method page (`method.html`, made from `docs/model.md`):
/// every formula, the sources and price years of the costs, and what the
/// model leaves out. A new tab keeps the scenario in view beside it.
pub fn method_link(testid: &'static str) -> Html {
    html! {
        <p class="nhsuk-body-s app-method-link">
            <a href={METHOD_PAGE} target="_blank" rel="noopener" data-testid={testid}>
                { "How the figures are worked out (opens in a new tab)" }
            </a>
            { ": every formula, where each suggested cost comes from and at which year\u{2019}s prices, the payment rules, and what the calculator leaves out." }
        </p>
    }
}
