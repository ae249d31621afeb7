use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use crate::components::keep::compare_view::CompareView;
use crate::components::keep::export_panel::{export_panel, ExportPanelProps};
use crate::components::keep::saved_scenarios::SavedScenarios;
use crate::components::keep::share_panel::share_panel;
use crate::keep::Saved;
use crate::link::{decode, encode, encode_view, Decoded};
use crate::model::Draft;
use crate::model::Figures;

pub struct KeepPanelProps {
    pub saved: Vec<Saved>,
    pub draft: Draft,
    /// The form's figures, None while it has a problem: files and text
    /// wait for the fix.
    pub figures: Option<Rc<Figures>>,
    /// The list as stored after a change.
    pub on_list: Callback<Vec<Saved>>,
    pub onopen: Callback<(Rc<Decoded>, String)>,
    pub onprint: Callback<()>,
}

/// "Share and keep": the link and the embed snippet, files to download
/// and import, saved scenarios and their comparison (SPEC §3–5).
pub fn keep_panel(props: &KeepPanelProps) -> Html {
    let query = AttrValue::from(encode(&props.draft));
    let name = AttrValue::from(props.draft.name.trim().to_string());
    let link = AttrValue::from(browser::link_for(&query));
    let embed_link = AttrValue::from(browser::link_for(&encode_view(&query, true)));
    html! {
        <>
            { share_panel(&link, &embed_link, &name) }
            { export_panel(&ExportPanelProps { draft: props.draft.clone(), figures: props.figures.clone(), link,
                onimport: props.onopen.reform(|d: Rc<Decoded>| (d, "the imported file".to_string())),
                onprint: props.onprint.clone() }) }
            <SavedScenarios saved={props.saved.clone()} current_query={query.clone()}
                current_name={name} on_list={props.on_list.clone()}
                onopen={props.onopen.reform(|s: Saved| (Rc::new(decode(&s.query)), format!("\u{201c}{}\u{201d}", s.name)))} />
            <CompareView saved={props.saved.clone()} current_query={query} />
        </>
    }
}
