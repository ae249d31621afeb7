use yew::prelude::*;

use crate::components::input_id;
use crate::model::fields::{Field, Unit};
use crate::model::keys::{FieldKey, Input, LineKey};
use crate::model::number::plain;

#[derive(PartialEq, Properties)]
pub struct TextFieldProps {
    /// Names the input and its hooks (`input-pop`, `error-l2.after`).
    pub field: FieldKey,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub value: AttrValue,
    #[prop_or_default]
    pub error: Option<String>,
    #[prop_or_default]
    pub prefix: Option<&'static str>,
    #[prop_or_default]
    pub suffix: Option<&'static str>,
    /// Text inputs for names; numbers get the decimal keypad.
    #[prop_or(true)]
    pub numeric: bool,
    #[prop_or("nhsuk-input--width-10")]
    pub width: &'static str,
    pub oninput: Callback<String>,
}

/// An NHS.UK text input with its label, hint and error message.
#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let id = input_id(&props.field);
    let name = props.field.to_string();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described: Vec<&str> = [
        props.hint.as_ref().map(|_| hint_id.as_str()),
        props.error.as_ref().map(|_| error_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let oninput = props.oninput.reform(|e: InputEvent| {
        e.target_unchecked_into::<web_sys::HtmlInputElement>()
            .value()
    });
    let group = classes!(
        "nhsuk-form-group",
        props.error.is_some().then_some("nhsuk-form-group--error")
    );
    let input_class = classes!(
        "nhsuk-input",
        props.width,
        props.error.is_some().then_some("nhsuk-input--error")
    );
    html! {
        <div class={group}>
            <label class="nhsuk-label" for={id.clone()}>{ &props.label }</label>
            if let Some(hint) = &props.hint {
                <div class="nhsuk-hint" id={hint_id.clone()}>{ hint }</div>
            }
            if let Some(error) = &props.error {
                <span class="nhsuk-error-message" id={error_id.clone()}
                    data-testid={format!("error-{name}")}>
                    <span class="nhsuk-u-visually-hidden">{ "Error: " }</span>{ error }
                </span>
            }
            <div class="nhsuk-input-wrapper">
                if let Some(prefix) = props.prefix {
                    <div class="nhsuk-input__prefix" aria-hidden="true">{ prefix }</div>
                }
                <input class={input_class} id={id.clone()} {name}
                    type="text"
                    inputmode={props.numeric.then_some("decimal")}
                    spellcheck="false" autocomplete="off"
                    aria-describedby={(!described.is_empty()).then(|| described.join(" "))}
                    value={props.value.clone()} {oninput} />
                if let Some(suffix) = props.suffix {
                    <div class="nhsuk-input__suffix" aria-hidden="true">{ suffix }</div>
                }
            </div>
        </div>
    }
}

/// The text a numeric input shows: as typed, or the default where nothing
/// was typed (empty for a default of nothing). A saving input left out of
/// an older link is 0, and says so.
pub fn shown_text(f: &Field, typed: Option<&str>) -> AttrValue {
    match typed {
        Some(text) => AttrValue::from(text.to_string()),
        None if f.optional || (f.default == 0.0 && !f.no_default) => AttrValue::default(),
        None => AttrValue::from(plain(f.default)),
    }
}

/// A `TextField` for one numeric input of the model's field table.
pub fn number_field(
    f: &Field,
    key: &FieldKey,
    typed: Option<&str>,
    error: Option<String>,
    oninput: Callback<String>,
) -> Html {
    let (prefix, suffix) = affixes(f.unit);
    // Uptake may be a list of years (SPEC §2.2), which a decimal keypad
    // cannot type: its keyboard is text.
    let numeric = !matches!(key, FieldKey::Line(_, Input::Value(LineKey::Uptake)));
    html! {
        <TextField field={key.clone()} label={f.label} hint={AttrValue::Static(f.hint)}
            value={shown_text(f, typed)} {error} {prefix} {suffix} {numeric} {oninput} />
    }
}

/// What goes before and after a number of this unit in its input.
pub fn affixes(unit: Unit) -> (Option<&'static str>, Option<&'static str>) {
    match unit {
        Unit::Money => (Some("£"), None),
        Unit::Percent => (None, Some("%")),
        Unit::Rate => (None, Some("per 1,000")),
        _ => (None, None),
    }
}
