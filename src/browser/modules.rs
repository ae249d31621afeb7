//! The modules the page fetches on demand (docs/design.md): the charts
//! module, which draws every chart, fetched once the first figures are on
//! the screen. Loaded by `static/modules.js`; once loaded, a chart is drawn
//! at once, in the render that shows it.

use std::cell::RefCell;

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::chart::Drawing;

#[wasm_bindgen(module = "/static/modules.js")]
extern "C" {
    #[wasm_bindgen(js_name = loadModule)]
    fn load_module(name: &str) -> Promise;
}

thread_local! {
    /// The charts module's `draw`, once loaded.
    static DRAW: RefCell<Option<Function>> = const { RefCell::new(None) };
}

/// Whether charts can be drawn now.
pub fn charts_loaded() -> bool {
    DRAW.with(|d| d.borrow().is_some())
}

/// Fetches and starts the charts module, once; whether it is loaded.
pub async fn load_charts() -> bool {
    if charts_loaded() {
        return true;
    }
    let Ok(module) = JsFuture::from(load_module("charts")).await else {
        return false;
    };
    let draw = Reflect::get(&module, &JsValue::from_str("draw"))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok());
    let loaded = draw.is_some();
    DRAW.with(|d| *d.borrow_mut() = draw);
    loaded
}

/// The chart as SVG text, when the charts module is loaded.
pub fn draw_chart(drawing: &Drawing) -> Option<String> {
    let json = serde_json::to_string(drawing).ok()?;
    DRAW.with(|d| {
        let draw = d.borrow();
        let svg = draw
            .as_ref()?
            .call1(&JsValue::NULL, &JsValue::from_str(&json));
        svg.ok()?.as_string().filter(|s| !s.is_empty())
    })
}
