use yew::prelude::*;

use crate::components::form::kind_select::described_by;
use crate::components::input_id;
use crate::model::keys::FieldKey;
use crate::state::Action;
use crate::words::groups::Grouping;

const HINT: &str = "Choose another line where both reduce the same events (a frailty team and a care-home pharmacist both cut emergency admissions), so that no event is counted twice. The lines then share that line's baseline, cost and payment rule; each keeps its own effect, take-up and costs.";

/// "Acts on the same events as" for line `index` (from 0): its own
/// events, or one of the lines it may join (SPEC §2.10 `with`).
pub fn with_select(
    index: usize,
    chosen: &str,
    grouping: &Grouping,
    error: Option<String>,
    onaction: &Callback<Action>,
) -> Html {
    let key = FieldKey::With(index + 1);
    let id = input_id(&key);
    let onchange = onaction.reform(move |e: Event| {
        let text = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        Action::SetWith { line: index, text }
    });
    let chosen = chosen.trim();
    // A choice that is not on the list (from a link) stays chosen, so that
    // its error is read beside what it says.
    let listed = chosen.is_empty()
        || grouping
            .joinable
            .iter()
            .any(|(n, _)| n.to_string() == chosen);
    let group = classes!(
        "nhsuk-form-group",
        error.is_some().then_some("nhsuk-form-group--error")
    );
    let described = described_by(&id, error.is_some());
    html! {
        <div class={group}>
            <label class="nhsuk-label" for={id.clone()}>{ "Acts on the same events as" }</label>
            <div class="nhsuk-hint" id={format!("{id}-hint")}>{ HINT }</div>
            if let Some(error) = &error {
                <span class="nhsuk-error-message" id={format!("{id}-error")} data-testid={format!("error-{key}")}>
                    <span class="nhsuk-u-visually-hidden">{ "Error: " }</span>{ error }
                </span>
            }
            <select class="nhsuk-select" id={id.clone()} name={key.to_string()} {onchange}
                aria-describedby={described}>
                <option value="" selected={chosen.is_empty()}>{ "Its own events" }</option>
                { for grouping.joinable.iter().map(|(n, name)| html! {
                    <option value={n.to_string()} selected={n.to_string() == chosen}>{ name.clone() }</option>
                }) }
                if !listed {
                    <option value={chosen.to_string()} selected=true>{ format!("Line {chosen}") }</option>
                }
            </select>
        </div>
    }
}
