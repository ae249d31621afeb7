use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct SharePanelProps {
    /// The full link to the scenario as it is now.
    pub link: AttrValue,
}

/// The share link, and a button that copies it.
#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let status = use_state(String::new);
    let onclick = {
        let status = status.clone();
        let link = props.link.to_string();
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            let link = link.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let copied = crate::browser::copy(&link).await;
                status.set(if copied {
                    "Link copied. Paste it into an email or a business case.".to_string()
                } else {
                    "Your browser did not let the page copy. Select the link above and copy it."
                        .to_string()
                });
            });
        })
    };
    html! {
        <section aria-labelledby="share-heading">
            <h2 id="share-heading">{ "Share this scenario" }</h2>
            <div class="nhsuk-form-group">
                <label class="nhsuk-label" for="share-link">{ "Link to this scenario" }</label>
                <div class="nhsuk-hint" id="share-link-hint">
                    { "Anyone who opens it sees these figures. Everything is in the link: nothing is stored on a server." }
                </div>
                <input class="nhsuk-input app-share-url" id="share-link" type="text" readonly=true
                    aria-describedby="share-link-hint" value={props.link.clone()} />
            </div>
            <button type="button" class="nhsuk-button nhsuk-button--secondary" {onclick}>{ "Copy link" }</button>
            <p class="nhsuk-body" role="status" data-testid="copy-status">{ (*status).clone() }</p>
        </section>
    }
}
