use yew::prelude::*;

use crate::browser;
use crate::chart::{NARROW, WIDE};

/// The id of the results column, whose width the charts are drawn at.
pub const RESULTS_COLUMN: &str = "results-column";

/// Charts are drawn at the width they are shown, so their text is the
/// page's size on a phone and on a desk; in steps of 20 px, so that a
/// small resize does not redraw them. `layout` names the page's layout:
/// when it changes, the results are a new element, watched from then on.
#[hook]
pub fn use_chart_width(layout: bool) -> u32 {
    let width = use_state(|| WIDE);
    {
        let width = width.clone();
        use_effect_with(layout, move |_| {
            let watching = browser::watch_width(RESULTS_COLUMN, move |px| {
                // A column put away measures 0: keep the last width. On
                // paper the charts keep the width they were drawn at:
                // drawn anew, they would miss the browser's copy.
                if px > 0.0 && !browser::media_matches("print") {
                    let stepped = ((px / 20.0).floor() * 20.0) as u32;
                    width.set(stepped.clamp(NARROW, WIDE));
                }
            });
            move || drop(watching)
        });
    }
    *width
}
