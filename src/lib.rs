//! Pilot savings & reinvestment calculator: pure parts (`model`, `link`,
//! `format`, `document`, `keep`, `export`), built and tested natively, with
//! a thin Yew skin (`state`, `components`, `browser`, `storage`) that only
//! builds for the browser.

#[cfg(target_arch = "wasm32")]
pub mod browser;
pub mod case;
pub mod chart;
#[cfg(target_arch = "wasm32")]
pub mod components;
pub mod document;
pub mod export;
pub mod format;
#[cfg(target_arch = "wasm32")]
pub mod hooks;
pub mod keep;
pub mod link;
#[cfg(target_arch = "wasm32")]
pub mod messages;
pub mod model;
#[cfg(target_arch = "wasm32")]
pub mod opening;
pub mod presets;
#[cfg(target_arch = "wasm32")]
pub mod state;
pub mod text;
pub mod unit_costs;
#[cfg(target_arch = "wasm32")]
pub mod views;
pub mod words;
pub mod workbook;

/// Renders the page into `#app`, with a panic hook that tells the user what
/// happened and keeps their scenario in the address bar.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        browser::show_panic();
    }));
    let document = web_sys::window().and_then(|w| w.document());
    // Only a release build keeps itself offline (static/start.js): under
    // `make serve` a cached page would hide each rebuild.
    if let Some(html) = document.as_ref().and_then(|d| d.document_element()) {
        if !cfg!(debug_assertions) {
            let _ = html.set_attribute("data-offline", "1");
        }
    }
    let root = document.and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => yew::Renderer::<components::frame::app::App>::with_root(root).render(),
        None => yew::Renderer::<components::frame::app::App>::new().render(),
    };
}
