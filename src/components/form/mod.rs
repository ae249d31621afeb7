//! The form: the scenario's assumptions and lines, their fields, errors and
//! hints, the examples, and the list of what was entered for print.

pub mod add_line;
pub mod equity_fields;
pub mod error_summary;
pub mod example_banner;
pub mod funder_radios;
pub mod global_fields;
pub mod kind_select;
pub mod line_editor;
pub mod line_more_app;
pub mod line_more_slot;
pub mod line_notes;
pub mod payment_radios;
pub mod pilot_evidence;
pub mod pilot_form;
pub mod preset_picker;
pub mod print_inputs;
pub mod range_inputs;
pub mod removed_notice;
pub mod series_fields;
pub mod suggestions_slot;
pub mod text_field;
pub mod unit_cost_suggestions;
pub mod uptake_words;
pub mod with_select;
