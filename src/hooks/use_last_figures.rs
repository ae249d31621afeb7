use std::rc::Rc;

use yew::prelude::*;

use crate::model::Figures;

/// The newest valid figures: those of the draft, or while it has a
/// problem the last it had (SPEC §7).
#[hook]
pub fn use_last_figures(now: Option<Rc<Figures>>) -> Option<Rc<Figures>> {
    let last = use_mut_ref(|| None::<Rc<Figures>>);
    if let Some(figures) = now {
        *last.borrow_mut() = Some(figures);
    }
    let figures = last.borrow().clone();
    figures
}
