//! The few places the page touches the browser outside Yew: the address
//! bar, the ready flags, the clipboard, focus, media queries and the panic
//! message; the parent frame in `frame`, files in `files`. Every call
//! tolerates a missing or refusing browser API.

mod files;
mod frame;
pub mod modules;

pub use files::{download, download_bytes, read_chosen_file};
pub use frame::{is_framed, report_height_to_parent};

use std::cell::RefCell;

use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    /// The newest query string, so the panic hook can keep the scenario
    /// even when the debounced address-bar update has not run yet.
    static LATEST_QUERY: RefCell<String> = const { RefCell::new(String::new()) };
}

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The scenario the address holds, without `?` or `#`: the fragment when
/// it holds `v=`, else the query (SPEC §3).
pub fn location_scenario() -> String {
    let Some(location) = window().map(|w| w.location()) else {
        return String::new();
    };
    let (search, hash) = (
        location.search().unwrap_or_default(),
        location.hash().unwrap_or_default(),
    );
    crate::link::scenario_of(&search, &hash).to_string()
}

pub fn remember_query(query: &str) {
    LATEST_QUERY.with(|q| query.clone_into(&mut q.borrow_mut()));
}

/// Puts the scenario in the address bar, in the query or after `#` as its
/// share link does, without a new history entry. Skips identical URLs, and
/// swallows the error browsers throw when `replaceState` is called too
/// often.
pub fn replace_query(query: &str) {
    let Some(w) = window() else { return };
    let link = link_for(query);
    if w.location().href().is_ok_and(|href| href == link) {
        return;
    }
    if let Ok(history) = w.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&link));
    }
}

/// The full address of the page with this query: the share link, with the
/// scenario after `#` when the query would be too long for a server.
pub fn link_for(query: &str) -> String {
    let Some(w) = window() else {
        return crate::link::address("", query);
    };
    let location = w.location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    crate::link::address(&format!("{origin}{path}"), query)
}

/// After the fragment changed in place (a link pasted into this tab's
/// address bar, Back or Forward): another scenario is opened as a fresh
/// page would open it; anything else after `#` (an in-page link) gives way
/// to the scenario again, so the address still holds it.
pub fn follow_fragment() {
    let Some(w) = window() else { return };
    let hash = w.location().hash().unwrap_or_default();
    let latest = LATEST_QUERY.with(|q| q.borrow().clone());
    if crate::link::holds_version(hash.trim_start_matches('#')) {
        if location_scenario() != latest {
            let _ = w.location().reload();
        }
    } else if link_for(&latest).contains('#') {
        replace_query(&latest);
    }
}

/// Calls `f` once, in the task after the next frame is painted: a timeout
/// set from an animation frame, which runs once that frame is on the
/// screen. Where frames are held back (a tab or a frame out of sight), a
/// quarter of a second later at most.
pub fn after_paint(f: impl FnOnce() + 'static) {
    let once = std::rc::Rc::new(RefCell::new(Some(f)));
    let run = move || {
        if let Some(f) = once.borrow_mut().take() {
            f();
        }
    };
    let (painted, held_back) = (run.clone(), run);
    let after_frame = wasm_bindgen::closure::Closure::once_into_js(move || {
        gloo_timers::callback::Timeout::new(0, painted).forget();
    });
    if let Some(w) = window() {
        let _ = w.request_animation_frame(after_frame.unchecked_ref());
    }
    gloo_timers::callback::Timeout::new(250, held_back).forget();
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

/// SPEC §7: the figures shown are the last valid ones, out of date until
/// the form's problems are fixed.
pub fn mark_stale(stale: bool) {
    set_root_flag("data-stale", stale);
}

/// For tests: the address bar and the autosave hold the scenario on the
/// page (or have refused it), once typing has paused.
pub fn mark_settled(settled: bool) {
    set_root_flag("data-settled", settled);
}

/// SPEC §8: the Monte Carlo figures for the inputs on the page are shown
/// (or there are none to wait for).
pub fn mark_mc_ready(ready: bool) {
    set_root_flag("data-mc-ready", ready);
}

fn set_root_flag(name: &str, on: bool) {
    let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = if on {
        root.set_attribute(name, "1")
    } else {
        root.remove_attribute(name)
    };
}

/// Whether a media query matches now; false where the browser cannot say.
pub fn media_matches(query: &str) -> bool {
    window()
        .and_then(|w| w.match_media(query).ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Calls `f` whenever the media query starts or stops matching, for the
/// page's life.
pub fn watch_media(query: &str, f: impl Fn(bool) + 'static) {
    let Some(list) = window().and_then(|w| w.match_media(query).ok().flatten()) else {
        return;
    };
    let watched = list.clone();
    gloo_events::EventListener::new(&list, "change", move |_| f(watched.matches())).forget();
}

/// Where the focused field's top is in the window, if a field has focus.
pub fn focused_top() -> Option<f64> {
    let active = window()?.document()?.active_element()?;
    matches!(active.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA")
        .then(|| active.get_bounding_client_rect().top())
}

/// Scrolls the window so that the focused field is back at `top`.
pub fn keep_focused_at(top: f64) {
    let Some(now) = focused_top() else { return };
    let moved = now - top;
    if moved.abs() >= 1.0 {
        if let Some(w) = window() {
            w.scroll_by_with_x_and_y(0.0, moved);
        }
    }
}

/// Focuses element `id` once the page has drawn what was just changed.
pub fn focus_soon(id: &str) {
    let id = id.to_string();
    gloo_timers::callback::Timeout::new(0, move || focus_quietly(&id)).forget();
}

/// Focuses element `id`, scrolling only as far as the browser must.
fn focus_quietly(id: &str) {
    use wasm_bindgen::JsCast;
    let element = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
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

/// Calls `f` on each of the window's `event`s, for the page's life.
pub fn on_window(event: &'static str, f: impl Fn() + 'static) {
    if let Some(w) = window() {
        gloo_events::EventListener::new(&w, event, move |_| f()).forget();
    }
}

pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// Watches an element's width until dropped.
pub struct Watching {
    observer: web_sys::ResizeObserver,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut()>,
}

impl Drop for Watching {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Calls `f` with the width of element `id` once laid out and whenever it
/// changes, while the returned watch is kept. Not measured at once: that
/// would force a layout before the page is first drawn.
pub fn watch_width(id: &str, f: impl Fn(f64) + 'static) -> Option<Watching> {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let element = window()?.document()?.get_element_by_id(id)?;
    let measure = {
        let element = element.clone();
        move || f(f64::from(element.client_width()))
    };
    let callback = Closure::<dyn FnMut()>::new(measure);
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&element);
    Some(Watching {
        observer,
        _callback: callback,
    })
}

/// The financial year of today's date, by the user's clock: what a new
/// scenario starts in.
pub fn this_financial_year() -> i32 {
    let today = js_sys::Date::new_0();
    crate::model::year::financial_year_on(today.get_full_year() as i32, today.get_month() + 1)
}
