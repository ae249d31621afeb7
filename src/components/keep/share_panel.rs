use yew::prelude::*;

use crate::components::keep::copy_button::CopyButton;
use crate::components::keep::embed_snippet::embed_snippet;
use crate::link::QUERY_LINK_MAX;

/// The share link (`link`, the scenario as it is now) and the embed snippet
/// (`embed_link`, the same in the compact view), each with a copy button;
/// a link with its scenario after `#` says why.
pub fn share_panel(link: &AttrValue, embed_link: &str, name: &str) -> Html {
    html! {
        <section aria-labelledby="share-heading" class="app-no-print">
            <h2 id="share-heading">{ "Share this scenario" }</h2>
            <div class="nhsuk-form-group">
                <label class="nhsuk-label" for="share-link">{ "Link to this scenario" }</label>
                <div class="nhsuk-hint" id="share-link-hint">
                    { "Anyone who opens it sees these figures. Everything is in the link: nothing is stored on a server." }
                    if link.contains('#') {
                        <span data-testid="share-link-fragment">{ format!(
                            " This scenario needs a link over {} characters, longer than some intranet servers accept, so its figures come after the # in the link: that part never goes to a server, so the link opens anywhere.",
                            crate::format::number(QUERY_LINK_MAX as f64, 0)
                        ) }</span>
                    }
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
