use yew::prelude::*;

use super::cash_radios::CashRadios;
use super::error_for;
use super::fold::Fold;
use super::kind_select::KindSelect;
use super::pilot_evidence::PilotEvidence;
use super::range_inputs::RangeInputs;
use super::text_field::{number_field, TextField};
use super::unit_cost_suggestions::UnitCostSuggestions;
use crate::model::draft::check_field;
use crate::model::evidence::{evidence, Evidence};
use crate::model::fields::{can_range, line_field, Kind, COST_KEYS, LINE_NAME_MAX};
use crate::model::{FieldError, LineDraft};
use crate::state::Action;

#[derive(PartialEq, Properties)]
pub struct LineEditorProps {
    /// Position in the scenario, from 0; links and headings count from 1.
    pub index: usize,
    pub line: LineDraft,
    pub errors: Vec<FieldError>,
    /// The pilot raised activity, so this line costs rather than saves.
    #[prop_or_default]
    pub raises_activity: bool,
    pub onaction: Callback<Action>,
    /// The first financial year, to date suggested unit costs against.
    #[prop_or(2017)]
    pub fy: i32,
    /// The embedded view folds costs and take-up away, opening them where
    /// one has an error.
    #[prop_or_default]
    pub compact: bool,
    /// The population, where valid, for the pilot's evidence.
    #[prop_or_default]
    pub pop: Option<f64>,
}

/// One intervention line: its kind, name, saving inputs and costs.
#[component]
pub fn LineEditor(props: &LineEditorProps) -> Html {
    let index = props.index;
    let n = index + 1;
    let kind = props.line.kind();
    let name = props.line.text("name").unwrap_or("").trim().to_string();
    let title = if name.is_empty() {
        format!("Line {n}")
    } else {
        format!("Line {n}: {name}")
    };
    let field = |key: &'static str| {
        let Some(f) = line_field(key) else {
            return html! {};
        };
        let oninput = props.onaction.reform(move |text| Action::SetLine {
            line: index,
            key: key.to_string(),
            text,
        });
        let full_key = format!("l{n}.{key}");
        let error = error_for(&props.errors, &full_key);
        let onpick = oninput.clone();
        let end = |end: &str| {
            props
                .line
                .text(&format!("{key}.{end}"))
                .map(|t| AttrValue::from(t.to_string()))
        };
        let end_error = |end: &str| error_for(&props.errors, &format!("{full_key}.{end}"));
        html! {
            <>
                { number_field(f, full_key.clone(), props.line.text(key), error, oninput) }
                <UnitCostSuggestions full_key={AttrValue::from(full_key.clone())} key_name={key}
                    value={props.line.text(key).map(|t| AttrValue::from(t.to_string()))}
                    fy={props.fy} {onpick} />
                if can_range(key) {
                    <RangeInputs index={index} field={f} lo={end("lo")} hi={end("hi")}
                        lo_error={end_error("lo")} hi_error={end_error("hi")} onaction={props.onaction.clone()} />
                }
                if key == "pilot_months" {
                    if let Some((after, seen)) = pilot_evidence(&props.line, props.pop) {
                        <PilotEvidence index={index} evidence={seen} {after} onaction={props.onaction.clone()} />
                    }
                }
            </>
        }
    };
    let onname = props.onaction.reform(move |text| Action::SetLine {
        line: index,
        key: "name".to_string(),
        text,
    });
    let onremove = props
        .onaction
        .reform(move |_: MouseEvent| Action::RemoveLine(index));
    let saving_keys = kind.map(Kind::saving_keys).unwrap_or(&[]);
    let has_saving = kind.is_some_and(|k| k != Kind::Cost);
    let costs = html! {
        <>
            { field("setup") }
            { field("annual") }
            { field("per_patient") }
            { field("appts") }
            { field("appt_cost") }
            if has_saving {
                { field("uptake") }
                <CashRadios index={index} cash={props.line.text("cash").map(str::to_string)}
                    error={error_for(&props.errors, &format!("l{n}.cash"))}
                    onaction={props.onaction.clone()} />
            }
        </>
    };
    let errored = COST_KEYS
        .iter()
        .any(|key| error_for(&props.errors, &format!("l{n}.{key}")).is_some());
    html! {
        <section class="app-line" aria-labelledby={format!("line-{n}-heading")}>
            <h3 id={format!("line-{n}-heading")} tabindex="-1">{ title }</h3>
            if props.raises_activity {
                <div class="nhsuk-warning-callout" data-testid={format!("warning-l{n}")}>
                    <h4 class="nhsuk-warning-callout__label">
                        <span role="text"><span class="nhsuk-u-visually-hidden">{ "Important: " }</span>{ "Activity went up" }</span>
                    </h4>
                    <p>{ "The rate with the pilot is above the rate before it, so this line adds cost instead of saving it." }</p>
                </div>
            }
            <TextField key_name={format!("l{n}.name")} label="Name of this line" numeric={false}
                width="nhsuk-input--width-20"
                hint={AttrValue::from(format!("Up to {LINE_NAME_MAX} characters, for example Dermatology referrals"))}
                value={AttrValue::from(props.line.text("name").unwrap_or("").to_string())}
                error={error_for(&props.errors, &format!("l{n}.name"))} oninput={onname} />
            <KindSelect index={index} kind={kind}
                error={error_for(&props.errors, &format!("l{n}.kind"))}
                onaction={props.onaction.clone()} />
            { for saving_keys.iter().map(|key| field(key)) }
            if props.compact {
                <Fold summary="Costs, take-up and cash release" error={errored}>{ costs }</Fold>
            } else {
                <h4>{ "Costs" }</h4>
                { costs }
            }
            <button type="button" class="nhsuk-button nhsuk-button--secondary" onclick={onremove}>
                { "Remove " }<span class="nhsuk-u-visually-hidden">{ format!("line {n} ") }</span>{ "this line" }
            </button>
        </section>
    }
}

/// The rate with the pilot and what the pilot's events say about it,
/// once the population, the rate and the pilot's length are all valid.
fn pilot_evidence(line: &LineDraft, pop: Option<f64>) -> Option<(f64, Evidence)> {
    let valid = |key: &str| {
        check_field(line_field(key)?, line.text(key), "")
            .ok()
            .flatten()
    };
    let months = valid("pilot_months")?;
    let after = valid("after")?;
    Some((after, evidence(pop?, after, months)))
}
