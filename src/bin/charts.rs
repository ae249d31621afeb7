//! The charts module: a second, small wasm that the page fetches after its
//! first figures are drawn (docs/design.md). It draws a chart the page
//! describes (`chart::Drawing`, as JSON) into SVG text with plotters' SVG
//! backend, which is why plotters is not in the page's first load.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::wasm_bindgen;

/// A chart as SVG text; empty when `drawing` is not one.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub fn draw(drawing: &str) -> String {
    pilot_savings::chart::draw::render_json(drawing)
}

fn main() {
    // Nothing to start: the page calls `draw` once this module is loaded.
}
