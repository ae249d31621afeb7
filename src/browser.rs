//! The few places the page touches the browser outside Yew: the address
//! bar, the ready flag, the clipboard, focus, and the panic message.
//! Every call tolerates a missing or refusing browser API.

use std::cell::RefCell;

use wasm_bindgen::JsValue;

thread_local! {
    /// The newest query string, so the panic hook can keep the scenario
    /// even when the debounced address-bar update has not run yet.
    static LATEST_QUERY: RefCell<String> = const { RefCell::new(String::new()) };
}

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The query string the page was opened with, without `?`.
pub fn location_query() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .map(|s| s.trim_start_matches('?').to_string())
        .unwrap_or_default()
}

pub fn remember_query(query: &str) {
    LATEST_QUERY.with(|q| query.clone_into(&mut q.borrow_mut()));
}

/// Puts the scenario in the address bar without a new history entry.
/// Skips identical URLs, and swallows the error browsers throw when
/// `replaceState` is called too often.
pub fn replace_query(query: &str) {
    let Some(w) = window() else { return };
    let current = w.location().search().unwrap_or_default();
    if current.trim_start_matches('?') == query {
        return;
    }
    if let Ok(history) = w.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("?{query}")));
    }
}

/// The full address of the page with this query: the share link.
pub fn link_for(query: &str) -> String {
    let Some(w) = window() else {
        return format!("?{query}");
    };
    let location = w.location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}?{query}")
}

/// SPEC §8: tells tests the first render with results is done.
pub fn mark_ready() {
    if let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-ready", "1");
    }
}

pub fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    let element = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        element.scroll_into_view();
        let _ = element.focus();
    }
}

/// Copies text; false where the browser has no clipboard for this page
/// (plain http on an intranet, or a policy), so the caller can say so.
pub async fn copy(text: &str) -> bool {
    let Some(w) = window() else { return false };
    let clipboard = w.navigator().clipboard();
    if JsValue::from(&clipboard).is_undefined() {
        return false;
    }
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .is_ok()
}

/// Shows what happened and puts the latest scenario in the address bar, so
/// reloading the page brings the user's work back.
pub fn show_panic() {
    LATEST_QUERY.with(|q| replace_query(&q.borrow()));
    let message = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app-panic"));
    if let Some(message) = message {
        let _ = message.remove_attribute("hidden");
    }
}
