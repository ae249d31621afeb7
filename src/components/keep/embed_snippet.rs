use yew::prelude::*;

use crate::components::keep::copy_button::CopyButton;
use crate::export::iframe_snippet;

/// The frame's height, for hosts that cannot size it: the height this page
/// has now (issue 29), rounded up to 100 px, at least `LEAST`.
const LEAST: u32 = 1000;

/// Beside the form, the results column scrolls on its own: its whole
/// height counts too.
fn height_now() -> u32 {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return LEAST;
    };
    let tall = |selector: &str| {
        document
            .query_selector(selector)
            .ok()
            .flatten()
            .map_or(0, |e| e.scroll_height().max(0) as u32)
    };
    let page = document
        .document_element()
        .map_or(0, |e| e.scroll_height().max(0) as u32);
    let results = tall(".app-results-column__head") + tall(".app-results-column__body");
    page.max(results)
        .div_ceil(100)
        .saturating_mul(100)
        .max(LEAST)
}

/// The `<iframe>` code for an intranet page (`link`, the compact view of
/// the scenario named `name`), and what the host must allow.
pub fn embed_snippet(link: &str, name: &str) -> Html {
    let height = height_now();
    let snippet = iframe_snippet(link, name, height);
    let sized = format!("The frame is as tall as this page is now, {} px; a narrower frame is taller, so change height=\"{height}\" to suit if the intranet page cannot run the few lines of JavaScript in the README that let the frame size itself.", crate::format::number(f64::from(height), 0));
    html! {
        <div class="nhsuk-form-group">
            <h3 id="embed-heading">{ "Embed in an intranet page" }</h3>
            <label class="nhsuk-label" for="embed-code">{ "Code to paste into the page" }</label>
            <div class="nhsuk-hint" id="embed-code-hint">
                { "Shows this scenario in a compact calculator that people can change. If the page has a Content-Security-Policy, its frame-src must allow this calculator's address, and this calculator's server must not send frame-ancestors or X-Frame-Options that refuse the intranet. " }
                { sized }
            </div>
            <textarea class="nhsuk-textarea app-share-url" id="embed-code" rows="4" readonly=true
                aria-describedby="embed-code-hint" data-testid="embed-code" value={AttrValue::from(snippet.clone())} />
            <CopyButton text={Callback::from(move |_| snippet.clone())} label="Copy embed code" testid="embed-copy-status"
                copied="Embed code copied. Paste it into the intranet page's HTML."
                refused="Your browser did not let the page copy. Select the code above and copy it." />
        </div>
    }
}
