use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::model::{FieldError, FieldKey};
use crate::state::State;

/// The problems the page says: all but new ones in a field still being
/// typed in (or never visited, on a line just added). A problem once said
/// stays said while its field is edited. Also whether that changed.
#[hook]
pub fn use_shown_errors(state: &State, errors: &[FieldError]) -> (Rc<Vec<FieldError>>, bool) {
    let said = use_mut_ref(BTreeSet::<FieldKey>::new);
    let shown: Vec<FieldError> = errors
        .iter()
        .filter(|e| !state.is_quiet(&e.key) || said.borrow().contains(&e.key))
        .cloned()
        .collect();
    // Inserted one by one: collecting a set sorts first, and a sort costs
    // the page kilobytes.
    let mut keys = BTreeSet::new();
    for e in &shown {
        keys.insert(e.key.clone());
    }
    let changed = *said.borrow() != keys;
    *said.borrow_mut() = keys;
    (use_memo(shown, Clone::clone), changed)
}
