use yew::prelude::*;

/// Says when the page shows an example, and starts a blank scenario in one
/// step (SPEC §6); what was on the page is kept under Saved scenarios.
/// `example` is what the example is, when the scenario opened as one;
/// `has_work`, that there is something to start afresh from. A view, not
/// a component: it has no state.
pub fn example_banner(
    example: Option<&'static str>,
    has_work: bool,
    onblank: Callback<()>,
) -> Html {
    let onclick = onblank.reform(|_: MouseEvent| ());
    let button = html! {
        <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" {onclick}
            data-testid="start-blank">{ "Start a blank scenario" }</button>
    };
    match example {
        Some(title) => html! {
            <div class="app-example" data-testid="example-banner">
                <p class="nhsuk-body-s">
                    <strong>{ "This is an example: " }</strong>{ title }{ ". " }
                    { "Change any figure to make it yours, start a blank scenario, or pick another example below. Nothing is lost: what is on the page is kept under \u{201c}Saved scenarios\u{201d}." }
                </p>
                { button }
            </div>
        },
        None if has_work => html! { <div class="app-start">{ button }</div> },
        None => html! {},
    }
}
