use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct FoldProps {
    pub summary: AttrValue,
    /// Something inside has an error, so the fold opens to show it.
    #[prop_or_default]
    pub error: bool,
    pub children: Html,
}

/// An NHS.UK details fold for the embedded view. It opens for an error and
/// then stays open: closing it as the error is fixed would take the field
/// away from under the cursor.
#[component]
pub fn Fold(props: &FoldProps) -> Html {
    let opened_for_error = use_mut_ref(|| false);
    if props.error {
        *opened_for_error.borrow_mut() = true;
    }
    html! {
        <details class="nhsuk-details app-fold" open={*opened_for_error.borrow()}>
            <summary class="nhsuk-details__summary">
                <span class="nhsuk-details__summary-text">{ props.summary.clone() }</span>
            </summary>
            <div class="nhsuk-details__text">{ props.children.clone() }</div>
        </details>
    }
}
