use yew::prelude::*;

use super::input_id;
use crate::model::keys::{FieldKey, Input, LineKey};
use crate::state::Action;

#[derive(PartialEq, Properties)]
pub struct CashRadiosProps {
    pub index: usize,
    pub cash: Option<String>,
    pub error: Option<String>,
    pub onaction: Callback<Action>,
}

/// Yes or no: does the saving release cash (SPEC §2.2 `cash`)?
#[component]
pub fn CashRadios(props: &CashRadiosProps) -> Html {
    let index = props.index;
    let key = FieldKey::Line(index + 1, Input::Value(LineKey::Cash));
    let releases = props.cash.as_deref().map(str::trim) != Some("0");
    let radio = |value: &'static str, label: &'static str, checked: bool| {
        let id = if value == "1" {
            input_id(&key)
        } else {
            format!("{}-no", input_id(&key))
        };
        let onchange = props.onaction.reform(move |_: Event| Action::SetLine {
            line: index,
            input: Input::Value(LineKey::Cash),
            text: value.to_string(),
        });
        html! {
            <div class="nhsuk-radios__item">
                <input class="nhsuk-radios__input" id={id.clone()} name={key.to_string()}
                    type="radio" value={value} {checked} {onchange} />
                <label class="nhsuk-label nhsuk-radios__label" for={id}>{ label }</label>
            </div>
        }
    };
    let hint_id = format!("{}-hint", input_id(&key));
    html! {
        <div class={classes!("nhsuk-form-group", props.error.is_some().then_some("nhsuk-form-group--error"))}>
            <fieldset class="nhsuk-fieldset" aria-describedby={hint_id.clone()}>
                <legend class="nhsuk-fieldset__legend">{ "Does the saving release cash?" }</legend>
                <div class="nhsuk-hint" id={hint_id}>
                    { "Choose no where it frees capacity but no money, such as an admission avoided under a block contract" }
                </div>
                if let Some(error) = &props.error {
                    <span class="nhsuk-error-message" data-testid={format!("error-{key}")}>
                        <span class="nhsuk-u-visually-hidden">{ "Error: " }</span>{ error }
                    </span>
                }
                <div class="nhsuk-radios nhsuk-radios--inline">
                    { radio("1", "Yes, it releases cash", releases) }
                    { radio("0", "No, it frees capacity", !releases) }
                </div>
            </fieldset>
        </div>
    }
}
