use yew::prelude::*;

use crate::components::error_for;
use crate::components::form::range_inputs::RangeInputs;
use crate::components::form::text_field::{number_field, TextField};
use crate::components::widgets::fold::Fold;
use crate::model::equity::check_imd;
use crate::model::fields::NAME_MAX;
use crate::model::keys::{End, FieldKey, GlobalKey};
use crate::model::number::plain;
use crate::model::{Draft, FieldError};
use crate::state::Action;

pub struct GlobalFieldsProps {
    pub draft: Draft,
    pub errors: Vec<FieldError>,
    pub onaction: Callback<Action>,
    /// The embedded view folds the assumptions away, opening them where one
    /// has an error.
    pub compact: bool,
}

/// The scenario's name, population and the assumptions that apply to every line.
pub fn global_fields(props: &GlobalFieldsProps) -> Html {
    let field = |key: GlobalKey| {
        let oninput = props
            .onaction
            .reform(move |text| Action::SetGlobal { key, text });
        let field = FieldKey::Global(key);
        let end = |end: End| {
            props
                .draft
                .end(key, end)
                .map(|t| AttrValue::from(t.to_string()))
        };
        let end_error = |end: End| error_for(&props.errors, &FieldKey::GlobalEnd(key, end));
        let onend = props
            .onaction
            .reform(move |(end, text)| Action::SetGlobalEnd { key, end, text });
        html! {
            <>
                { number_field(key.field(), &field, props.draft.text(key), error_for(&props.errors, &field), oninput) }
                if key.can_range() {
                    <RangeInputs field={field.clone()} lo={end(End::Low)} hi={end(End::High)}
                        lo_error={end_error(End::Low)} hi_error={end_error(End::High)} oninput={onend} />
                }
            </>
        }
    };
    let onname = props.onaction.reform(Action::SetName);
    // Who gets the saving, grouped so that the deal's terms read together.
    let assumptions: Html = GlobalKey::assumptions()
        .iter()
        .map(|key| {
            let heading = match key {
                GlobalKey::Share => Some("Gain-share: who gets the saving"),
                GlobalKey::Days => Some("Working days, scale-up and random draws"),
                _ => None,
            };
            html! {
                <>
                    if let Some(heading) = heading {
                        <h3 class="nhsuk-heading-s app-subheading">{ heading }</h3>
                    }
                    { field(*key) }
                </>
            }
        })
        .collect();
    let onimd = props.onaction.reform(|text| Action::SetText {
        field: FieldKey::Imd,
        text,
    });
    let assumptions = html! {
        <>
            { assumptions }
            <h3 class="nhsuk-heading-s app-subheading">{ "Who benefits: deprivation" }</h3>
            <TextField field={FieldKey::Imd} label="Population in each deprivation fifth (%)" numeric={false}
                width="nhsuk-input--width-20" hint={AttrValue::from(imd_hint(&props.draft.imd))}
                value={AttrValue::from(props.draft.imd.clone())}
                error={error_for(&props.errors, &FieldKey::Imd)} oninput={onimd} />
        </>
    };
    let errored = props.errors.iter().any(|e| match e.key {
        FieldKey::Global(key) | FieldKey::GlobalEnd(key, _) => {
            GlobalKey::assumptions().contains(&key)
        }
        FieldKey::Imd => true,
        _ => false,
    });
    html! {
        <>
            <fieldset class="nhsuk-fieldset">
                <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
                    <h2 class="nhsuk-fieldset__heading">{ "Your scenario" }</h2>
                </legend>
                <TextField field={FieldKey::Name} label="Scenario name" numeric={false}
                    width="nhsuk-input--width-30"
                    hint={AttrValue::from(format!("Optional, up to {NAME_MAX} characters, for example Eastside neighbourhood, dermatology pilot"))}
                    value={AttrValue::from(props.draft.name.clone())}
                    error={error_for(&props.errors, &FieldKey::Name)} oninput={onname} />
                { field(GlobalKey::Pop) }
                { field(GlobalKey::Years) }
                { field(GlobalKey::Fy) }
            </fieldset>
            if props.compact {
                <Fold summary="Assumptions: discount rate, gain-share and more" error={errored}>{ assumptions }</Fold>
            } else {
                <fieldset class="nhsuk-fieldset app-folds-embedded">
                    <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
                        <h2 class="nhsuk-fieldset__heading">{ "Assumptions" }</h2>
                    </legend>
                    { assumptions }
                </fieldset>
            }
        </>
    }
}

/// What `imd` wants, and a note when the shares given are scaled to 100.
fn imd_hint(text: &str) -> String {
    let hint = "Optional: five percentages, most deprived fifth first, adding up to 100, from the national Index of Multiple Deprivation for your population (say which version, such as IMD 2019, in your business case). Left empty, England: 20% in each";
    match check_imd(text) {
        Ok(Some(q)) if q.iter().sum::<f64>() != 100.0 => format!(
            "{hint}. These add up to {}%: they are scaled to 100%",
            plain(q.iter().sum::<f64>())
        ),
        _ => hint.to_string(),
    }
}
