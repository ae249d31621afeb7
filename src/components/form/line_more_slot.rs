use yew::prelude::*;

use crate::components::error_for;
use crate::components::widgets::view_slot::{later, ViewSlot};
use crate::messages::events::SET;
use crate::messages::json::{LineMoreJson, LINE_MORE};
use crate::model::equity::EquityKey;
use crate::model::{FieldError, FieldKey, LineDraft, SeriesKey};
use crate::state::Action;

/// A `rate` or `count` line's monthly counts and deprivation inputs (SPEC
/// §2.8, §2.11), drawn by the views module (`form::line_more_app`): they
/// are optional and folded away, so the page's first load need not carry
/// their fields. The page keeps their text and checks it; what is typed
/// there comes back as `SET`.
pub fn line_more(
    index: usize,
    line: &LineDraft,
    errors: &[FieldError],
    onaction: &Callback<Action>,
) -> Html {
    let n = index + 1;
    let series = SeriesKey::ALL
        .iter()
        .map(|k| (FieldKey::Series(n, *k), line.series_text(*k)));
    let equity = EquityKey::ALL
        .iter()
        .map(|k| (FieldKey::Equity(n, *k), line.equity_text(*k)));
    let fields: Vec<(String, &str, Option<String>)> = series
        .chain(equity)
        .map(|(key, text)| (key.to_string(), text, error_for(errors, &key)))
        .collect();
    let joined = !line.with.trim().is_empty();
    let json = LineMoreJson::of(n, joined, &fields);
    let onaction = onaction.clone();
    let onevent = Callback::from(move |(kind, name, text): (String, String, String)| {
        let action = match FieldKey::parse(&name) {
            Some(FieldKey::Series(m, key)) if kind == SET && m == n => Action::SetSeries {
                line: m - 1,
                key,
                text,
            },
            Some(field @ FieldKey::Equity(m, _)) if kind == SET && m == n => {
                Action::SetText { field, text }
            }
            _ => return None,
        };
        let onaction = onaction.clone();
        later(move || onaction.emit(action));
        None
    });
    html! { <ViewSlot view={LINE_MORE} {json} {onevent} /> }
}
