//! One component a file. Components turn events into `Action`s; the figures
//! they show come from the model.

pub mod form;
pub mod frame;
pub mod how_sure;
pub mod keep;
pub mod results;
pub mod who_gains;
pub mod widgets;

use yew::prelude::*;

use crate::model::number::plain;
use crate::model::{FieldError, FieldKey};

/// SPEC §8's `data-value`: full precision, empty where there is no figure.
pub fn data_value(v: Option<f64>) -> String {
    v.map(plain).unwrap_or_default()
}

/// One summary figure: its SPEC §8 hook (empty where the figure's hook is
/// elsewhere), the words before it, its value (none where the output is
/// none) and the value as people read it.
pub struct Figure {
    pub id: &'static str,
    pub label: &'static str,
    pub value: Option<f64>,
    pub text: String,
}

impl Figure {
    /// A figure shown as money.
    pub fn money(id: &'static str, label: &'static str, value: f64) -> Figure {
        Figure {
            id,
            label,
            value: Some(value),
            text: crate::format::money(value),
        }
    }
}

/// Summary figures as an NHS.UK summary list, each value carrying SPEC
/// §8's `data-testid` and `data-value`.
pub fn figure_list(figures: Vec<Figure>) -> Html {
    html! {
        <dl class="nhsuk-summary-list">
            { for figures.into_iter().map(|f| html! {
                <div class="nhsuk-summary-list__row">
                    <dt class="nhsuk-summary-list__key">{ f.label }</dt>
                    <dd class="nhsuk-summary-list__value" data-testid={(!f.id.is_empty()).then_some(f.id)}
                        data-value={(!f.id.is_empty()).then(|| data_value(f.value))}>{ f.text }</dd>
                </div>
            }) }
        </dl>
    }
}

/// The message for one field.
pub fn error_for(errors: &[FieldError], key: &FieldKey) -> Option<String> {
    errors
        .iter()
        .find(|e| e.key == *key)
        .map(|e| e.message.clone())
}

/// The id of a field's input, which error-summary links point at:
/// `input-pop`, `input-l2.after`.
pub fn input_id(key: &FieldKey) -> String {
    format!("input-{key}")
}
