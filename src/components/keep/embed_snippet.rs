use yew::prelude::*;

use crate::components::keep::copy_button::CopyButton;
use crate::export::iframe_snippet;

/// Tall enough for the example scenario's embedded view without scrolling
/// inside the frame from 360 px to desktop widths, for hosts that ignore
/// the height messages (measured by the end-to-end tests).
pub const FIXED_HEIGHT: u32 = 7000;

/// The `<iframe>` code for an intranet page (`link`, the compact view of
/// the scenario named `name`), and what the host must allow.
pub fn embed_snippet(link: &str, name: &str) -> Html {
    let snippet = iframe_snippet(link, name, FIXED_HEIGHT);
    html! {
        <div class="nhsuk-form-group">
            <h3 id="embed-heading">{ "Embed in an intranet page" }</h3>
            <label class="nhsuk-label" for="embed-code">{ "Code to paste into the page" }</label>
            <div class="nhsuk-hint" id="embed-code-hint">
                { "Shows this scenario in a compact calculator that people can change. If the page has a Content-Security-Policy, its frame-src must allow this calculator's address, and this calculator's server must not send frame-ancestors or X-Frame-Options that refuse the intranet. The README has the few lines of JavaScript that let the frame size itself." }
            </div>
            <textarea class="nhsuk-textarea app-share-url" id="embed-code" rows="4" readonly=true
                aria-describedby="embed-code-hint" data-testid="embed-code" value={AttrValue::from(snippet.clone())} />
            <CopyButton text={Callback::from(move |_| snippet.clone())} label="Copy embed code" testid="embed-copy-status"
                copied="Embed code copied. Paste it into the intranet page's HTML."
                refused="Your browser did not let the page copy. Select the code above and copy it." />
        </div>
    }
}
