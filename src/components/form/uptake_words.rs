use yew::prelude::*;

use crate::model::fields::Field;
use crate::model::keys::FieldKey;
use crate::model::uptake::{check_list, is_list, Ramp};
use crate::model::validate::check_field;
use crate::words::uptake::uptake_words;

/// Below a line's uptake (SPEC §2.2), what the figures typed mean in
/// financial years ("25% in 2026/27, 60% in 2027/28, then 90% a year");
/// nothing while they have a problem, or at the full saving throughout.
pub fn uptake_words_below(f: &Field, key: &FieldKey, typed: Option<&str>, fy: i32) -> Html {
    let (first, ramp) = match typed {
        Some(text) if is_list(text) => match check_list(text, "") {
            Ok(found) => found,
            Err(_) => return Html::default(),
        },
        _ => match check_field(f, typed, "") {
            Ok(Some(v)) => (v, Ramp::default()),
            _ => return Html::default(),
        },
    };
    if ramp.settles(first) == 1 {
        return Html::default();
    }
    html! {
        <p class="nhsuk-body-s app-uptake-words" data-testid={format!("{key}-words")}>
            { uptake_words(first, &ramp, fy) }{ "." }
        </p>
    }
}
