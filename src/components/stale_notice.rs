use yew::prelude::*;

use super::input_id;
use crate::model::FieldError;

#[derive(PartialEq, Properties)]
pub struct StaleNoticeProps {
    /// Every problem, shown or still being typed: the first is linked.
    pub first: FieldError,
    pub count: usize,
    /// Goes to the field: on a phone the form is another tab.
    pub onfix: Callback<String>,
}

/// Beside the figures: they are the last that were valid (SPEC §7), and
/// what they are waiting for.
#[component]
pub fn StaleNotice(props: &StaleNoticeProps) -> Html {
    let key = props.first.key.clone();
    let onclick = props.onfix.reform(move |e: MouseEvent| {
        e.prevent_default();
        key.clone()
    });
    let more = match props.count {
        0 | 1 => String::new(),
        2 => " (and 1 other)".to_string(),
        n => format!(" (and {} others)", n - 1),
    };
    html! {
        <div class="app-stale-notice" data-testid="stale-notice">
            <p class="nhsuk-body-s">
                <strong>{ "Out of date. " }</strong>
                { "These are the last figures the form gave; they update when it has no problems. " }
                <a href={format!("#{}", input_id(&props.first.key))} {onclick}>{ props.first.message.clone() }</a>
                { more }
            </p>
        </div>
    }
}
