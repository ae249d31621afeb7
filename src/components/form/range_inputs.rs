use yew::prelude::*;

use crate::components::form::text_field::{affixes, TextField};
use crate::model::keys::{End, FieldKey};
use crate::text::lower_first;

#[derive(PartialEq, Properties)]
pub struct RangeInputsProps {
    /// The input the range is of: a line's (`l2.after`) or a global
    /// (`threshold`).
    pub field: FieldKey,
    pub lo: Option<AttrValue>,
    pub hi: Option<AttrValue>,
    #[prop_or_default]
    pub lo_error: Option<String>,
    #[prop_or_default]
    pub hi_error: Option<String>,
    pub oninput: Callback<(End, String)>,
}

/// "I'm not sure of this figure": the lowest and highest an input could
/// be (SPEC §2.5), folded away until wanted.
#[component]
pub fn RangeInputs(props: &RangeInputsProps) -> Html {
    // Drawn only once opened, and kept open once it has figures: closing
    // it as they are cleared would take the field from under the cursor.
    let opened = use_mut_ref(|| false);
    let given = [&props.lo, &props.hi]
        .iter()
        .any(|t| t.as_ref().is_some_and(|t| !t.is_empty()));
    if given {
        *opened.borrow_mut() = true;
    }
    let redraw = use_force_update();
    let ontoggle = {
        let opened = opened.clone();
        Callback::from(move |e: Event| {
            let open = e
                .target_unchecked_into::<web_sys::HtmlDetailsElement>()
                .open();
            if open != *opened.borrow() {
                *opened.borrow_mut() = open;
                redraw.force_update();
            }
        })
    };
    let (Some(f), Some(_)) = (props.field.field(), props.field.end(End::Low)) else {
        return html! {};
    };
    let label = lower_first(f.label);
    let (prefix, suffix) = affixes(f.unit);
    let end = |end: End, word: &str, text: &Option<AttrValue>, error: &Option<String>| {
        let oninput = props.oninput.reform(move |text| (end, text));
        let hint = match end {
            End::Low => "The least it could plausibly be",
            End::High => "The most it could plausibly be",
        };
        html! {
            if let Some(key) = props.field.end(end) {
                <TextField field={key} label={format!("{word} {label}")}
                    hint={AttrValue::Static(hint)} value={text.clone().unwrap_or_default()}
                    error={error.clone()} {prefix} {suffix} {oninput} />
            }
        }
    };
    let open = *opened.borrow();
    html! {
        <details class="nhsuk-details app-range" open={open} {ontoggle} data-testid={format!("range-{}", props.field)}>
            <summary class="nhsuk-details__summary">
                <span class="nhsuk-details__summary-text">
                    { "I\u{2019}m not sure of this figure" }
                    <span class="nhsuk-u-visually-hidden">{ format!(": {label}") }</span>
                </span>
            </summary>
            <div class="nhsuk-details__text">
                if open {
                    <p class="nhsuk-body-s">{ "The figure above is taken as the most likely. The results under \u{201c}How sure can we be\u{201d} draw it anywhere in this range." }</p>
                    <div class="app-range__ends">
                        { end(End::Low, "Lowest", &props.lo, &props.lo_error) }
                        { end(End::High, "Highest", &props.hi, &props.hi_error) }
                    </div>
                }
            </div>
        </details>
    }
}
