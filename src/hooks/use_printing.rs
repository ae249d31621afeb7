use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::browser;
use crate::browser::modules::{start_views, when_views};
use crate::state::{Action, Printing};

thread_local! {
    /// The browser is laying the page out for paper (between `beforeprint`
    /// and `afterprint`), known before the state that follows it is drawn.
    static PRINTING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether the browser is printing now: a view is then drawn at once, not
/// in the next task, which would come after the browser's copy is taken.
pub fn printing_now() -> bool {
    PRINTING.with(std::cell::Cell::get)
}

/// Printing, by the page's button or the browser's own menu: the state
/// follows the browser's `beforeprint` and `afterprint`, so every part's
/// charts are drawn for paper; when the button asked, the dialog opens
/// once they are drawn.
#[hook]
pub fn use_printing(printing: Printing, onaction: &Callback<Action>) {
    {
        let onaction = onaction.clone();
        use_effect_with((), move |_| {
            let (start, end) = (onaction.clone(), onaction);
            browser::on_window("beforeprint", move || {
                PRINTING.with(|p| p.set(true));
                start.emit(Action::Print(Printing::Started))
            });
            browser::on_window("afterprint", move || {
                PRINTING.with(|p| p.set(false));
                end.emit(Action::Print(Printing::No))
            });
        });
    }
    let onaction = onaction.clone();
    use_effect_with(printing, move |printing| {
        // With the views module loaded, the render that asked drew every
        // chart; else they are drawn as it arrives, in the task before
        // this one's. The dialog holds the page until it is closed.
        if *printing == Printing::Asked {
            start_views();
            when_views(move |_| {
                Timeout::new(0, move || {
                    browser::print();
                    onaction.emit(Action::Print(Printing::No));
                })
                .forget();
            });
        }
    });
}
