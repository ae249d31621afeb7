use std::rc::Rc;

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::browser::modules::{charts_loaded, draw_chart, load_charts};
use crate::chart::Chart;

/// Where a chart's drawing is.
#[derive(Clone, Debug, PartialEq)]
pub enum Drawn {
    /// The charts module is on its way.
    Waiting,
    Svg(Rc<str>),
    /// The charts module could not be fetched (offline before it ever was).
    Failed,
}

#[derive(Clone, Copy, PartialEq)]
enum Module {
    Loading,
    Loaded,
    Failed,
}

/// A chart's SVG, drawn by the charts module: in the render that shows the
/// chart once the module is loaded (so print and a tab opened later draw
/// at once), else as soon as it is.
#[hook]
pub fn use_drawing(chart: &Rc<Chart>) -> Drawn {
    let module = use_state(|| {
        if charts_loaded() {
            Module::Loaded
        } else {
            Module::Loading
        }
    });
    {
        let module = module.clone();
        use_effect_with(*module, move |now| {
            if *now == Module::Loading {
                spawn_local(async move {
                    let loaded = load_charts().await;
                    module.set(if loaded {
                        Module::Loaded
                    } else {
                        Module::Failed
                    });
                });
            }
        });
    }
    let svg = use_memo((chart.clone(), *module), |(chart, module)| {
        (*module == Module::Loaded)
            .then(|| draw_chart(&chart.drawing()))
            .flatten()
            .map(Rc::<str>::from)
    });
    match (&*svg, *module) {
        (Some(svg), _) => Drawn::Svg(svg.clone()),
        (None, Module::Loading) => Drawn::Waiting,
        (None, _) => Drawn::Failed,
    }
}
