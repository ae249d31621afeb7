use std::rc::Rc;

use yew::prelude::*;

use crate::keep::storage;
use crate::keep::{unique_name, Saved};

#[derive(PartialEq, Properties)]
pub struct SavedScenariosProps {
    pub saved: Rc<Vec<Saved>>,
    pub current_query: AttrValue,
    pub current_name: AttrValue,
    /// The list as stored after a change.
    pub on_list: Callback<Vec<Saved>>,
    pub onopen: Callback<Saved>,
}

use crate::components::keep::saved_rows::{check_name, saved_table, Editing, Rows, STATUS};

/// Save under a name, and open, rename or delete what was saved before.
#[component]
pub fn SavedScenarios(props: &SavedScenariosProps) -> Html {
    let typed = use_state(|| None::<String>);
    let editing = use_state(|| Editing::None);
    let status = use_state(String::new);
    let error = use_state(|| None::<String>);
    let page = use_state(|| 0usize);
    let name = typed
        .as_ref()
        .cloned()
        .unwrap_or_else(|| props.current_name.to_string());

    let onsave = {
        let (name, query) = (name.clone(), props.current_query.to_string());
        let (on_list, status, error, typed, page) = (
            props.on_list.clone(),
            status.clone(),
            error.clone(),
            typed.clone(),
            page.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Err(message) = check_name(&name) {
                error.set(Some(message));
                crate::browser::focus("save-name");
                return;
            }
            error.set(None);
            let saved = storage::change_saved("this scenario was not saved", |list| {
                let name = unique_name(list, name.trim());
                list.push(Saved {
                    name: name.clone(),
                    saved_at: storage::now(),
                    query: query.clone(),
                });
                name
            });
            match saved {
                Ok((list, name)) => {
                    on_list.emit(list);
                    // The new one is last: show the page that holds it.
                    page.set(usize::MAX);
                    typed.set(None);
                    status.set(format!("Saved as \u{201c}{name}\u{201d} in this browser."));
                }
                Err(message) => status.set(message),
            }
        })
    };
    let oninput = {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| {
            typed.set(Some(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            ))
        })
    };
    let group = classes!(
        "nhsuk-form-group",
        error.is_some().then_some("nhsuk-form-group--error")
    );
    html! {
        <section aria-labelledby="saved-heading" class="app-no-print app-saved">
            <h2 id="saved-heading">{ "Saved scenarios" }</h2>
            <p class="nhsuk-body">{ "Kept in this browser on this computer only. To keep a scenario anywhere else, download it as a file or copy its link." }</p>
            <form onsubmit={onsave} novalidate=true>
                <div class={group}>
                    <label class="nhsuk-label" for="save-name">{ "Name to save this scenario under" }</label>
                    <div class="nhsuk-hint" id="save-name-hint">{ "For example \u{201c}Eastside neighbourhood, 50% gain-share\u{201d}" }</div>
                    if let Some(message) = &*error {
                        <span class="nhsuk-error-message" id="save-name-error" data-testid="error-save-name">
                            <span class="nhsuk-u-visually-hidden">{ "Error: " }</span>{ message }
                        </span>
                    }
                    <input class="nhsuk-input nhsuk-input--width-30" id="save-name" type="text" value={name}
                        aria-describedby={if error.is_some() { "save-name-hint save-name-error" } else { "save-name-hint" }}
                        {oninput} />
                </div>
                <button type="submit" class="nhsuk-button">{ "Save scenario" }</button>
            </form>
            <p class="nhsuk-body" role="status" data-testid="saved-status" id={STATUS} tabindex="-1">{ (*status).clone() }</p>
            { saved_table(&Rows { saved: &props.saved, on_list: &props.on_list, onopen: &props.onopen, page: &page }, &editing, &status) }
        </section>
    }
}
