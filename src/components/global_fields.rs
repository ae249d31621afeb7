use yew::prelude::*;

use super::error_for;
use super::fold::Fold;
use super::text_field::{number_field, TextField};
use crate::model::fields::{global, NAME_MAX};
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

const ASSUMPTIONS: [&str; 9] = [
    "disc", "infl", "ob", "share", "lag", "days", "scale", "mc", "seed",
];

/// The scenario's name, population and the assumptions that apply to every line.
#[component]
pub fn GlobalFields(props: &GlobalFieldsProps) -> Html {
    let field = |key: &'static str| {
        let Some(f) = global(key) else {
            return html! {};
        };
        let oninput = props.onaction.reform(move |text| Action::SetGlobal {
            key: key.to_string(),
            text,
        });
        number_field(
            f,
            key.to_string(),
            props.draft.text(key),
            error_for(&props.errors, key),
            oninput,
        )
    };
    let onname = props.onaction.reform(|text| Action::SetGlobal {
        key: "name".to_string(),
        text,
    });
    let assumptions: Html = ASSUMPTIONS.iter().map(|key| field(key)).collect();
    let errored = ASSUMPTIONS
        .iter()
        .any(|key| error_for(&props.errors, key).is_some());
    html! {
        <>
            <fieldset class="nhsuk-fieldset">
                <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
                    <h2 class="nhsuk-fieldset__heading">{ "Your scenario" }</h2>
                </legend>
                <TextField key_name="name" label="Scenario name" numeric={false}
                    width="nhsuk-input--width-30"
                    hint={AttrValue::from(format!("Optional, up to {NAME_MAX} characters, for example Bassetlaw Primary Care Home"))}
                    value={AttrValue::from(props.draft.text("name").unwrap_or("").to_string())}
                    error={error_for(&props.errors, "name")} oninput={onname} />
                { field("pop") }
                { field("years") }
                { field("fy") }
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
