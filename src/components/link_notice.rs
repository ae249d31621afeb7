use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct LinkNoticeProps {
    pub ignored: Vec<String>,
    pub newer_version: Option<String>,
    /// "This link has 39 lines; the calculator takes 20: …"
    #[prop_or_default]
    pub dropped: Option<String>,
}

/// Says what the opening link carried that the calculator could not read.
#[component]
pub fn LinkNotice(props: &LinkNoticeProps) -> Html {
    if props.ignored.is_empty() && props.newer_version.is_none() && props.dropped.is_none() {
        return html! {};
    }
    html! {
        <div class="nhsuk-inset-text" data-testid="link-notice">
            <span class="nhsuk-u-visually-hidden">{ "Information: " }</span>
            if props.newer_version.is_some() {
                <p>{ "This link was made by a newer version of the calculator. The figures it shares are read as far as this version can." }</p>
            }
            if let Some(dropped) = &props.dropped {
                <p data-testid="dropped-lines">{ dropped }</p>
            }
            if !props.ignored.is_empty() {
                <p>{ format!("This link had {} setting{} the calculator does not know, so they were ignored:",
                    props.ignored.len(), if props.ignored.len() == 1 { "" } else { "s" }) }</p>
                <ul>{ for props.ignored.iter().map(|k| html! { <li><code>{ k }</code></li> }) }</ul>
            }
        </div>
    }
}
