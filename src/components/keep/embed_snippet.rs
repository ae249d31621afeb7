use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::keep::copy_button::CopyButton;
use crate::export::iframe_snippet;

/// The frame's height, for hosts that cannot size it (issue 29): what the
/// embedded view would be at this page's width, a quarter more for a
/// narrower frame, rounded up to 100 px, at least `LEAST` (about the
/// results beside a short form).
const LEAST: f64 = 3400.0;

/// What a folded part keeps: its summary line.
const FOLD: f64 = 56.0;

/// This page less what the embedded view leaves out (the site's header
/// and footer, the examples) and less what it folds, marked by classes
/// in the form, since the page cannot frame itself to measure it (its
/// policy allows no frames).
fn height_now() -> u32 {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return LEAST as u32;
    };
    let heights = |selector: &str| -> Vec<f64> {
        let Ok(found) = document.query_selector_all(selector) else {
            return Vec::new();
        };
        (0..found.length())
            .filter_map(|i| found.item(i))
            .filter_map(|node| node.dyn_into::<web_sys::Element>().ok())
            .map(|e| e.get_bounding_client_rect().height())
            .collect()
    };
    let page = document
        .document_element()
        .map_or(0.0, |e| f64::from(e.scroll_height()));
    let left_out: f64 = heights(".app-header, .app-footer, .app-not-embedded")
        .iter()
        .sum();
    let folded: f64 = heights(".app-folds-embedded")
        .iter()
        .map(|h| (h - FOLD).max(0.0))
        .sum();
    let embedded = (page - left_out - folded).max(LEAST) * 1.25;
    ((embedded / 100.0).ceil() * 100.0) as u32
}

/// The `<iframe>` code for an intranet page (`link`, the compact view of
/// the scenario named `name`), and what the host must allow.
pub fn embed_snippet(link: &str, name: &str) -> Html {
    let height = height_now();
    let snippet = iframe_snippet(link, name, height);
    let sized = format!("The frame is as tall as the embedded calculator is at this width, with room to spare: {} px; a much narrower frame is taller, so change height=\"{height}\" to suit if the intranet page cannot run the few lines of JavaScript in the README that let the frame size itself.", crate::format::number(f64::from(height), 0));
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
