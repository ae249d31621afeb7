use yew::prelude::*;

use crate::components::input_id;
use crate::model::keys::FieldKey;
use crate::model::kind::KIND_HINT;
use crate::model::Kind;
use crate::state::Action;

/// Chooses what line `index` (from 0) saves (SPEC §2.2 `kind`).
pub fn kind_select(
    index: usize,
    kind: Option<Kind>,
    error: Option<String>,
    onaction: &Callback<Action>,
) -> Html {
    let key = FieldKey::Kind(index + 1);
    let id = input_id(&key);
    let onchange = onaction.reform(move |e: Event| {
        let value = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        Action::SetKind {
            line: index,
            kind: Kind::parse(&value).unwrap_or(Kind::Cost),
        }
    });
    let group = classes!(
        "nhsuk-form-group",
        error.is_some().then_some("nhsuk-form-group--error")
    );
    html! {
        <div class={group}>
            <label class="nhsuk-label" for={id.clone()}>{ "What does this line save?" }</label>
            <div class="nhsuk-hint" id={format!("{id}-hint")}>{ KIND_HINT }</div>
            if let Some(error) = &error {
                <span class="nhsuk-error-message" id={format!("{id}-error")} data-testid={format!("error-{key}")}>
                    <span class="nhsuk-u-visually-hidden">{ "Error: " }</span>{ error }
                </span>
            }
            <select class="nhsuk-select" id={id.clone()} name={key.to_string()} {onchange}
                aria-describedby={described_by(&id, error.is_some())}>
                if kind.is_none() {
                    <option value="" selected=true>{ "Choose a kind of line" }</option>
                }
                { for Kind::ALL.iter().map(|k| html! {
                    <option value={k.key()} selected={kind == Some(*k)}>{ k.describe() }</option>
                }) }
            </select>
        </div>
    }
}

/// The hint, and the error where there is one.
pub fn described_by(id: &str, error: bool) -> String {
    if error {
        format!("{id}-hint {id}-error")
    } else {
        format!("{id}-hint")
    }
}
