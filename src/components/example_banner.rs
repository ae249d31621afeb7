use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct ExampleBannerProps {
    /// What the example is, when the scenario opened as one.
    pub example: Option<&'static str>,
    /// The scenario has something in it to start afresh from.
    pub has_work: bool,
    pub onblank: Callback<()>,
}

/// Says when the page shows an example, and starts a blank scenario in one
/// step (SPEC §6); what was on the page is kept under Saved scenarios.
#[component]
pub fn ExampleBanner(props: &ExampleBannerProps) -> Html {
    let onclick = props.onblank.reform(|_: MouseEvent| ());
    let button = html! {
        <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" {onclick}
            data-testid="start-blank">{ "Start a blank scenario" }</button>
    };
    match props.example {
        Some(title) => html! {
            <div class="app-example" data-testid="example-banner">
                <p class="nhsuk-body-s">
                    <strong>{ "This is an example: " }</strong>{ title }{ ". " }
                    { "Change any figure to make it yours, start a blank scenario, or pick another example below. Nothing is lost: what is on the page is kept under \u{201c}Saved scenarios\u{201d}." }
                </p>
                { button }
            </div>
        },
        None if props.has_work => html! { <div class="app-start">{ button }</div> },
        None => html! {},
    }
}
