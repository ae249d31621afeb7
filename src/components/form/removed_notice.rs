use yew::prelude::*;

use crate::state::Action;

#[derive(PartialEq, Properties)]
pub struct RemovedNoticeProps {
    /// The removed line's number, from 1.
    pub n: usize,
    pub name: AttrValue,
    /// Room for it to go back (a scenario holds up to 20 lines).
    pub can_undo: bool,
    pub onaction: Callback<Action>,
}

/// Where a line was removed: says so, offers to put it back, and takes the
/// focus, so a second Enter does not remove the next line as well.
#[component]
pub fn RemovedNotice(props: &RemovedNoticeProps) -> Html {
    let holder = use_node_ref();
    {
        let holder = holder.clone();
        use_effect_with((props.n, props.name.clone()), move |_| {
            if let Some(element) = holder.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        });
    }
    let n = props.n;
    let onclick = props
        .onaction
        .reform(move |_: MouseEvent| Action::UndoRemove);
    let what = if props.name.is_empty() {
        format!("Line {n} removed.")
    } else {
        format!("Line {n}, {}, removed.", props.name)
    };
    html! {
        <div class="app-removed" tabindex="-1" ref={holder} role="status" data-testid="removed-notice">
            <p class="nhsuk-body">{ what }</p>
            if props.can_undo {
                <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" {onclick}
                    data-testid="undo-remove">
                    { "Undo" }<span class="nhsuk-u-visually-hidden">{ format!(": put line {n} back") }</span>
                </button>
            }
        </div>
    }
}
