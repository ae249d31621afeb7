//! The views module (docs/design.md): the second wasm, which draws what the
//! first figures do not need (charts, Share and keep, the examples, the
//! suggested costs, the print list) into elements the page leaves for it.
//! Fetched once the first figures are on the screen, by
//! `static/start.js`; once loaded, a view is drawn at once, in the
//! render that shows its element.

use std::cell::RefCell;

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::Element;

#[wasm_bindgen]
extern "C" {
    /// `static/start.js`; missing where the page was not started by it
    /// (the component tests), which then draw no views.
    #[wasm_bindgen(catch, js_namespace = window, js_name = pilotSavingsModule)]
    fn load_module(name: &str) -> Result<Promise, JsValue>;
}

thread_local! {
    /// The views module's exports, once loaded.
    static VIEWS: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

/// Whether the views module is loaded, so views can be drawn now.
pub fn views_loaded() -> bool {
    VIEWS.with(|v| v.borrow().is_some())
}

/// Fetches and starts the views module, once; whether it is loaded.
pub async fn load_views() -> bool {
    if views_loaded() {
        return true;
    }
    let Ok(loading) = load_module("views") else {
        return false;
    };
    let Ok(module) = JsFuture::from(loading).await else {
        return false;
    };
    VIEWS.with(|v| *v.borrow_mut() = Some(module));
    true
}

/// One of the module's exported functions.
fn export(name: &str) -> Option<Function> {
    VIEWS.with(|v| {
        let module = v.borrow();
        Reflect::get(module.as_ref()?, &JsValue::from_str(name))
            .ok()?
            .dyn_into::<Function>()
            .ok()
    })
}

/// Draws `view` into `root` with what `json` says (`crate::views::show`),
/// when the views module is loaded; whether it was.
pub fn show_view(root: &Element, view: &str, json: &str, events: &Function, slot: u32) -> bool {
    let Some(show) = export("show") else {
        return false;
    };
    let args = js_sys::Array::of5(
        root,
        &JsValue::from_str(view),
        &JsValue::from_str(json),
        events,
        &JsValue::from(slot),
    );
    show.apply(&JsValue::NULL, &args).is_ok()
}

/// Lets go of the view drawn into `root`, which the page took away.
pub fn forget_view(root: &Element) {
    if let Some(forget) = export("forget") {
        let _ = forget.call1(&JsValue::NULL, root);
    }
}
