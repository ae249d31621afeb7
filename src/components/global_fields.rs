use yew::prelude::*;

use super::error_for;
use super::fold::Fold;
use super::text_field::{number_field, TextField};
use crate::model::fields::NAME_MAX;
use crate::model::keys::{FieldKey, GlobalKey};
use crate::model::{Draft, FieldError};
use crate::state::Action;

#[derive(PartialEq, Properties)]
pub struct GlobalFieldsProps {
    pub draft: Draft,
    pub errors: Vec<FieldError>,
    pub onaction: Callback<Action>,
    /// The embedded view folds the assumptions away, opening them where one
    /// has an error.
    #[prop_or_default]
    pub compact: bool,
}

/// The scenario's name, population and the assumptions that apply to every line.
#[component]
pub fn GlobalFields(props: &GlobalFieldsProps) -> Html {
    let field = |key: GlobalKey| {
        let oninput = props
            .onaction
            .reform(move |text| Action::SetGlobal { key, text });
        let field = FieldKey::Global(key);
        number_field(
            key.field(),
            &field,
            props.draft.text(key),
            error_for(&props.errors, &field),
            oninput,
        )
    };
    let onname = props.onaction.reform(Action::SetName);
    let assumptions: Html = GlobalKey::assumptions()
        .iter()
        .copied()
        .map(field)
        .collect();
    let errored = GlobalKey::assumptions()
        .iter()
        .any(|key| error_for(&props.errors, &FieldKey::Global(*key)).is_some());
    html! {
        <>
            <fieldset class="nhsuk-fieldset">
                <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
                    <h2 class="nhsuk-fieldset__heading">{ "Your scenario" }</h2>
                </legend>
                <TextField field={FieldKey::Name} label="Scenario name" numeric={false}
                    width="nhsuk-input--width-30"
                    hint={AttrValue::from(format!("Optional, up to {NAME_MAX} characters, for example Bassetlaw Primary Care Home"))}
                    value={AttrValue::from(props.draft.name.clone())}
                    error={error_for(&props.errors, &FieldKey::Name)} oninput={onname} />
                { field(GlobalKey::Pop) }
                { field(GlobalKey::Years) }
                { field(GlobalKey::Fy) }
            </fieldset>
            if props.compact {
                <Fold summary="Assumptions: discount rate, gain-share and more" error={errored}>{ assumptions }</Fold>
            } else {
                <fieldset class="nhsuk-fieldset">
                    <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
                        <h2 class="nhsuk-fieldset__heading">{ "Assumptions" }</h2>
                    </legend>
                    { assumptions }
                </fieldset>
            }
        </>
    }
}
