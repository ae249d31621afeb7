use std::rc::Rc;

use yew::prelude::*;

use crate::components::keep::keep_panel::{keep_panel, KeepPanelProps};
use crate::document;
use crate::keep::Saved;
use crate::link::decode;
use crate::messages::events::{Events, IMPORT, PRINT};
use crate::model::{project, Draft, Figures};

#[derive(Clone, PartialEq, Properties)]
pub struct KeepAppProps {
    /// The scenario on the page, as its link's query string.
    pub query: AttrValue,
    /// The saved list's version (`views::props::KeepJson`).
    pub list: u64,
    pub saved: Rc<Vec<Saved>>,
    pub events: Events,
}

/// "Share and keep" as the views module draws it, inside the page's own
/// panel (`keep_slot`): the scenario comes as its query and is read here
/// by the link's rules, so files and text are made from the same draft.
#[component]
pub fn KeepApp(props: &KeepAppProps) -> Html {
    let read = use_memo(props.query.clone(), |query| read(query));
    let (draft, figures) = &*read;
    let events = props.events.clone();
    // A list just changed here is shown at once, until the page sends the
    // list back with a new version.
    let written = use_state(|| None::<(u64, Rc<Vec<Saved>>)>);
    let saved = match &*written {
        Some((version, list)) if *version == props.list => list.clone(),
        _ => props.saved.clone(),
    };
    let panel = KeepPanelProps {
        saved,
        query: props.query.clone(),
        draft: draft.clone(),
        figures: figures.clone(),
        on_list: Callback::from({
            let (events, version) = (events.clone(), props.list);
            move |list: Vec<Saved>| {
                events.list(&list);
                written.set(Some((version, Rc::new(list))));
            }
        }),
        onopen: Callback::from({
            let events = events.clone();
            move |saved: Saved| events.open(&saved)
        }),
        onimport: Callback::from({
            let events = events.clone();
            move |text: String| match document::read(&text) {
                Ok(found) => {
                    let unreadable = found.unreadable.into_iter().map(|key| (key, String::new()));
                    events.send(IMPORT, &as_query(found.pairs), &as_query(unreadable));
                    None
                }
                Err(why) => Some(why),
            }
        }),
        onprint: Callback::from(move |_| {
            events.send(PRINT, "", "");
        }),
    };
    html! { <div data-testid="keep-panel">{ keep_panel(&panel) }</div> }
}

/// The draft as typed and, when it has no problem, its figures.
fn read(query: &str) -> (Draft, Option<Rc<Figures>>) {
    let draft = decode(query).draft;
    let figures = draft.check().ok().map(|scenario| {
        Rc::new(Figures {
            results: project(&scenario),
            scenario: Rc::new(scenario),
        })
    });
    (draft, figures)
}

/// Keys and values as a query string, which keeps any text exactly.
fn as_query(pairs: impl IntoIterator<Item = (String, String)>) -> String {
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
}
