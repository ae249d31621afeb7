use yew::prelude::*;

use crate::state::{Action, Tab};

/// The parts of the page as tabs (WAI-ARIA tabs pattern): one tab stop,
/// arrow keys, Home and End move between them and show the part. `name`
/// says what the tabs are for, to a screen reader; `short` gives a phone's
/// labels, as short as they can be read.
pub fn tab_list(
    tabs: Vec<Tab>,
    active: Tab,
    onaction: &Callback<Action>,
    name: &'static str,
    short: bool,
) -> Html {
    let onkeydown = {
        let (tabs, onaction) = (tabs.clone(), onaction.clone());
        Callback::from(move |e: KeyboardEvent| {
            let at = tabs.iter().position(|t| *t == active).unwrap_or(0);
            let last = tabs.len().saturating_sub(1);
            let to = match e.key().as_str() {
                "ArrowRight" => {
                    if at == last {
                        0
                    } else {
                        at + 1
                    }
                }
                "ArrowLeft" => {
                    if at == 0 {
                        last
                    } else {
                        at - 1
                    }
                }
                "Home" => 0,
                "End" => last,
                _ => return,
            };
            e.prevent_default();
            if let Some(tab) = tabs.get(to) {
                onaction.emit(Action::Show(*tab));
                crate::browser::focus_soon(&tab_id(*tab));
            }
        })
    };
    html! {
        <div class="app-tabs" role="tablist" aria-label={name} {onkeydown} data-testid="tabs">
            { for tabs.iter().map(|tab| {
                let selected = *tab == active;
                let onclick = onaction.reform({
                    let tab = *tab;
                    move |_: MouseEvent| Action::Show(tab)
                });
                html! {
                    <button type="button" role="tab" class="app-tabs__tab" id={tab_id(*tab)}
                        aria-selected={selected.to_string()} aria-controls={panel_id(*tab)}
                        tabindex={if selected { "0" } else { "-1" }} {onclick}
                        data-testid={format!("tab-{}", tab.id())}>
                        { label(*tab, short) }
                    </button>
                }
            }) }
        </div>
    }
}

/// On a phone "Your pilot" is "Pilot" and "Share and keep" is "Share", so
/// that five tabs fit across 360 px; a screen reader hears the whole name.
fn label(tab: Tab, short: bool) -> Html {
    match (tab, short) {
        (Tab::Pilot, true) => html! {
            <><span class="nhsuk-u-visually-hidden">{ "Your " }</span>{ "Pilot" }</>
        },
        (Tab::Keep, true) => html! {
            <>{ "Share" }<span class="nhsuk-u-visually-hidden">{ " and keep" }</span></>
        },
        (tab, _) => html! { tab.label() },
    }
}

pub fn tab_id(tab: Tab) -> String {
    format!("tab-{}", tab.id())
}

pub fn panel_id(tab: Tab) -> String {
    format!("panel-{}", tab.id())
}
