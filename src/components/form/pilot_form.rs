use std::rc::Rc;

use yew::prelude::*;

use crate::components::form::add_line::AddLine;
use crate::components::form::error_summary::error_summary;
use crate::components::form::example_banner::example_banner;
use crate::components::form::global_fields::{global_fields, GlobalFieldsProps};
use crate::components::form::line_editor::{LineEditor, LineNotes};
use crate::components::form::removed_notice::RemovedNotice;
use crate::components::widgets::fold::Fold;
use crate::components::widgets::view_slot::{later, ViewSlot};
use crate::link::{decode, Decoded};
use crate::messages::events::{ADD, REPLACE};
use crate::messages::json::{PresetsJson, PRESETS};
use crate::model::fields::MAX_LINES;
use crate::model::keys::{FieldKey, GlobalKey, LineKey};
use crate::model::{Draft, FieldError, LineResult};
use crate::state::{Action, Removed};
use crate::words::groups::groupings;

#[derive(PartialEq, Properties)]
pub struct PilotFormProps {
    pub draft: Draft,
    /// The problems the page says, for every field.
    pub errors: Rc<Vec<FieldError>>,
    pub removed: Option<Removed>,
    /// The line put back last, whose heading takes the focus.
    #[prop_or_default]
    pub restored: Option<usize>,
    /// Each line's last valid figures, by position, for its warnings.
    pub results: Rc<Vec<LineResult>>,
    pub onaction: Callback<Action>,
    pub onopen: Callback<(Rc<Decoded>, String)>,
    /// The example the scenario opened as, which the page says it is.
    #[prop_or_default]
    pub example: Option<&'static str>,
    /// The embedded view folds the assumptions and costs away, and leaves
    /// starting afresh to the full calculator.
    #[prop_or_default]
    pub compact: bool,
    /// The first figures are painted: "Start from an example" may draw.
    #[prop_or_default]
    pub later: bool,
}

/// The pilot's inputs: the scenario, its assumptions and its lines. Leaving
/// a field lets its problem, if any, be said (SPEC §7's calm validation).
#[component]
pub fn PilotForm(props: &PilotFormProps) -> Html {
    let draft = &props.draft;
    // The field is named in the markup: read back at this edge.
    let onfocusout = {
        let onaction = props.onaction.clone();
        Callback::from(move |e: FocusEvent| {
            let name = e
                .target_dyn_into::<web_sys::Element>()
                .and_then(|el| el.get_attribute("name"));
            if let Some(key) = name.as_deref().and_then(FieldKey::parse) {
                onaction.emit(Action::Leave(key));
            }
        })
    };
    let fy = draft.first_year();
    let pop = draft.valid(GlobalKey::Pop);
    let global_errors: Vec<FieldError> = props
        .errors
        .iter()
        .filter(|e| e.key.line().is_none())
        .cloned()
        .collect();
    let count = draft.lines.len();
    let groupings = groupings(draft);
    let line = |i: usize| {
        let line = &draft.lines[i];
        let errors: Vec<FieldError> = props
            .errors
            .iter()
            .filter(|e| e.key.line() == Some(i + 1))
            .cloned()
            .collect();
        // Only a line with a pilot length needs the population: a new
        // population then redraws that line alone.
        html! {
            <LineEditor index={i} line={line.clone()} {errors}
                notes={props.results.get(i).map(|r| LineNotes::of(line, i, r)).unwrap_or_default()} onaction={props.onaction.clone()}
                compact={props.compact} {fy} pop={pop.filter(|_| line.value(LineKey::PilotMonths).is_some())}
                restored={props.restored == Some(i)} grouping={groupings.get(i).cloned().unwrap_or_default()} />
        }
    };
    let removed = props.removed.as_ref().map(|r| {
        let name = r.line.name.trim().to_string();
        (
            r.index.min(count),
            html! {
                <RemovedNotice n={r.index + 1} name={AttrValue::from(name)}
                    can_undo={count < MAX_LINES} onaction={props.onaction.clone()} />
            },
        )
    });
    let onblank = props.onopen.reform(|_| {
        let blank = Decoded {
            draft: Draft::new_scenario(crate::browser::this_financial_year()),
            ..Decoded::default()
        };
        (Rc::new(blank), "a blank scenario".to_string())
    });
    let has_work = !draft.is_blank();
    html! {
        <div class="app-form" {onfocusout}>
            { error_summary(&props.errors) }
            if !props.compact {
                <div class="app-not-embedded">{ example_banner(props.example, has_work, onblank) }</div>
            }
            if props.later && !props.compact {
                <div class="app-not-embedded">
                    <Fold summary="Start from an example" lazy=true testid="presets-fold">
                        { presets(PresetsJson { count, fy, today: crate::browser::this_financial_year() },
                            &props.onaction, &props.onopen) }
                    </Fold>
                </div>
            }
            { global_fields(&GlobalFieldsProps { draft: draft.clone(), errors: global_errors,
                onaction: props.onaction.clone(), compact: props.compact }) }
            <h2 id="lines-heading" tabindex="-1">{ "What the pilot saves and costs" }</h2>
            <div class="app-lines">
                { for (0..=count).map(|i| {
                    let notice = removed.as_ref().filter(|(at, _)| *at == i).map(|(_, n)| n.clone());
                    html! {
                        <>
                            { for notice }
                            if i < count { { line(i) } }
                        </>
                    }
                }) }
            </div>
            <AddLine count={count} onaction={props.onaction.clone()} />
        </div>
    }
}

/// "Start from an example", drawn by the views module
/// (`form::preset_picker`): it asks the page to add an example's lines, or
/// to open the example in place of the scenario.
fn presets(
    sent: PresetsJson,
    onaction: &Callback<Action>,
    onopen: &Callback<(Rc<Decoded>, String)>,
) -> Html {
    let json = sent.json();
    let (onaction, onopen) = (onaction.clone(), onopen.clone());
    let onevent = Callback::from(move |(kind, query, title): (String, String, String)| {
        let decoded = decode(&query);
        match kind.as_str() {
            ADD => {
                let onaction = onaction.clone();
                later(move || onaction.emit(Action::AddLines(decoded.draft.lines)));
            }
            REPLACE => {
                let onopen = onopen.clone();
                let what = format!("the example \u{201c}{title}\u{201d}");
                later(move || onopen.emit((Rc::new(decoded), what)));
            }
            _ => {}
        }
        None
    });
    html! { <ViewSlot view={PRESETS} json={AttrValue::from(json)} {onevent} /> }
}
