use yew::prelude::*;

use crate::{browser, document};

#[derive(PartialEq, Properties)]
pub struct ImportFieldProps {
    /// A file's text; why it cannot be opened, if so.
    pub onimport: Callback<String, Option<String>>,
}

/// A file input: a good file replaces the scenario, a bad one changes
/// nothing and says why beside the field.
#[component]
pub fn ImportField(props: &ImportFieldProps) -> Html {
    let error = use_state(|| None::<String>);
    let onchange = {
        let error = error.clone();
        let onimport = props.onimport.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let (error, onimport) = (error.clone(), onimport.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let read = browser::read_chosen_file(
                    &input,
                    document::MAX_BYTES as f64,
                    document::TOO_LARGE,
                )
                .await;
                input.set_value("");
                error.set(match read {
                    Ok(text) => onimport.emit(text),
                    Err(message) => Some(message),
                });
            });
        })
    };
    let group = classes!(
        "nhsuk-form-group",
        error.is_some().then_some("nhsuk-form-group--error")
    );
    let described = if error.is_some() {
        "import-file-hint import-file-error"
    } else {
        "import-file-hint"
    };
    html! {
        <div class={group}>
            <label class="nhsuk-label" for="import-file">{ "Import a scenario file" }</label>
            <div class="nhsuk-hint" id="import-file-hint">
                { "A .json file downloaded from this calculator. It replaces the scenario on the page; the scenario on the page now is kept under \u{201c}Saved scenarios\u{201d}." }
            </div>
            if let Some(message) = &*error {
                <span class="nhsuk-error-message" id="import-file-error" data-testid="error-import">
                    <span class="nhsuk-u-visually-hidden">{ "Error: " }</span>{ message }
                </span>
            }
            <input class="app-file-input" id="import-file" name="import-file" type="file"
                accept=".json,application/json" aria-describedby={described} {onchange} />
        </div>
    }
}
