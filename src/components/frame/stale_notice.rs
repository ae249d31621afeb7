use yew::prelude::*;

use crate::components::input_id;
use crate::model::{FieldError, FieldKey};

/// Beside the figures: they are the last that were valid (SPEC §7), and
/// what they are waiting for: the first of `count` problems, each shown
/// or still being typed, linked; `onfix` goes to its field (on a phone
/// the form is another tab). A view, not a component: it has no state.
pub fn stale_notice(first: &FieldError, count: usize, onfix: Callback<FieldKey>) -> Html {
    let key = first.key.clone();
    let onclick = onfix.reform(move |e: MouseEvent| {
        e.prevent_default();
        key.clone()
    });
    let more = match count {
        0 | 1 => String::new(),
        2 => " (and 1 other)".to_string(),
        n => format!(" (and {} others)", n - 1),
    };
    html! {
        <div class="app-stale-notice" data-testid="stale-notice">
            <p class="nhsuk-body-s">
                <strong>{ "Out of date. " }</strong>
                { "These are the last figures the form gave; they update when it has no problems. " }
                <a href={format!("#{}", input_id(&first.key))} {onclick}>{ first.message.clone() }</a>
                { more }
            </p>
        </div>
    }
}
