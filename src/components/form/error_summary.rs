use yew::prelude::*;

use crate::components::input_id;
use crate::model::FieldError;

/// NHS.UK error summary: every problem, each linking to its field.
pub fn error_summary(errors: &[FieldError]) -> Html {
    if errors.is_empty() {
        return html! {};
    }
    html! {
        <div class="nhsuk-error-summary" aria-labelledby="error-summary-title" role="alert"
            data-testid="error-summary">
            <h2 class="nhsuk-error-summary__title" id="error-summary-title">{ "There is a problem" }</h2>
            <div class="nhsuk-error-summary__body">
                <p>{ "Results will show again when these are fixed:" }</p>
                <ul class="nhsuk-list nhsuk-error-summary__list">
                    { for errors.iter().map(error_link) }
                </ul>
            </div>
        </div>
    }
}

fn error_link(error: &FieldError) -> Html {
    let id = input_id(&error.key);
    // Focus the field itself: without the NHS script a bare #link only scrolls.
    let onclick = {
        let id = id.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            crate::browser::focus(&id);
        })
    };
    html! {
        <li><a href={format!("#{id}")} {onclick}>{ &error.message }</a></li>
    }
}
