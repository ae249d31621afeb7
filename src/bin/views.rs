//! The views module: a second wasm that the page fetches once its first
//! figures are drawn (docs/design.md). It draws the views the first
//! figures do not need — the charts (with plotters' SVG backend), "Share
//! and keep", the examples, the suggested national costs and the list of
//! what was entered for print — into elements the page leaves for them,
//! so none of it is in the page's first load.

#[cfg(target_arch = "wasm32")]
mod exports {
    use pilot_savings::messages::events::Events;
    use wasm_bindgen::prelude::wasm_bindgen;

    /// Draws `view` into `root` with what `json` says (or draws it again);
    /// it answers to the page through `events`, naming `slot`.
    #[wasm_bindgen]
    pub fn show(
        root: web_sys::Element,
        view: &str,
        json: &str,
        events: js_sys::Function,
        slot: u32,
    ) {
        let events = Events {
            function: events,
            slot,
        };
        pilot_savings::views::show(root, view, json, events);
    }

    /// The page took `root` away.
    #[wasm_bindgen]
    pub fn forget(root: web_sys::Element) {
        pilot_savings::views::forget(root);
    }
}

fn main() {
    // Nothing to start: the page calls the exports once this module is
    // loaded.
}
