//! The views module (docs/design.md): the second wasm, which draws what the
//! first figures do not need (charts, Share and keep, the examples, the
//! suggested costs, the print list) into elements the page leaves for it.
//! Fetched once the first figures are on the screen, by
//! `static/start.js`; once loaded, a view is drawn at once, in the
//! render that shows its element.

use std::cell::{Cell, RefCell};

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::Element;

#[wasm_bindgen]
extern "C" {
    /// `static/start.js`; missing where the page was not started by it
    /// (the component tests), which then draw no views.
    #[wasm_bindgen(catch, js_namespace = window, js_name = pilotSavingsModule)]
    fn load_module(name: &str) -> Result<Promise, JsValue>;
}

/// Where the views module is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Views {
    /// Not asked for yet: the first figures come first.
    Later,
    Loading,
    Loaded,
    /// Could not be fetched (offline before it ever was).
    Failed,
}

/// Something waiting for the module, told whether it loaded.
type Waiting = Box<dyn FnOnce(bool)>;

thread_local! {
    /// The views module's exports, once loaded.
    static VIEWS: RefCell<Option<JsValue>> = const { RefCell::new(None) };
    static STATE: Cell<Views> = const { Cell::new(Views::Later) };
    static WAITING: RefCell<Vec<Waiting>> = const { RefCell::new(Vec::new()) };
}

pub fn views() -> Views {
    STATE.with(Cell::get)
}

/// Fetches and starts the views module, unless it is loaded or on its
/// way: once the first figures are on the screen (never before, so the
/// first load holds none of it), and again for print after a failure.
pub fn start_views() {
    if matches!(views(), Views::Loading | Views::Loaded) {
        return;
    }
    STATE.with(|s| s.set(Views::Loading));
    spawn_local(async {
        let module = match load_module("views") {
            Ok(loading) => JsFuture::from(loading).await.ok(),
            Err(_) => None,
        };
        let loaded = module.is_some();
        VIEWS.with(|v| *v.borrow_mut() = module);
        STATE.with(|s| s.set(if loaded { Views::Loaded } else { Views::Failed }));
        for waiting in WAITING.with(|w| std::mem::take(&mut *w.borrow_mut())) {
            waiting(loaded);
        }
    });
}

/// Calls `then` with whether the module is loaded: at once when that is
/// known, else once it is.
pub fn when_views(then: impl FnOnce(bool) + 'static) {
    match views() {
        Views::Loaded => then(true),
        Views::Failed => then(false),
        Views::Later | Views::Loading => WAITING.with(|w| w.borrow_mut().push(Box::new(then))),
    }
}

/// Fetches and starts on-demand module `name` (the workbook writer), or
/// finds it started: its exports; an error when it could not be fetched
/// (offline before it ever was), tried again at the next call.
pub async fn module(name: &str) -> Result<JsValue, JsValue> {
    JsFuture::from(load_module(name)?).await
}

/// Calls `module`'s exported function `name` with `args`: what it
/// returned, or what it threw.
pub fn call(module: &JsValue, name: &str, args: &js_sys::Array) -> Result<JsValue, JsValue> {
    Reflect::get(module, &JsValue::from_str(name))?
        .dyn_into::<Function>()?
        .apply(&JsValue::NULL, args)
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
