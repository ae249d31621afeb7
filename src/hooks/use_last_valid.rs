use yew::prelude::*;

/// The newest valid value: `now` when there is one, or while the draft has
/// a problem the last there was (SPEC §7): its figures, and its query,
/// for which the charts and the print list are drawn.
#[hook]
pub fn use_last_valid<T: Clone + 'static>(now: Option<T>) -> Option<T> {
    let last = use_mut_ref(|| None::<T>);
    if let Some(value) = now {
        *last.borrow_mut() = Some(value);
    }
    let value = last.borrow().clone();
    value
}
