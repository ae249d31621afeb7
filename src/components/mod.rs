//! One component a file. Components turn events into `Action`s; the figures
//! they show come from the model.

pub mod add_line;
pub mod app;
pub mod break_even;
pub mod capacity_view;
pub mod chart_figure;
pub mod charts;
pub mod compare_view;
pub mod copy_button;
pub mod embed_snippet;
pub mod error_summary;
pub mod example_banner;
pub mod export_panel;
pub mod fold;
pub mod funder_radios;
pub mod global_fields;
pub mod headline_bar;
pub mod headlines;
pub mod import_field;
pub mod keep_panel;
pub mod kind_select;
pub mod line_editor;
pub mod line_table;
pub mod link_notice;
pub mod parties_view;
pub mod payment_radios;
pub mod pilot_evidence;
pub mod pilot_form;
pub mod preset_picker;
pub mod print_inputs;
pub mod range_inputs;
pub mod removed_notice;
pub mod results_panel;
pub mod saved_rows;
pub mod saved_scenarios;
pub mod scale_up;
pub mod share_panel;
pub mod stale_notice;
pub mod storage_notice;
pub mod summary_figures;
pub mod tab_list;
pub mod table;
pub mod text_field;
pub mod uncertainty;
pub mod unit_cost_suggestions;
pub mod workspace;
pub mod year_table;

use yew::prelude::*;

use crate::model::number::plain;
use crate::model::{FieldError, FieldKey};

/// SPEC §8's `data-value`: full precision, empty where there is no figure.
pub fn data_value(v: Option<f64>) -> String {
    v.map(plain).unwrap_or_default()
}

/// One summary figure: its SPEC §8 hook, the words before it, its value
/// (none where the output is none) and the value as people read it.
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
                    <dd class="nhsuk-summary-list__value" data-testid={f.id} data-value={data_value(f.value)}>{ f.text }</dd>
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
