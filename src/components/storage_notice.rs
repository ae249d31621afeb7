use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct StorageNoticeProps {
    pub notices: Vec<String>,
}

/// Says, a sentence each, what the browser would not keep or what could
/// not be read; the page works on regardless.
#[component]
pub fn StorageNotice(props: &StorageNoticeProps) -> Html {
    if props.notices.is_empty() {
        return html! {};
    }
    html! {
        <div class="nhsuk-inset-text" data-testid="storage-notice" role="status" id="page-notice" tabindex="-1">
            <span class="nhsuk-u-visually-hidden">{ "Information: " }</span>
            { for props.notices.iter().map(|n| html! { <p>{ n }</p> }) }
        </div>
    }
}
