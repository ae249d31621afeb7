use yew::prelude::*;

use crate::link::Decoded;

/// Says what the opening link carried that the calculator could not read:
/// keys it ignored, a newer version, lines past twenty.
pub fn link_notice(opened: &Decoded) -> Html {
    let dropped = opened.dropped_words();
    let ignored = &opened.ignored;
    if ignored.is_empty() && opened.newer_version.is_none() && dropped.is_none() {
        return html! {};
    }
    html! {
        <div class="nhsuk-inset-text" data-testid="link-notice">
            <span class="nhsuk-u-visually-hidden">{ "Information: " }</span>
            if opened.newer_version.is_some() {
                <p>{ "This link was made by a newer version of the calculator. The figures it shares are read as far as this version can." }</p>
            }
            if let Some(dropped) = dropped {
                <p data-testid="dropped-lines">{ dropped }</p>
            }
            if !ignored.is_empty() {
                <p>{ format!("This link had {} setting{} the calculator does not know, so they were ignored:",
                    ignored.len(), if ignored.len() == 1 { "" } else { "s" }) }</p>
                <ul>{ for ignored.iter().map(|k| html! { <li><code>{ k }</code></li> }) }</ul>
            }
        </div>
    }
}
