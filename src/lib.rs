//! Pilot savings & reinvestment calculator: a pure model (`model`, `link`,
//! `format`) with a thin Yew skin (`state`, `components`, `browser`).

pub mod browser;
pub mod components;
pub mod document;
pub mod export;
pub mod format;
pub mod keep;
pub mod link;
pub mod model;
pub mod state;
pub mod storage;

/// Renders the page into `#app`, with a panic hook that tells the user what
/// happened and keeps their scenario in the address bar.
pub fn start() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        browser::show_panic();
    }));
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => yew::Renderer::<components::App>::with_root(root).render(),
        None => yew::Renderer::<components::App>::new().render(),
    };
}
