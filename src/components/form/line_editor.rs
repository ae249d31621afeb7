use yew::prelude::*;

use crate::components::error_for;
use crate::components::form::funder_radios::funder_radios;
use crate::components::form::kind_select::kind_select;
use crate::components::form::line_more_slot::line_more;
pub use crate::components::form::line_notes::LineNotes;
use crate::components::form::payment_radios::PaymentRadios;
use crate::components::form::pilot_evidence::pilot_evidence;
use crate::components::form::range_inputs::RangeInputs;
use crate::components::form::suggestions_slot::suggestions;
use crate::components::form::text_field::{number_field, TextField};
use crate::components::form::uptake_words::uptake_words_below;
use crate::components::form::with_select::with_select;
use crate::components::widgets::fold::Fold;
use crate::model::evidence::{evidence, Evidence};
use crate::model::fields::{Field, LINE_NAME_MAX};
use crate::model::keys::{End, FieldKey, Input, LineKey, COST_KEYS};
use crate::model::kind::Kind;
use crate::model::overlap::SHARED_KEYS;
use crate::model::uptake::is_list;
use crate::model::validate::check_field;
use crate::model::with::joins;
use crate::model::{FieldError, LineDraft};
use crate::state::Action;
use crate::unit_costs::suggested_ids;
use crate::words::groups::{joined_by_words, Grouping};

#[derive(PartialEq, Properties)]
pub struct LineEditorProps {
    /// Position in the scenario, from 0; links and headings count from 1.
    pub index: usize,
    pub line: LineDraft,
    pub errors: Vec<FieldError>,
    /// What the line's last valid figures say beside its inputs.
    #[prop_or_default]
    pub notes: LineNotes,
    pub onaction: Callback<Action>,
    /// The first financial year, whose prices suggested unit costs are
    /// brought to.
    #[prop_or(2017)]
    pub fy: i32,
    /// The embedded view folds costs and take-up away, opening them where
    /// one has an error.
    #[prop_or_default]
    pub compact: bool,
    /// The population, where valid, for the pilot's evidence.
    #[prop_or_default]
    pub pop: Option<f64>,
    /// The line was just put back: its heading takes the focus once drawn
    /// (an earlier focus could land on the line that was in its place).
    #[prop_or_default]
    pub restored: bool,
    /// Its group of lines that act on the same events (SPEC §2.10).
    #[prop_or_default]
    pub grouping: Grouping,
}

/// One intervention line: its kind, name, saving inputs and costs.
#[component]
pub fn LineEditor(props: &LineEditorProps) -> Html {
    let index = props.index;
    let n = index + 1;
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with(props.restored, move |restored| {
            if let Some(h) = heading.cast::<web_sys::HtmlElement>().filter(|_| *restored) {
                let _ = h.focus();
            }
        });
    }
    let kind = props.line.kind();
    let name = props.line.name.trim().to_string();
    let title = if name.is_empty() {
        format!("Line {n}")
    } else {
        format!("Line {n}: {name}")
    };
    // An appointment's length, for national prices of a clinician's time.
    let minutes = check_field(
        LineKey::ApptMin.field(),
        props.line.value(LineKey::ApptMin),
        "",
    )
    .ok()
    .flatten()
    .unwrap_or(LineKey::ApptMin.field().default);
    let field = |key: LineKey| {
        let oninput = props.onaction.reform(move |text| Action::SetLine {
            line: index,
            input: Input::Value(key),
            text,
        });
        let full_key = FieldKey::Line(n, Input::Value(key));
        let error = error_for(&props.errors, &full_key);
        let onpick = oninput.clone();
        let end = |end: End| {
            props
                .line
                .text(Input::End(key, end))
                .map(|t| AttrValue::from(t.to_string()))
        };
        let end_error =
            |end: End| error_for(&props.errors, &FieldKey::Line(n, Input::End(key, end)));
        let onend = props
            .onaction
            .reform(move |(end, text): (End, String)| Action::SetLine {
                line: index,
                input: Input::End(key, end),
                text,
            });
        // The kind's default: a spending line avoids all of its cost.
        let f = kind.map_or(*key.field(), |k| k.field_of(key));
        let f = match key {
            LineKey::Avoid => Field {
                label: "How much of its cost does the provider really save?",
                ..f
            },
            _ => f,
        };
        let typed = props.line.value(key);
        // A range is for one number; a list of years has none (SPEC §2.2),
        // but ends already typed stay in view with their error.
        let ranged = key.can_range()
            && (key != LineKey::Uptake
                || !typed.is_some_and(is_list)
                || end(End::Low).is_some()
                || end(End::High).is_some());
        html! {
            <>
                { number_field(&f, &full_key, typed, error, oninput) }
                if key == LineKey::Uptake {
                    { uptake_words_below(&f, &full_key, typed, props.fy) }
                }
                if !suggested_ids(key).is_empty() {
                    { suggestions(&full_key, props.line.value(key), (props.fy, minutes), onpick) }
                }
                if ranged {
                    <RangeInputs field={full_key.clone()} lo={end(End::Low)} hi={end(End::High)}
                        lo_error={end_error(End::Low)} hi_error={end_error(End::High)} oninput={onend} />
                }
                if key == LineKey::PilotMonths {
                    if let Some((after, seen)) = evidence_of(&props.line, props.pop) {
                        { pilot_evidence(index, &seen, after, &props.onaction) }
                    }
                }
            </>
        }
    };
    let onname = props
        .onaction
        .reform(move |text| Action::SetLineName { line: index, text });
    let onremove = props
        .onaction
        .reform(move |_: MouseEvent| Action::RemoveLine(index));
    // A joined line's baseline, price and payment rule are its events'
    // line's, said in words rather than asked again (SPEC §2.10).
    let shared = props
        .grouping
        .shared
        .clone()
        .filter(|_| !props.line.with.trim().is_empty());
    let saving_keys: Vec<LineKey> = kind
        .map(Kind::saving_keys)
        .unwrap_or(&[])
        .iter()
        .copied()
        .filter(|k| shared.is_none() || !SHARED_KEYS.contains(k))
        .collect();
    let has_saving = kind.is_some_and(|k| k != Kind::Cost);
    let joins_others = kind.is_some_and(joins);
    let counts_events = kind.is_some_and(Kind::counts_events);
    let LineNotes {
        raises_activity,
        nhs_loses,
        steps,
        workforce,
    } = props.notes.clone();
    let costs = html! {
        <>
            { field(LineKey::Setup) }
            { field(LineKey::Annual) }
            { field(LineKey::PerPatient) }
            { field(LineKey::Appts) }
            { field(LineKey::ApptCost) }
            { field(LineKey::ApptMin) }
            if let Some(words) = workforce {
                <p class="nhsuk-body-s" data-testid={format!("workforce-l{n}")}>{ words }</p>
            }
            if has_saving {
                { field(LineKey::Uptake) }
            }
            { funder_radios(index, &props.line.funder, error_for(&props.errors, &FieldKey::Funder(n)), &props.onaction) }
        </>
    };
    let landing = html! {
        <>
            <PaymentRadios index={index} line={props.line.clone()} errors={props.errors.clone()}
                onaction={props.onaction.clone()} />
            { field(LineKey::Avoid) }
            if counts_events {
                { field(LineKey::Step) }
                { field(LineKey::StepCost) }
                if let Some(words) = steps {
                    <p class="nhsuk-inset-text" data-testid={format!("steps-l{n}")}>{ words }</p>
                }
            }
        </>
    };
    let errored_in = |keys: &[LineKey]| {
        props.errors.iter().any(|e| match e.key {
            FieldKey::Line(_, input) => keys.contains(&input.key()),
            FieldKey::Funder(_) => keys == COST_KEYS,
            _ => false,
        })
    };
    let errored = errored_in(COST_KEYS);
    let landing_errored = errored_in(&[
        LineKey::Paid,
        LineKey::Avoid,
        LineKey::Step,
        LineKey::StepCost,
        LineKey::Cash,
    ]);
    html! {
        <section class="app-line" aria-labelledby={format!("line-{n}-heading")}>
            <h3 id={format!("line-{n}-heading")} tabindex="-1" ref={heading}>{ title }</h3>
            if raises_activity {
                <div class="nhsuk-warning-callout" data-testid={format!("warning-l{n}")}>
                    <h4 class="nhsuk-warning-callout__label">
                        <span role="text"><span class="nhsuk-u-visually-hidden">{ "Important: " }</span>{ "Activity went up" }</span>
                    </h4>
                    <p>{ "The rate with the pilot is above the rate before it, so this line adds cost instead of saving it." }</p>
                </div>
            }
            <TextField field={FieldKey::LineName(n)} label="Name of this line" numeric={false}
                width="nhsuk-input--width-20"
                hint={AttrValue::from(format!("Up to {LINE_NAME_MAX} characters, for example Dermatology referrals"))}
                value={AttrValue::from(props.line.name.clone())}
                error={error_for(&props.errors, &FieldKey::LineName(n))} oninput={onname} />
            { kind_select(index, kind, error_for(&props.errors, &FieldKey::Kind(n)), &props.onaction) }
            if joins_others || !props.line.with.trim().is_empty() {
                { with_select(index, &props.line.with, &props.grouping, error_for(&props.errors, &FieldKey::With(n)), &props.onaction) }
            }
            if let Some(words) = &shared {
                <p class="nhsuk-inset-text" data-testid={format!("shared-l{n}")}>{ words.clone() }</p>
            }
            if !props.grouping.joined_by.is_empty() && shared.is_none() {
                <p class="nhsuk-body-s" data-testid={format!("joined-by-l{n}")}>{ joined_by_words(&props.grouping.joined_by) }</p>
            }
            { for saving_keys.iter().map(|key| field(*key)) }
            if let Some(words) = nhs_loses {
                <div class="nhsuk-warning-callout" data-testid={format!("nhs-loses-l{n}")}>
                    <h4 class="nhsuk-warning-callout__label">
                        <span role="text"><span class="nhsuk-u-visually-hidden">{ "Important: " }</span>{ "The NHS as a whole loses" }</span>
                    </h4>
                    <p>{ words }</p>
                </div>
            }
            if counts_events {
                { line_more(index, &props.line, &props.errors, &props.onaction) }
            }
            if has_saving && shared.is_none() {
                if props.compact {
                    <Fold summary="How the saving is paid for, and what is really saved" error={landing_errored}>{ landing }</Fold>
                } else {
                    // The class lets the embed snippet size the compact view.
                    <div class="app-folds-embedded">
                        <h4>{ "Where the saving lands" }</h4>
                        { landing }
                    </div>
                }
            }
            if props.compact {
                <Fold summary="Costs, take-up and who pays" error={errored}>{ costs }</Fold>
            } else {
                <div class="app-folds-embedded">
                    <h4>{ "Costs" }</h4>
                    { costs }
                </div>
            }
            <button type="button" class="nhsuk-button nhsuk-button--secondary" onclick={onremove}>
                { "Remove " }<span class="nhsuk-u-visually-hidden">{ format!("line {n} ") }</span>{ "this line" }
            </button>
        </section>
    }
}

/// The rate with the pilot and what the pilot's events say about it,
/// once the population, the rate and the pilot's length are all valid.
fn evidence_of(line: &LineDraft, pop: Option<f64>) -> Option<(f64, Evidence)> {
    let valid = |key: LineKey| check_field(key.field(), line.value(key), "").ok().flatten();
    let months = valid(LineKey::PilotMonths)?;
    let after = valid(LineKey::After)?;
    Some((after, evidence(pop?, after, months)))
}
