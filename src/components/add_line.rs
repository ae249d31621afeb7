use yew::prelude::*;

use crate::model::fields::MAX_LINES;
use crate::model::Kind;
use crate::state::Action;

#[derive(PartialEq, Properties)]
pub struct AddLineProps {
    pub count: usize,
    pub onaction: Callback<Action>,
}

/// Adds a line of the chosen kind, up to SPEC §2.2's 20 lines.
#[component]
pub fn AddLine(props: &AddLineProps) -> Html {
    let kind = use_state(|| Kind::Rate);
    if props.count >= MAX_LINES {
        return html! {
            <p class="nhsuk-body" data-testid="lines-full">
                { format!("A scenario can have up to {MAX_LINES} lines. Remove one to add another.") }
            </p>
        };
    }
    let onchange = {
        let kind = kind.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            kind.set(Kind::parse(&value).unwrap_or(Kind::Rate));
        })
    };
    let onclick = {
        let kind = *kind;
        let next = props.count + 1;
        let onaction = props.onaction.clone();
        Callback::from(move |_: MouseEvent| {
            onaction.emit(Action::AddLine(kind));
            focus_soon(format!("input-l{next}.name"));
        })
    };
    html! {
        <div class="nhsuk-form-group">
            <label class="nhsuk-label" for="add-line-kind">{ "Add a line: what does it save?" }</label>
            <select class="nhsuk-select" id="add-line-kind" {onchange}>
                { for Kind::ALL.iter().map(|k| html! {
                    <option value={k.key()} selected={*kind == *k}>{ k.describe() }</option>
                }) }
            </select>
            <button type="button" class="nhsuk-button nhsuk-u-margin-top-3" {onclick}>{ "Add line" }</button>
        </div>
    }
}

/// Moves focus to the new line's first input once it has been drawn.
fn focus_soon(id: String) {
    gloo_timers::callback::Timeout::new(0, move || crate::browser::focus(&id)).forget();
}
