use yew::prelude::*;

use crate::model::fields::MAX_LINES;
use crate::model::kind::KIND_HINT;
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
    // Set by a click; the effect moves focus once the new line is drawn.
    let focus_new = use_mut_ref(|| false);
    {
        let focus_new = focus_new.clone();
        use_effect_with(props.count, move |count| {
            if std::mem::take(&mut *focus_new.borrow_mut()) {
                crate::browser::focus(&format!("input-l{count}.name"));
            }
        });
    }
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
        let onaction = props.onaction.clone();
        Callback::from(move |_: MouseEvent| {
            *focus_new.borrow_mut() = true;
            onaction.emit(Action::AddLine(kind));
        })
    };
    html! {
        <div class="nhsuk-form-group app-add-line">
            <label class="nhsuk-label" for="add-line-kind">{ "Add a line: what does it save?" }</label>
            <div class="nhsuk-hint" id="add-line-kind-hint">{ KIND_HINT }</div>
            <select class="nhsuk-select" id="add-line-kind" aria-describedby="add-line-kind-hint" {onchange}>
                { for Kind::ALL.iter().map(|k| html! {
                    <option value={k.key()} selected={*kind == *k}>{ k.describe() }</option>
                }) }
            </select>
            <button type="button" class="nhsuk-button nhsuk-u-margin-top-3" {onclick}>{ "Add line" }</button>
        </div>
    }
}
