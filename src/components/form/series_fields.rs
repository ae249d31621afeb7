use yew::prelude::*;

use crate::components::form::text_field::TextField;
use crate::components::{error_for, input_id};
use crate::model::{FieldError, FieldKey, LineDraft, SeriesKey};
use crate::state::Action;

/// A `rate` or `count` line's monthly counts (SPEC §2.8): pasted from a
/// spreadsheet, with the first month and the pilot's. Folded away until
/// wanted; open when the line has a series or one of them has a problem.
pub fn series_fields(
    index: usize,
    line: &LineDraft,
    errors: &[FieldError],
    onaction: &Callback<Action>,
) -> Html {
    let n = index + 1;
    let key = |k: SeriesKey| FieldKey::Series(n, k);
    let set = |k: SeriesKey| {
        onaction.reform(move |text: String| Action::SetSeries {
            line: index,
            key: k,
            text,
        })
    };
    let error = |k: SeriesKey| error_for(errors, &key(k));
    let given = SeriesKey::ALL
        .iter()
        .any(|k| !line.series_text(*k).trim().is_empty());
    let open = given || SeriesKey::ALL.iter().any(|k| error(*k).is_some());
    let month = |k: SeriesKey| {
        html! {
            <TextField field={key(k)} label={k.label()} hint={AttrValue::Static(k.hint())} numeric={false}
                width="nhsuk-input--width-10" value={AttrValue::from(line.series_text(k).to_string())}
                error={error(k)} oninput={set(k)} />
        }
    };
    html! {
        <crate::components::widgets::fold::Fold summary="Monthly counts, for a Making Data Count chart" error={open}>
            <p class="nhsuk-body-s">
                { "Boards judge a change by a chart of its months. Give this line\u{2019}s events month by month, before the pilot and during it, and the page draws the chart the Making Data Count way, under How sure." }
            </p>
            { counts_area(&key(SeriesKey::Counts), line.series_text(SeriesKey::Counts), error(SeriesKey::Counts), set(SeriesKey::Counts)) }
            <div class="app-inline-fields">
                { month(SeriesKey::From) }
                { month(SeriesKey::PilotFrom) }
            </div>
        </crate::components::widgets::fold::Fold>
    }
}

/// The counts' box: a text area, as a column pasted from a spreadsheet
/// keeps its lines.
fn counts_area(
    field: &FieldKey,
    text: &str,
    error: Option<String>,
    oninput: Callback<String>,
) -> Html {
    let id = input_id(field);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = match error {
        Some(_) => format!("{hint_id} {error_id}"),
        None => hint_id.clone(),
    };
    let oninput = oninput.reform(|e: InputEvent| {
        e.target_unchecked_into::<web_sys::HtmlTextAreaElement>()
            .value()
    });
    let label = SeriesKey::Counts.label();
    html! {
        <div class={classes!("nhsuk-form-group", error.is_some().then_some("nhsuk-form-group--error"))}>
            <label class="nhsuk-label" for={id.clone()}>{ label }</label>
            <div class="nhsuk-hint" id={hint_id}>{ SeriesKey::Counts.hint() }</div>
            if let Some(message) = error {
                <span class="nhsuk-error-message" id={error_id} data-testid={format!("error-{field}")}>
                    <span class="nhsuk-u-visually-hidden">{ "Error: " }</span>{ message }
                </span>
            }
            <textarea class={classes!("nhsuk-textarea", "app-series")} id={id} name={field.to_string()} rows="6"
                spellcheck="false" autocomplete="off" aria-describedby={described}
                value={text.to_string()} {oninput} />
        </div>
    }
}
