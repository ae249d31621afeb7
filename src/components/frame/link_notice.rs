use yew::prelude::*;

use crate::link::{named, Decoded};

/// Says what the opening link or file carried that the calculator could
/// not read: keys it ignored (twenty named, the rest counted), a newer
/// version, lines past twenty, values or a whole link too long to read.
pub fn link_notice(opened: &Decoded) -> Html {
    let said: Vec<(&str, String)> = [
        ("too-long", opened.too_long_words()),
        ("dropped-lines", opened.dropped_words()),
        ("too-long-values", opened.too_long_values_words()),
    ]
    .into_iter()
    .filter_map(|(id, words)| Some((id, words?)))
    .collect();
    let ignored = &opened.ignored;
    if ignored.is_empty() && opened.newer_version.is_none() && said.is_empty() {
        return html! {};
    }
    html! {
        <div class="nhsuk-inset-text" data-testid="link-notice">
            <span class="nhsuk-u-visually-hidden">{ "Information: " }</span>
            if opened.newer_version.is_some() {
                <p>{ "This link was made by a newer version of the calculator. The figures it shares are read as far as this version can." }</p>
            }
            { for said.into_iter().map(|(id, words)| html! { <p data-testid={id}>{ words }</p> }) }
            if !ignored.is_empty() {
                <p data-testid="ignored-keys">{ format!("This {} had {} setting{} the calculator does not know, so {} ignored: {}.",
                    opened.source(), crate::format::number(ignored.len() as f64, 0),
                    if ignored.len() == 1 { "" } else { "s" },
                    if ignored.len() == 1 { "it was" } else { "they were" }, named(ignored)) }</p>
            }
        </div>
    }
}
