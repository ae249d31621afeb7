use yew::prelude::*;

use crate::components::form::range_inputs::RangeInputs;
use crate::components::form::text_field::number_field;
use crate::components::input_id;
use crate::model::fields::{PaymentRule, PAYMENT_RULES};
use crate::model::keys::{End, FieldKey, Input, LineKey};
use crate::model::validate::check_field;
use crate::model::LineDraft;
use crate::state::Action;

#[derive(PartialEq, Properties)]
pub struct PaymentRadiosProps {
    /// The line's position, from 0.
    pub index: usize,
    pub line: LineDraft,
    /// Messages for `paid`, its range, and an older link's `cash`.
    pub errors: Vec<crate::model::FieldError>,
    pub onaction: Callback<Action>,
}

/// "How is this activity paid for?" (SPEC §2.6.1 `paid`): the payment
/// rules of the NHS Payment Scheme, or another share typed in. An older link's bad `cash` is said
/// here, and choosing a rule replaces it.
#[component]
pub fn PaymentRadios(props: &PaymentRadiosProps) -> Html {
    let index = props.index;
    let n = index + 1;
    let key = FieldKey::Line(n, Input::Value(LineKey::Paid));
    let typed = props.line.value(LineKey::Paid);
    let rule = match check_field(LineKey::Paid.field(), typed, "") {
        Ok(Some(paid)) => PaymentRule::of(paid),
        _ => None,
    };
    // "Another share" stays chosen while its figure is typed, even when
    // the figure is one of the rules' own.
    let other = use_state(|| rule.is_none());
    let chosen_other = *other || rule.is_none();
    let set_paid = move |text: String| Action::SetLine {
        line: index,
        input: Input::Value(LineKey::Paid),
        text,
    };
    let error = |key: &FieldKey| crate::components::error_for(&props.errors, key);
    let cash_error = error(&FieldKey::Line(n, Input::Value(LineKey::Cash)));
    let radio =
        |id: String, label: &'static str, hint: Html, checked: bool, onchange: Callback<Event>| {
            let hint_id = format!("{id}-item-hint");
            html! {
                <div class="nhsuk-radios__item">
                    <input class="nhsuk-radios__input" id={id.clone()} name={key.to_string()}
                        type="radio" {checked} {onchange} aria-describedby={hint_id.clone()} />
                    <label class="nhsuk-label nhsuk-radios__label" for={id}>{ label }</label>
                    <div class="nhsuk-hint nhsuk-radios__hint" id={hint_id}>{ hint }</div>
                </div>
            }
        };
    let rules = PAYMENT_RULES.iter().enumerate().map(|(i, r)| {
        // The typed share's box is `input-lN.paid`; an older link's bad
        // `cash`, said here, is fixed by choosing a rule, so its error
        // links to the first.
        let id = match &cash_error {
            Some(_) if i == 0 => input_id(&FieldKey::Line(n, Input::Value(LineKey::Cash))),
            _ => format!("{}-{}", input_id(&key), r.paid),
        };
        let onchange = {
            let (other, onaction, paid) = (other.clone(), props.onaction.clone(), r.paid);
            Callback::from(move |_: Event| {
                other.set(false);
                onaction.emit(set_paid_text(index, paid));
            })
        };
        radio(
            id,
            r.label,
            html! { <>{ r.applies }<br />{ format!("Source: {}.", r.source) }</> },
            !chosen_other && rule == Some(r),
            onchange,
        )
    });
    let on_other = {
        let other = other.clone();
        Callback::from(move |_: Event| other.set(true))
    };
    let oninput = props.onaction.reform(set_paid);
    let onend = props
        .onaction
        .reform(move |(end, text): (End, String)| Action::SetLine {
            line: index,
            input: Input::End(LineKey::Paid, end),
            text,
        });
    let end = |e: End| {
        props
            .line
            .text(Input::End(LineKey::Paid, e))
            .map(|t| AttrValue::from(t.to_string()))
    };
    let end_error = |e: End| error(&FieldKey::Line(n, Input::End(LineKey::Paid, e)));
    let hint_id = format!("{}-hint", input_id(&key));
    html! {
        <>
            <div class={classes!("nhsuk-form-group", cash_error.is_some().then_some("nhsuk-form-group--error"))}>
                <fieldset class="nhsuk-fieldset" aria-describedby={hint_id.clone()}>
                    <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{ "How is this activity paid for?" }</legend>
                    <div class="nhsuk-hint" id={hint_id}>
                        { "This decides how much of the saving the commissioner (the ICB) stops paying, and so how much the hospital loses in income. The rules are the NHS Payment Scheme\u{2019}s." }
                    </div>
                    if let Some(message) = &cash_error {
                        <span class="nhsuk-error-message" data-testid={format!("error-l{n}.cash")}>
                            <span class="nhsuk-u-visually-hidden">{ "Error: " }</span>{ message }
                        </span>
                    }
                    <div class="nhsuk-radios">
                        { for rules }
                        { radio(format!("{}-other", input_id(&key)), "Another share",
                            html! { "Type the percentage of the saving the commissioner stops paying, as your contract says" }, chosen_other, on_other) }
                        if chosen_other {
                            <div class="nhsuk-radios__conditional">
                                { number_field(LineKey::Paid.field(), &key, typed, error(&key), oninput) }
                            </div>
                        }
                    </div>
                </fieldset>
            </div>
            <RangeInputs field={key.clone()} lo={end(End::Low)} hi={end(End::High)}
                lo_error={end_error(End::Low)} hi_error={end_error(End::High)} oninput={onend} />
        </>
    }
}

fn set_paid_text(line: usize, paid: f64) -> Action {
    Action::SetLine {
        line,
        input: Input::Value(LineKey::Paid),
        text: crate::model::number::plain(paid),
    }
}
