use std::cell::{Cell, RefCell};

use gloo_timers::callback::Timeout;
use js_sys::Function;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::browser::modules::{forget_view, show_view};
use crate::hooks::use_printing::printing_now;
use crate::hooks::use_views::{use_views, Views};

/// What a view asks of the page: `(kind, a, b)`, and the answer.
pub type OnEvent = Callback<(String, String, String), Option<String>>;

#[derive(PartialEq, Properties)]
pub struct ViewSlotProps {
    /// Which view the module draws here (`crate::messages::json`).
    pub view: &'static str,
    /// What it shows, as JSON in that view's shape.
    pub json: AttrValue,
    /// What the page does when the view asks.
    #[prop_or_default]
    pub onevent: Option<OnEvent>,
    /// Shown in its place when the views module could not be fetched.
    #[prop_or_default]
    pub fallback: Html,
    /// Sent in the task after the page's own figures, as charts are, so
    /// that a view redrawn on every edit never keeps the figures waiting;
    /// of several sent meanwhile, only the newest is drawn.
    #[prop_or_default]
    pub deferred: bool,
}

thread_local! {
    static NEXT_SLOT: Cell<u32> = const { Cell::new(0) };
    /// Each slot's newest `onevent`.
    static HANDLERS: RefCell<Vec<(u32, OnEvent)>> = const { RefCell::new(Vec::new()) };
    /// The one function the views module calls back: it lives as long as
    /// the page, so a view let go late never calls a function that is gone.
    static EVENTS: Function = {
        let answer = Closure::<dyn Fn(u32, String, String, String) -> JsValue>::new(answer);
        let events = answer.as_ref().unchecked_ref::<Function>().clone();
        answer.forget();
        events
    };
}

/// An element the views module draws a view into (docs/design.md): the
/// page sends the view what to show whenever it changes, and answers what
/// it asks. Until the module is loaded the element is empty.
#[component]
pub fn ViewSlot(props: &ViewSlotProps) -> Html {
    let slot = *use_memo((), |_| NEXT_SLOT.with(|n| n.replace(n.get() + 1)));
    let onevent = props.onevent.clone();
    HANDLERS.with(|h| {
        let mut handlers = h.borrow_mut();
        handlers.retain(|(s, _)| *s != slot);
        if let Some(onevent) = onevent {
            handlers.push((slot, onevent));
        }
    });
    let views = use_views();
    let root = use_node_ref();
    {
        let root = root.clone();
        use_effect_with((), move |_| {
            let element = root.cast::<web_sys::Element>();
            move || {
                HANDLERS.with(|h| h.borrow_mut().retain(|(s, _)| *s != slot));
                if let Some(element) = element {
                    forget_view(&element);
                }
            }
        });
    }
    let sent = use_mut_ref(|| 0_u64);
    {
        let root = root.clone();
        let (view, deferred) = (props.view, props.deferred);
        use_effect_with((props.json.clone(), views), move |(json, views)| {
            let Some(element) = root
                .cast::<web_sys::Element>()
                .filter(|_| *views == Views::Loaded)
            else {
                return;
            };
            let show = move |json: &str| {
                EVENTS.with(|events| show_view(&element, view, json, events, slot))
            };
            if !deferred || printing_now() {
                show(json);
                return;
            }
            *sent.borrow_mut() += 1;
            let (mine, json) = (*sent.borrow(), json.clone());
            later(move || {
                if *sent.borrow() == mine {
                    show(&json);
                }
            });
        });
    }
    html! {
        <>
            <div class="app-view" ref={root}></div>
            if views == Views::Failed { { props.fallback.clone() } }
        </>
    }
}

/// The page's answer to a view: the slot's `onevent`, called outside any
/// borrow, so that it may change the page.
fn answer(slot: u32, kind: String, a: String, b: String) -> JsValue {
    let onevent = HANDLERS.with(|h| {
        h.borrow()
            .iter()
            .find(|(s, _)| *s == slot)
            .map(|(_, f)| f.clone())
    });
    onevent
        .and_then(|f| f.emit((kind, a, b)))
        .map_or(JsValue::UNDEFINED, |answer| JsValue::from_str(&answer))
}

/// Does `f` in the next task: what a view asks that changes the page is
/// done once the module's own handler has returned, so that the two wasm
/// instances never draw inside each other.
pub fn later(f: impl FnOnce() + 'static) {
    Timeout::new(0, f).forget();
}
