use yew::prelude::*;

use crate::components::form::text_field::TextField;
use crate::components::{error_for, input_id};
use crate::model::equity::EquityKey;
use crate::model::{FieldError, FieldKey, LineDraft};
use crate::state::Action;

/// The suggested gradients, each with its source and year (SPEC §2.11).
const GRAD_HINT: &str = "One number: the rate in the most deprived fifth as a multiple of the least deprived\u{2019}s (1 is the same everywhere); or five relative rates, most deprived first. Suggested: avoidable (chronic ambulatory care sensitive) emergency admissions 2.5 (Asaria and others, J Epidemiol Community Health 2016, England 2011/12); all emergency admissions 1.5 (Asaria, Doran and Cookson 2016; NHS Digital HES 2019/20); A&E attendances 1.7 (NHS Digital A&E activity 2019/20 and 2020/21); first outpatient attendances and referrals 1 (NHS Digital outpatient activity 2019/20: nearly flat)";
const REACH_HINT: &str = "Five weights, most deprived first, for each event before the pilot. Leave empty for the same proportional fall in every fifth; 2,1.5,1,1,1 for a service that reaches the most deprived twice as well as most";
const HEALTH_HINT: &str = "Yes for avoidable emergency admissions or falls. No for referrals or attendances: fewer of those is a change in the use of a service, not by itself a gain in health";

/// A `rate` or `count` line's deprivation inputs (SPEC §2.11), folded away
/// until wanted; open when one is given or has a problem. A joined line
/// takes its gradient from its events' line.
pub fn equity_fields(
    index: usize,
    line: &LineDraft,
    errors: &[FieldError],
    onaction: &Callback<Action>,
) -> Html {
    let n = index + 1;
    let key = |k: EquityKey| FieldKey::Equity(n, k);
    let set = |k: EquityKey| {
        onaction.reform(move |text: String| Action::SetText {
            field: FieldKey::Equity(n, k),
            text,
        })
    };
    let error = |k: EquityKey| error_for(errors, &key(k));
    let given = EquityKey::ALL
        .iter()
        .any(|k| !line.equity_text(*k).trim().is_empty());
    let open = given || EquityKey::ALL.iter().any(|k| error(*k).is_some());
    let field = |k: EquityKey, hint: &'static str| {
        html! {
            <TextField field={key(k)} label={k.label()} hint={AttrValue::Static(hint)} numeric={false}
                width="nhsuk-input--width-20" value={AttrValue::from(line.equity_text(k).to_string())}
                error={error(k)} oninput={set(k)} />
        }
    };
    html! {
        <crate::components::widgets::fold::Fold summary="Who benefits: how this line\u{2019}s events spread over deprivation" error={open}>
            <p class="nhsuk-body-s">
                { "Optional. Say how the rate differs between the most and least deprived fifths of England (the Index of Multiple Deprivation), and whom the pilot reaches: the results then show who benefits and whether the gap narrows. Totals do not change." }
            </p>
            if line.with.trim().is_empty() {
                { field(EquityKey::Grad, GRAD_HINT) }
            }
            { field(EquityKey::Reach, REACH_HINT) }
            { health_radios(&key(EquityKey::Health), line.equity_text(EquityKey::Health), error(EquityKey::Health), set(EquityKey::Health)) }
        </crate::components::widgets::fold::Fold>
    }
}

/// `health` as two radios: "1" a gain in health, empty (or "0") a change
/// in use.
fn health_radios(
    field: &FieldKey,
    text: &str,
    error: Option<String>,
    onset: Callback<String>,
) -> Html {
    let health = text.trim() == "1";
    let radio = |value: bool, label: &'static str| {
        let id = match value {
            false => input_id(field),
            true => format!("{}-yes", input_id(field)),
        };
        let onchange = onset.reform(move |_: Event| if value { "1" } else { "" }.to_string());
        html! {
            <div class="nhsuk-radios__item">
                <input class="nhsuk-radios__input" id={id.clone()} name={field.to_string()} type="radio"
                    checked={health == value} {onchange} />
                <label class="nhsuk-label nhsuk-radios__label" for={id}>{ label }</label>
            </div>
        }
    };
    html! {
        <div class={classes!("nhsuk-form-group", error.is_some().then_some("nhsuk-form-group--error"))}>
            <fieldset class="nhsuk-fieldset" aria-describedby={format!("{}-hint", input_id(field))}>
                <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{ EquityKey::Health.label() }</legend>
                <div class="nhsuk-hint" id={format!("{}-hint", input_id(field))}>{ HEALTH_HINT }</div>
                if let Some(error) = &error {
                    <span class="nhsuk-error-message" data-testid={format!("error-{field}")}>
                        <span class="nhsuk-u-visually-hidden">{ "Error: " }</span>{ error }
                    </span>
                }
                <div class="nhsuk-radios nhsuk-radios--inline">
                    { radio(false, "No: a change in the use of a service") }
                    { radio(true, "Yes: a gain in health") }
                </div>
            </fieldset>
        </div>
    }
}
