use yew::prelude::*;

pub use crate::browser::modules::Views;
use crate::browser::modules::{views, when_views};

/// Where the views module (charts, Share and keep, …) is; the component
/// draws again once it is loaded or has failed. It never asks for the
/// module itself: the page does once its first figures are on the screen
/// (`frame::app`), so a view in the first render (a suggested cost) does
/// not put the module in the first load.
#[hook]
pub fn use_views() -> Views {
    let now = use_state(views);
    {
        let now = now.clone();
        use_effect_with(*now, move |state| {
            if matches!(state, Views::Later | Views::Loading) {
                when_views(move |loaded| {
                    now.set(if loaded { Views::Loaded } else { Views::Failed })
                });
            }
        });
    }
    *now
}
