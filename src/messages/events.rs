//! What a view drawn by the views module asks of the page. The module and
//! the page are two wasm instances, so they talk through one JavaScript
//! function the page hands over (`components::widgets::view_slot`):
//! `(slot, kind, a, b) → answer`, in text — a saved list as
//! `keep::write_saved` writes it, a scenario as its query.

use js_sys::Function;
use wasm_bindgen::JsValue;

use crate::keep::{write_saved, Saved};

/// Share and keep: the saved list now, as stored (the answer).
pub const SAVED: &str = "saved";
/// Share and keep: the saved list as stored after a change.
pub const LIST: &str = "list";
/// Share and keep: open a saved scenario (its name and query).
pub const OPEN: &str = "open";
/// Share and keep: open a scenario file, as the keys and values it holds
/// and the keys whose values could not be read (each a query string).
pub const IMPORT: &str = "import";
/// Share and keep: draw every chart for paper, then print.
pub const PRINT: &str = "print";
/// An example: add its lines (their query) to the scenario.
pub const ADD: &str = "add";
/// An example: replace the scenario with it (its query and title).
pub const REPLACE: &str = "replace";
/// A suggested national cost: put this figure in the box.
pub const PICK: &str = "pick";
/// Evidence over time: "Use these figures" (the line's position from 0,
/// and its inputs as `base=26&after=6`).
pub const USE: &str = "use";
/// Who gains: agree the deal (the hospital's gain-share, as typed).
pub const DEAL: &str = "deal";
/// A line's monthly counts or deprivation inputs: this text typed into
/// the input of this link name.
pub const SET: &str = "set";

/// The page's function, and the slot the view is drawn in.
#[derive(Clone, Debug)]
pub struct Events {
    pub function: Function,
    pub slot: u32,
}

impl PartialEq for Events {
    fn eq(&self, other: &Events) -> bool {
        self.slot == other.slot && JsValue::from(&self.function) == JsValue::from(&other.function)
    }
}

impl Events {
    /// Asks the page; its answer, if any.
    pub fn send(&self, kind: &str, a: &str, b: &str) -> Option<String> {
        let args = js_sys::Array::of4(
            &JsValue::from(self.slot),
            &JsValue::from_str(kind),
            &JsValue::from_str(a),
            &JsValue::from_str(b),
        );
        self.function.apply(&JsValue::NULL, &args).ok()?.as_string()
    }

    pub fn list(&self, list: &[Saved]) {
        self.send(LIST, &write_saved(list), "");
    }

    pub fn open(&self, saved: &Saved) {
        self.send(OPEN, &saved.name, &saved.query);
    }
}
