use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::browser::modules::{load_views, views_loaded};

/// Where the views module (charts, Share and keep) is for this component.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Views {
    /// On its way.
    Loading,
    Loaded,
    /// Could not be fetched (offline before it ever was).
    Failed,
}

/// The views module, fetched if it is not yet loaded; the component draws
/// again once it is.
#[hook]
pub fn use_views() -> Views {
    let views = use_state(|| {
        if views_loaded() {
            Views::Loaded
        } else {
            Views::Loading
        }
    });
    {
        let views = views.clone();
        use_effect_with(*views, move |now| {
            if *now == Views::Loading {
                spawn_local(async move {
                    views.set(if load_views().await {
                        Views::Loaded
                    } else {
                        Views::Failed
                    });
                });
            }
        });
    }
    *views
}
