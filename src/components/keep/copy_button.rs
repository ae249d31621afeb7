use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct CopyButtonProps {
    /// Makes the text when the button is pressed, so that long text is not
    /// rebuilt on every keystroke.
    pub text: Callback<(), String>,
    pub label: AttrValue,
    /// Said once the text is on the clipboard.
    pub copied: AttrValue,
    /// Said where the browser refuses, naming where to select the text.
    pub refused: AttrValue,
    /// Names the status line for tests.
    pub testid: AttrValue,
}

/// A secondary button that copies text, and a status line saying whether
/// it worked: plain http intranets and some policies have no clipboard.
#[component]
pub fn CopyButton(props: &CopyButtonProps) -> Html {
    let status = use_state(String::new);
    let onclick = {
        let status = status.clone();
        let make_text = props.text.clone();
        let (copied, refused) = (props.copied.to_string(), props.refused.to_string());
        Callback::from(move |_: MouseEvent| {
            let (status, text) = (status.clone(), make_text.emit(()));
            let (copied, refused) = (copied.clone(), refused.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let done = crate::browser::copy(&text).await;
                status.set(if done { copied } else { refused });
            });
        })
    };
    html! {
        <>
            <button type="button" class="nhsuk-button nhsuk-button--secondary" {onclick}>{ props.label.clone() }</button>
            <p class="nhsuk-body" role="status" data-testid={props.testid.clone()}>{ (*status).clone() }</p>
        </>
    }
}
