use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::browser;
use crate::keep::state::KeepAction;
use crate::keep::storage;
use crate::link::{encode_view, too_long_to_keep};
use crate::model::Draft;

/// How long typing must pause before the address bar and the autosave are
/// updated: browsers refuse `replaceState` called on every keystroke.
const SETTLE_MS: u32 = 250;

/// Once typing pauses: the address bar holds the scenario and, where it
/// may, the browser keeps it. A fault is said once. A scenario put after
/// `#` in place (pasted into the address bar) is opened.
#[hook]
pub fn use_settled_state(
    draft: &Draft,
    query: &AttrValue,
    embed: bool,
    may_autosave: bool,
    onkeep: &Callback<KeepAction>,
    onsettled: &Callback<String>,
) {
    let timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    use_effect_with((), |_| {
        browser::on_window("hashchange", browser::follow_fragment)
    });
    let (onkeep, onsettled) = (onkeep.clone(), onsettled.clone());
    use_effect_with(
        (draft.clone(), query.clone(), embed, may_autosave),
        move |(draft, query, embed, may_autosave)| {
            let query = query.to_string();
            let view = encode_view(&query, *embed);
            let too_long = too_long_to_keep(draft, &query);
            if !too_long {
                browser::remember_query(&view);
            }
            let may_autosave = *may_autosave && !too_long;
            browser::mark_settled(false);
            // Replacing the timeout cancels the one still pending.
            *timer.borrow_mut() = Some(Timeout::new(SETTLE_MS, move || {
                // An address the page would refuse is not written: a name of
                // megabytes would outgrow what the browser keeps.
                if !too_long {
                    browser::replace_query(&view);
                }
                if may_autosave {
                    if let Err(fault) = storage::autosave(&query) {
                        onkeep.emit(KeepAction::Fault(fault.sentence().to_string()));
                    }
                }
                browser::mark_settled(true);
                onsettled.emit(query);
            }));
        },
    );
}
