//! Which scenario the page opens with, and keeping the work it replaces
//! (SPEC §3, §5): a link's, else the autosave, else the worked example;
//! and before another scenario is shown, the one on the page is added to
//! the saved list, so that opening something never loses anything.

use std::rc::Rc;

use yew::Callback;

use crate::browser;
use crate::keep::state::{KeepAction, Keeping};
use crate::keep::storage;
use crate::keep::{keep_autosave, Saved};
use crate::link::{decode, encode, Decoded};
use crate::presets::{is_starting_example, starting_example};
use crate::state::{Action, State};

/// The scenario to show first, and what the browser had kept: read before
/// the first render only when the page restores the autosave; a page
/// opened from a link reads storage after it is drawn, off the loading
/// path.
pub struct Startup {
    pub state: State,
    pub keeping: Keeping,
    /// Storage is still to be read, for a page opened from this query.
    pub from_link: Option<String>,
}

pub fn startup() -> Startup {
    let query = browser::location_scenario();
    if !query.is_empty() {
        let state = State::opened(decode(&query));
        let from_link = Some(encode(&state.draft));
        return Startup {
            state,
            keeping: Keeping::default(),
            from_link,
        };
    }
    let opening = storage::open();
    let decoded = match opening.autosave.as_deref() {
        Some(query) => decode(query),
        None => Decoded {
            draft: starting_example(browser::this_financial_year()),
            ..Decoded::default()
        },
    };
    Startup {
        state: State::opened(decoded),
        keeping: Keeping::read(&opening),
        from_link: None,
    }
}

/// What the browser kept, for a page opened from a link `showing`: the
/// autosave it replaces is kept in the saved list first.
pub fn open_storage_for_link(showing: &str) -> storage::Opening {
    let mut opening = storage::open();
    let Some(autosaved) = opening.autosave.clone() else {
        return opening;
    };
    // An example nobody changed is nobody's work.
    if is_starting_example(&decode(&autosaved).draft) {
        return opening;
    }
    match keep_unsaved(&autosaved, showing) {
        Ok((list, kept)) => {
            opening.saved = list;
            if let Some(kept) = kept {
                opening.notices.push(format!(
                    "The scenario you were last working on in this browser is kept under \u{201c}Saved scenarios\u{201d} as \u{201c}{kept}\u{201d}."
                ));
            }
        }
        Err(message) => {
            // The autosave could not be kept, so it must not be written over.
            opening.may_autosave = false;
            opening.notices.push(message);
            opening.notices.push("The scenario you were last working on is still kept in this browser, and this page will not save over it.".to_string());
        }
    }
    opening
}

/// Before `replacing` is shown, adds `current` to the saved list unless it
/// is already there or empty: the list as stored, and the name it was kept
/// under. An example on the page is kept like any other work.
fn keep_unsaved(current: &str, replacing: &str) -> Result<(Vec<Saved>, Option<String>), String> {
    let lost = "the scenario you were last working on could not be added to \u{201c}Saved scenarios\u{201d}";
    storage::change_saved(lost, |list| {
        if decode(current).draft.is_blank() {
            return None;
        }
        keep_autosave(list, current, replacing, &name_of(current), &storage::now())
    })
}

fn name_of(query: &str) -> String {
    match decode(query).draft.name.trim() {
        "" => "Unnamed scenario".to_string(),
        name => name.to_string(),
    }
}

/// Opens another scenario (`what` names it in the notice), keeping the one
/// on the page, `current`, in the saved list first.
pub fn open_callback(
    onaction: Callback<Action>,
    onkeep: Callback<KeepAction>,
    current: String,
) -> Callback<(Rc<Decoded>, String)> {
    Callback::from(move |(decoded, what): (Rc<Decoded>, String)| {
        let kept = keep_unsaved(&current, &encode(&decoded.draft));
        let mut said = vec![format!("Opened {what}.")];
        match kept {
            Ok((list, kept)) => {
                if let Some(kept) = kept {
                    said.push(format!("The scenario that was on the page is kept under \u{201c}Saved scenarios\u{201d} as \u{201c}{kept}\u{201d}."));
                }
                onkeep.emit(KeepAction::List(list));
            }
            // Storage that is full would be written over by the next
            // autosave: the scenario on the page stays until there is room.
            Err(message) if storage::is_full(&message) => {
                onkeep.emit(KeepAction::Say(vec![format!(
                    "Did not open {what}, so that the scenario on the page is not lost. {message}"
                )]));
                browser::focus_soon("page-notice");
                return;
            }
            Err(message) => said.push(message),
        }
        onkeep.emit(KeepAction::Say(said));
        onaction.emit(Action::Open(decoded));
        browser::focus_soon("page-notice");
    })
}
