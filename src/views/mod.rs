//! The views module's side (`src/bin/views.rs`, docs/design.md): the views
//! the page shows after its first figures, drawn in a wasm of their own so
//! that the first load holds only what the first figures need. The page
//! leaves an element for each (`components::widgets::view_slot`) and sends
//! what to show as JSON; the module keeps one Yew app per element and
//! redraws it with what changed.

pub mod props;

use std::cell::RefCell;

use web_sys::Element;
use yew::{AppHandle, BaseComponent};

use crate::messages::events::Events;
use props::View;

/// A view drawn into one of the page's elements.
trait Shown {
    fn update(&mut self, json: &str, events: Events);
    fn destroy(self: Box<Self>);
}

struct Mounted<C: BaseComponent> {
    app: AppHandle<C>,
    props: C::Properties,
}

impl<C: View> Shown for Mounted<C> {
    fn update(&mut self, json: &str, events: Events) {
        if let Some(props) = C::read(json, events, Some(&self.props)) {
            self.app.update(props.clone());
            self.props = props;
        }
    }

    fn destroy(self: Box<Self>) {
        self.app.destroy();
    }
}

fn mount<C: View>(root: &Element, json: &str, events: Events) -> Option<Box<dyn Shown>> {
    let props = C::read(json, events, None)?;
    let app = yew::Renderer::<C>::with_root_and_props(root.clone(), props.clone()).render();
    Some(Box::new(Mounted { app, props }))
}

thread_local! {
    static SHOWN: RefCell<Vec<(Element, Box<dyn Shown>)>> = const { RefCell::new(Vec::new()) };
    /// Yew numbers each app's tree from 1 in each wasm instance, and finds
    /// which app an event belongs to by that number, written on the page's
    /// elements. The page has one app, tree 1; this instance's apps sit
    /// inside it, so tree 1 is taken here by an app that draws nothing,
    /// once, and the views are trees 2, 3, …: a click in a view is then
    /// never taken for one in the page (or the other way round).
    static PAGE_TREE_TAKEN: Option<AppHandle<Nothing>> = {
        let document = web_sys::window().and_then(|w| w.document());
        let nowhere = document.and_then(|d| d.create_element("div").ok());
        nowhere.map(|element| yew::Renderer::<Nothing>::with_root(element).render())
    };
}

/// Takes Yew's tree 1 in this instance (`PAGE_TREE_TAKEN`).
#[yew::component]
fn Nothing() -> yew::Html {
    yew::Html::default()
}

/// Draws `view` into `root` with what `json` says, or draws it again with
/// that; `events` answer to the page. An unknown view or unreadable JSON
/// draws nothing.
pub fn show(root: Element, view: &str, json: &str, events: Events) {
    PAGE_TREE_TAKEN.with(|_| ());
    SHOWN.with(|shown| {
        let mut shown = shown.borrow_mut();
        if let Some((_, drawn)) = shown.iter_mut().find(|(r, _)| *r == root) {
            drawn.update(json, events);
            return;
        }
        if let Some(drawn) = props::mount_view(view, &root, json, events) {
            shown.push((root, drawn));
        }
    });
}

/// The page took `root` away: its view is let go.
pub fn forget(root: Element) {
    let gone = SHOWN.with(|shown| {
        let mut shown = shown.borrow_mut();
        let at = shown.iter().position(|(r, _)| *r == root)?;
        Some(shown.swap_remove(at).1)
    });
    if let Some(drawn) = gone {
        drawn.destroy();
    }
}
