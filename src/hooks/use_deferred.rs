use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

/// `make(deps)`, computed a moment after `deps` change rather than in the
/// render that changed them: the figures of an edit show in the same
/// frame, and what is slow to draw (charts) follows in the next task. A
/// newer change cancels the pending one. None until first computed.
#[hook]
pub fn use_deferred<D, T, F>(deps: D, make: F) -> Option<Rc<T>>
where
    D: PartialEq + Clone + 'static,
    T: 'static,
    F: Fn(&D) -> T + 'static,
{
    let made = use_state(|| None::<Rc<T>>);
    {
        let made = made.clone();
        use_effect_with(deps, move |deps| {
            let deps = deps.clone();
            let pending = Timeout::new(0, move || made.set(Some(Rc::new(make(&deps)))));
            move || drop(pending)
        });
    }
    (*made).clone()
}
