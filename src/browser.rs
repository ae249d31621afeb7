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

/// True inside another page's `<iframe>`.
pub fn is_framed() -> bool {
    let Some(w) = window() else { return false };
    match w.parent() {
        Ok(Some(parent)) => JsValue::from(&parent) != JsValue::from(&w),
        _ => false,
    }
}

/// The message a host page listens for to size its `<iframe>` (SPEC §4).
pub const HEIGHT_MESSAGE: &str = "pilot-savings-calculator:height";

/// Tells the parent frame the page's height now and whenever it changes.
/// Sent to any origin: the height is all it says, and the calculator cannot
/// know which intranet hosts it.
pub fn report_height_to_parent() {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(w) = window() else { return };
    let Some(root) = w.document().and_then(|d| d.document_element()) else {
        return;
    };
    let last = std::rc::Rc::new(std::cell::Cell::new(-1.0_f64));
    let measure = {
        let root = root.clone();
        move || {
            let height = root.get_bounding_client_rect().height().ceil();
            if height != last.get() {
                last.set(height);
                post_height(height);
            }
        }
    };
    measure();
    let callback = Closure::<dyn FnMut()>::new(measure);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&root);
    }
    // The observer lives as long as the page.
    callback.forget();
}

fn post_height(height: f64) {
    let Some(parent) = window().and_then(|w| w.parent().ok().flatten()) else {
        return;
    };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
    let _ = parent.post_message(&message, "*");
}

/// Offers text as a file download, without a server: a Blob and a link.
pub fn download(file_name: &str, mime: &str, text: &str) -> bool {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let link = window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    let Some(link) = link else { return false };
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // The browser reads the Blob after the click returns, so it is
    // released a little later.
    gloo_timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    true
}

/// The text of the first file chosen in a file input, refusing files over
/// `max_bytes` before reading them.
pub async fn read_chosen_file(
    input: &web_sys::HtmlInputElement,
    max_bytes: f64,
    too_large: &str,
) -> Result<String, String> {
    let file = input
        .files()
        .and_then(|files| files.get(0))
        .ok_or_else(|| "Choose a file to import.".to_string())?;
    if file.size() > max_bytes {
        return Err(too_large.to_string());
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|_| "The browser could not read that file. Nothing was changed.".to_string())?;
    text.as_string()
        .ok_or_else(|| "The browser could not read that file. Nothing was changed.".to_string())
}

pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// Calls `f` with the width of element `id` once laid out and whenever it
/// changes, for the page's life. Not measured at once: that would force a
/// layout before the page is first drawn.
pub fn watch_width(id: &str, f: impl Fn(f64) + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(element) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    let measure = {
        let element = element.clone();
        move || f(f64::from(element.client_width()))
    };
    let callback = Closure::<dyn FnMut()>::new(measure);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&element);
    }
    callback.forget();
}
