use yew::prelude::*;

use super::copy_button::CopyButton;
use super::embed_snippet::EmbedSnippet;

#[derive(PartialEq, Properties)]
pub struct SharePanelProps {
    /// The full link to the scenario as it is now.
    pub link: AttrValue,
    /// The same scenario in the compact view, for an `<iframe>`.
    pub embed_link: AttrValue,
    pub name: AttrValue,
}

/// The share link and the embed snippet, each with a copy button.
#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    html! {
        <section aria-labelledby="share-heading" class="app-no-print">
            <h2 id="share-heading">{ "Share this scenario" }</h2>
            <div class="nhsuk-form-group">
                <label class="nhsuk-label" for="share-link">{ "Link to this scenario" }</label>
                <div class="nhsuk-hint" id="share-link-hint">
                    { "Anyone who opens it sees these figures. Everything is in the link: nothing is stored on a server." }
                </div>
                <input class="nhsuk-input app-share-url" id="share-link" type="text" readonly=true
                    aria-describedby="share-link-hint" value={props.link.clone()} />
            </div>
            <CopyButton text={{ let link = props.link.to_string(); Callback::from(move |_| link.clone()) }} label="Copy link" testid="copy-status"
                copied="Link copied. Paste it into an email or a business case."
                refused="Your browser did not let the page copy. Select the link above and copy it." />
            <EmbedSnippet link={props.embed_link.clone()} name={props.name.clone()} />
        </section>
    }
}
