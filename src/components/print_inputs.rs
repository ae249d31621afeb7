use yew::prelude::*;

use crate::format::{financial_year, money, number, percent};
use crate::model::fields::{Field, Unit};
use crate::model::keys::{GlobalKey, LineKey};
use crate::model::{Kind, Line, Scenario};

#[derive(PartialEq, Properties)]
pub struct PrintInputsProps {
    pub scenario: std::rc::Rc<Scenario>,
}

/// What was entered, as a list of values for a printed report (SPEC §6):
/// on paper the form's boxes would be empty frames and cut suffixes.
#[component]
pub fn PrintInputs(props: &PrintInputsProps) -> Html {
    let s = &props.scenario;
    let ranged = s.lines.iter().any(|l| !l.ranges.is_empty());
    let globals = GlobalKey::ALL
        .into_iter()
        .filter(|k| ranged || !matches!(k, GlobalKey::Mc | GlobalKey::Seed))
        .filter_map(|k| Some((k.field().label.to_string(), show(k.field(), s.get(k)?))));
    html! {
        <section class="app-print-only" data-testid="print-inputs">
            <h2>{ "What was entered" }</h2>
            { list(globals.collect()) }
            { for s.lines.iter().enumerate().map(|(i, line)| html! {
                <div class="app-print-line">
                    <h3>{ line_title(line, i) }</h3>
                    { list(line_values(line)) }
                </div>
            }) }
        </section>
    }
}

fn list(rows: Vec<(String, String)>) -> Html {
    html! {
        <dl class="app-print-list">
            { for rows.into_iter().map(|(label, value)| html! {
                <div><dt>{ label }</dt><dd>{ value }</dd></div>
            }) }
        </dl>
    }
}

fn line_title(line: &Line, i: usize) -> String {
    if line.name.is_empty() {
        format!("Line {}", i + 1)
    } else {
        format!("Line {}: {}", i + 1, line.name)
    }
}

/// The kind, then every input that says something: saving inputs always,
/// costs where they are not 0, take-up where not 100%.
fn line_values(line: &Line) -> Vec<(String, String)> {
    let mut rows = vec![(
        "What it saves".to_string(),
        line.kind.describe().to_string(),
    )];
    for key in line.kind.keys() {
        let (f, v) = (key.field(), line.get(key));
        let says = f.no_default || (v != f.default && !(f.optional && v == 0.0));
        if key == LineKey::Cash && line.kind != Kind::Cost {
            rows.push((
                f.label.to_string(),
                if line.cash { "Yes" } else { "No" }.to_string(),
            ));
        } else if says && key != LineKey::Cash {
            let range = line.ranges.iter().find(|r| r.key == key);
            let text = match range {
                Some(r) => format!(
                    "{} (lowest {}, highest {})",
                    show(f, v),
                    bare(f, r.lo),
                    bare(f, r.hi)
                ),
                None => show(f, v),
            };
            rows.push((f.label.to_string(), text));
        }
    }
    rows
}

/// A range's end beside its figure, which has said the unit.
fn bare(f: &Field, v: f64) -> String {
    match f.unit {
        Unit::Rate | Unit::Count => show(
            &Field {
                unit: Unit::Count,
                ..*f
            },
            v,
        ),
        _ => show(f, v),
    }
}

fn show(f: &Field, v: f64) -> String {
    // As few decimals as the figure has, up to two: 3.5%, not 3.50%.
    let places = (0..2)
        .find(|p| {
            let scaled = v * 10f64.powi(*p);
            (scaled - scaled.round()).abs() < 1e-9
        })
        .unwrap_or(2) as usize;
    match f.unit {
        Unit::Money => money(v),
        Unit::Percent => percent(v, places),
        Unit::Rate => format!("{} per 1,000 a year", number(v, places)),
        Unit::Year => financial_year(v as i32, 1),
        Unit::Flag => if v != 0.0 { "Yes" } else { "No" }.to_string(),
        Unit::Count if f.whole => number(v, 0),
        Unit::Count => number(v, places),
    }
}
