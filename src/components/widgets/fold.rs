use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct FoldProps {
    pub summary: AttrValue,
    /// Something inside has an error, so the fold opens to show it.
    #[prop_or_default]
    pub error: bool,
    /// What is inside is drawn only once the fold is first opened.
    #[prop_or_default]
    pub lazy: bool,
    #[prop_or_default]
    pub testid: Option<AttrValue>,
    pub children: Html,
}

/// An NHS.UK details fold. It opens for an error and then stays open:
/// closing it as the error is fixed would take the field away from under
/// the cursor.
#[component]
pub fn Fold(props: &FoldProps) -> Html {
    let opened_for_error = use_mut_ref(|| false);
    if props.error {
        *opened_for_error.borrow_mut() = true;
    }
    // Once opened, a lazy fold's content stays drawn.
    let opened = use_mut_ref(|| false);
    let redraw = use_force_update();
    let ontoggle = {
        let (opened, lazy) = (opened.clone(), props.lazy);
        Callback::from(move |e: Event| {
            let open = e
                .target_unchecked_into::<web_sys::HtmlDetailsElement>()
                .open();
            if open && !*opened.borrow() {
                *opened.borrow_mut() = true;
                if lazy {
                    redraw.force_update();
                }
            }
        })
    };
    let for_error = *opened_for_error.borrow();
    let drawn = !props.lazy || for_error || *opened.borrow();
    html! {
        <details class="nhsuk-details app-fold" open={for_error} {ontoggle}
            data-testid={props.testid.clone()}>
            <summary class="nhsuk-details__summary">
                <span class="nhsuk-details__summary-text">{ props.summary.clone() }</span>
            </summary>
            <div class="nhsuk-details__text">
                if drawn { { props.children.clone() } }
            </div>
        </details>
    }
}
