use yew::prelude::*;

use crate::components::widgets::view_slot::{later, ViewSlot};
use crate::messages::events::PICK;
use crate::messages::json::{SuggestionsJson, SUGGESTIONS};
use crate::model::FieldKey;

/// Suggested national costs beside the £ input `field`, drawn by the views
/// module (`form::unit_cost_suggestions`); a figure picked there is typed
/// into the box by `onpick`. `fy` and `minutes`: the first financial year,
/// whose prices figures are brought to, and the line's appointment length.
pub fn suggestions(
    field: &FieldKey,
    value: Option<&str>,
    (fy, minutes): (i32, f64),
    onpick: Callback<String>,
) -> Html {
    let sent = SuggestionsJson {
        field: field.to_string(),
        value: value.map(str::to_string),
        fy,
        minutes,
    };
    let json = sent.json();
    let onevent = Callback::from(move |(kind, figure, _): (String, String, String)| {
        if kind == PICK {
            let onpick = onpick.clone();
            later(move || onpick.emit(figure));
        }
        None
    });
    html! { <ViewSlot view={SUGGESTIONS} {json} {onevent} /> }
}
