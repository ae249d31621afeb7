use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::model::Draft;
use crate::state::Action;

/// How long typing must pause before a problem in the field being typed in
/// is said: long enough not to interrupt a number half typed.
const PAUSE_MS: u32 = 1000;

/// Once typing pauses, a problem in the field being typed in is said.
#[hook]
pub fn use_pause(draft: &Draft, onaction: &Callback<Action>) {
    let onaction = onaction.clone();
    use_effect_with(draft.clone(), move |_| {
        let pending = Timeout::new(PAUSE_MS, move || onaction.emit(Action::Pause));
        move || drop(pending)
    });
}
