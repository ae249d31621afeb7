use std::rc::Rc;

use yew::prelude::*;

use crate::components::widgets::view_slot::{later, ViewSlot};
use crate::document::{self, Found};
use crate::keep::state::KeepAction;
use crate::keep::{read_saved, write_saved, Saved, Stored};
use crate::link::{decode, Decoded};
use crate::messages::events::{IMPORT, LIST, OPEN, PRINT, SAVED};
use crate::messages::json::{KeepJson, KEEP};

#[derive(PartialEq, Properties)]
pub struct KeepSlotProps {
    /// The scenario on the page, as its link's query string.
    pub query: AttrValue,
    pub saved: Rc<Vec<Saved>>,
    pub onkeep: Callback<KeepAction>,
    pub onopen: Callback<(Rc<Decoded>, String)>,
    pub onprint: Callback<()>,
}

/// "Share and keep" (SPEC §3–5), drawn by the views module
/// (`keep::keep_app`): the page sends it the scenario and a version of the
/// saved list, and gives the list when asked, once a change.
#[component]
pub fn KeepSlot(props: &KeepSlotProps) -> Html {
    // A new list is a new `Rc` (`keep/state.rs`): the version follows it.
    let version = use_mut_ref(|| (props.saved.clone(), 0u64));
    let list = {
        let mut version = version.borrow_mut();
        if !Rc::ptr_eq(&version.0, &props.saved) {
            *version = (props.saved.clone(), version.1 + 1);
        }
        version.1
    };
    let json = use_memo((props.query.clone(), list), |(query, list)| {
        let sent = KeepJson {
            query: query.to_string(),
            list: *list,
        };
        sent.json()
    });
    let onevent = {
        let (saved, onkeep) = (props.saved.clone(), props.onkeep.clone());
        let (onopen, onprint) = (props.onopen.clone(), props.onprint.clone());
        Callback::from(move |(kind, a, b): (String, String, String)| {
            answer(&kind, a, b, &saved, &onkeep, &onopen, &onprint)
        })
    };
    let fallback = html! {
        <div class="nhsuk-inset-text" data-testid="keep-failed">
            <p>{ "Sharing, saving and files could not be opened: the part of the calculator that draws them could not be fetched, perhaps because this computer is offline. The address bar holds this scenario: bookmark it to keep it." }</p>
        </div>
    };
    html! { <ViewSlot view={KEEP} json={(*json).clone()} {onevent} {fallback} /> }
}

/// What Share and keep asks (`messages::events`): the list now, at once;
/// anything that changes the page, just after. A file comes read, as its
/// keys and values (`document::read`), opened here by the link's rules.
fn answer(
    kind: &str,
    a: String,
    b: String,
    saved: &Rc<Vec<Saved>>,
    onkeep: &Callback<KeepAction>,
    onopen: &Callback<(Rc<Decoded>, String)>,
    onprint: &Callback<()>,
) -> Option<String> {
    match kind {
        SAVED => return Some(write_saved(saved)),
        LIST => {
            if let Stored::Read(list) = read_saved(Some(&a)) {
                let onkeep = onkeep.clone();
                later(move || onkeep.emit(KeepAction::List(list)));
            }
        }
        OPEN => {
            let onopen = onopen.clone();
            later(move || onopen.emit((Rc::new(decode(&b)), format!("\u{201c}{a}\u{201d}"))));
        }
        IMPORT => {
            let found = Found {
                pairs: from_query(&a),
                unreadable: from_query(&b).into_iter().map(|(key, _)| key).collect(),
            };
            let decoded = document::opened(found);
            let onopen = onopen.clone();
            later(move || onopen.emit((Rc::new(decoded), "the imported file".to_string())));
        }
        PRINT => {
            let onprint = onprint.clone();
            later(move || onprint.emit(()));
        }
        _ => {}
    }
    None
}

/// The keys and values `keep_app` sent, exactly as the file held them.
fn from_query(query: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(query.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}
