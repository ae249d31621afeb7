//! Share and keep, drawn by the views module on first use (docs/design.md):
//! the link and embed snippet, files, saved scenarios and their comparison.

pub mod compare_view;
pub mod copy_button;
pub mod embed_snippet;
pub mod export_panel;
pub mod import_field;
pub mod keep_app;
pub mod keep_panel;
pub mod keep_slot;
pub mod saved_rows;
pub mod saved_scenarios;
pub mod share_panel;
pub mod writer_button;
