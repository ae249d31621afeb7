use yew::prelude::*;

use crate::browser;

/// A message appearing above the field being typed in (or the error
/// summary at the top) must not move that field: where the page's messages
/// change, the window scrolls by as much as the field moved (SPEC §7).
#[hook]
pub fn use_steady_focus(changing: bool) {
    let before = use_mut_ref(|| None::<f64>);
    if changing {
        *before.borrow_mut() = browser::focused_top();
    }
    use_effect(move || {
        if let Some(top) = before.borrow_mut().take() {
            browser::keep_focused_at(top);
        }
    });
}
