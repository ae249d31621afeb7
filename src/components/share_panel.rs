use yew::prelude::*;

use super::copy_button::CopyButton;
use super::embed_snippet::embed_snippet;

/// The share link (`link`, the scenario as it is now) and the embed snippet
/// (`embed_link`, the same in the compact view), each with a copy button.
pub fn share_panel(link: &AttrValue, embed_link: &str, name: &str) -> Html {
    html! {
        <section aria-labelledby="share-heading" class="app-no-print">
            <h2 id="share-heading">{ "Share this scenario" }</h2>
            <div class="nhsuk-form-group">
                <label class="nhsuk-label" for="share-link">{ "Link to this scenario" }</label>
                <div class="nhsuk-hint" id="share-link-hint">
                    { "Anyone who opens it sees these figures. Everything is in the link: nothing is stored on a server." }
                </div>
                <input class="nhsuk-input app-share-url" id="share-link" type="text" readonly=true
                    aria-describedby="share-link-hint" value={link.clone()} />
            </div>
            <CopyButton text={{ let link = link.to_string(); Callback::from(move |_| link.clone()) }} label="Copy link" testid="copy-status"
                copied="Link copied. Paste it into an email or a business case."
                refused="Your browser did not let the page copy. Select the link above and copy it." />
            { embed_snippet(embed_link, name) }
        </section>
    }
}
