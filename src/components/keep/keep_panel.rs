use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use crate::components::keep::compare_view::CompareView;
use crate::components::keep::export_panel::{export_panel, ExportPanelProps};
use crate::components::keep::saved_scenarios::SavedScenarios;
use crate::components::keep::share_panel::share_panel;
use crate::keep::Saved;
use crate::link::encode_view;
use crate::model::{Draft, Figures};

pub struct KeepPanelProps {
    pub saved: Rc<Vec<Saved>>,
    /// The scenario on the page as its query, and as typed.
    pub query: AttrValue,
    pub draft: Draft,
    /// The form's figures, None while it has a problem: files and text
    /// wait for the fix.
    pub figures: Option<Rc<Figures>>,
    /// The list as stored after a change.
    pub on_list: Callback<Vec<Saved>>,
    pub onopen: Callback<Saved>,
    /// A scenario file's text; why it cannot be opened, if so.
    pub onimport: Callback<String, Option<String>>,
    pub onprint: Callback<()>,
}

/// "Share and keep": the link and the embed snippet, files to download
/// and import, saved scenarios and their comparison (SPEC §3–5).
pub fn keep_panel(props: &KeepPanelProps) -> Html {
    let query = &props.query;
    let name = AttrValue::from(props.draft.name.trim().to_string());
    let link = AttrValue::from(browser::link_for(query));
    let embed_link = AttrValue::from(browser::link_for(&encode_view(query, true)));
    html! {
        <>
            { share_panel(&link, &embed_link, &name) }
            { export_panel(&ExportPanelProps { draft: props.draft.clone(), figures: props.figures.clone(), link,
                onimport: props.onimport.clone(), onprint: props.onprint.clone() }) }
            <SavedScenarios saved={props.saved.clone()} current_query={query.clone()}
                current_name={name} on_list={props.on_list.clone()} onopen={props.onopen.clone()} />
            <CompareView saved={props.saved.clone()} current_query={query.clone()} />
        </>
    }
}
