use yew::prelude::*;

use crate::components::input_id;
use crate::model::keys::FieldKey;
use crate::model::scenario::Funder;
use crate::state::Action;

/// "Who pays this line's costs?" (SPEC §2.6 `funder`) for line `index`
/// (from 0), `funder` as given (empty is the commissioner).
pub fn funder_radios(
    index: usize,
    funder: &str,
    error: Option<String>,
    onaction: &Callback<Action>,
) -> Html {
    let key = FieldKey::Funder(index + 1);
    let given = if funder.trim().is_empty() {
        Some(Funder::default())
    } else {
        Funder::parse(funder)
    };
    let radio = |funder: Funder, hint: &'static str| {
        let id = if funder == Funder::default() {
            input_id(&key)
        } else {
            format!("{}-{}", input_id(&key), funder.name())
        };
        let hint_id = format!("{id}-item-hint");
        let onchange = onaction.reform(move |_: Event| Action::SetFunder {
            line: index,
            text: funder.name().to_string(),
        });
        html! {
            <div class="nhsuk-radios__item">
                <input class="nhsuk-radios__input" id={id.clone()} name={key.to_string()}
                    type="radio" value={funder.name()} checked={given == Some(funder)} {onchange}
                    aria-describedby={hint_id.clone()} />
                <label class="nhsuk-label nhsuk-radios__label" for={id}>{ funder.describe() }</label>
                <div class="nhsuk-hint nhsuk-radios__hint" id={hint_id}>{ hint }</div>
            </div>
        }
    };
    html! {
        <div class={classes!("nhsuk-form-group", error.is_some().then_some("nhsuk-form-group--error"))}>
            <fieldset class="nhsuk-fieldset">
                <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{ "Who pays this line\u{2019}s costs?" }</legend>
                if let Some(error) = &error {
                    <span class="nhsuk-error-message" data-testid={format!("error-{key}")}>
                        <span class="nhsuk-u-visually-hidden">{ "Error: " }</span>{ error }
                    </span>
                }
                <div class="nhsuk-radios">
                    { radio(Funder::Commissioner, "Out of the saving it keeps, as most pilots are funded") }
                    { radio(Funder::Primary, "Out of its gain-share: the practice or network bears the extra work") }
                </div>
            </fieldset>
        </div>
    }
}
