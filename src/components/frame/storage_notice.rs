use yew::prelude::*;

/// Says, a sentence each, what the browser would not keep or what could
/// not be read; the page works on regardless.
pub fn storage_notice(notices: &[String]) -> Html {
    if notices.is_empty() {
        return html! {};
    }
    html! {
        <div class="nhsuk-inset-text" data-testid="storage-notice" role="status" id="page-notice" tabindex="-1">
            <span class="nhsuk-u-visually-hidden">{ "Information: " }</span>
            { for notices.iter().map(|n| html! { <p>{ n }</p> }) }
        </div>
    }
}
