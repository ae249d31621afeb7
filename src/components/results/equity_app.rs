use std::rc::Rc;

use yew::prelude::*;

use crate::chart::fifths::{fifths_chart, FIFTHS};
use crate::components::widgets::chart_figure::ChartFigure;
use crate::components::widgets::table::{captioned, cell, row_head};
use crate::export::file_name;
use crate::format::{money, number, percent};
use crate::model::equity::Q;
use crate::model::fifths::{Fifths, LineFifths};
use crate::model::{Results, Scenario};
use crate::text::line_name;
use crate::words::fifths::{saving_words, verdict_words, PROMPT};
use crate::words::groups::and_list;

const HEAD: [&str; 7] = [
    "Fifth",
    "Population",
    "Rate before (per 1,000 a year)",
    "Rate after",
    "Events avoided a year",
    "Share of events avoided",
    "Saving a year",
];

#[derive(Clone, PartialEq, Properties)]
pub struct EquityAppProps {
    pub figures: Rc<(Scenario, Results)>,
    /// The chart's width; none until charts are wanted.
    pub width: Option<u32>,
}

/// Who benefits (SPEC §2.11), drawn by the views module under the page's
/// hooks: for each line or group with a gradient or reach, its verdict,
/// its table of fifths and chart; a prompt where none has; and the
/// scenario's saving by fifth.
#[component]
pub fn EquityApp(props: &EquityAppProps) -> Html {
    let (s, r) = &*props.figures;
    let f = &r.fifths;
    let heads: Vec<&LineFifths> = f
        .lines
        .iter()
        .filter(|l| s.lines[l.line].with.is_none() && l.entered)
        .collect();
    html! {
        <>
            if heads.is_empty() {
                <div class="nhsuk-inset-text" data-testid="equity-prompt"><p>{ PROMPT }</p></div>
            }
            { for heads.iter().map(|l| group(s, f, l, props.width)) }
            <p data-testid="equity-saving-words">{ saving_words(f) }</p>
            { saving_table(f) }
        </>
    }
}

/// A line and the lines that join it: their verdicts, table and chart.
fn group(s: &Scenario, f: &Fifths, head: &LineFifths, width: Option<u32>) -> Html {
    let members = f.members(s, head.line);
    let numbers: Vec<String> = members.iter().map(|l| (l.line + 1).to_string()).collect();
    let m = head.line + 1;
    let title = match members.len() {
        1 => format!(
            "Line {m}: {}",
            line_name(&s.lines[head.line].name, head.line)
        ),
        _ => format!("Lines {}, which act on the same events", and_list(&numbers)),
    };
    let total = |pick: fn(&LineFifths) -> &Q| -> Q {
        std::array::from_fn(|q| members.iter().map(|l| pick(l)[q]).sum())
    };
    let (avoided, saving) = (total(|l| &l.avoided), total(|l| &l.saving));
    let all: f64 = avoided.iter().sum();
    let rows = html! {
        { for (0..5).map(|q| html! {
            <tr role="row">
                { row_head(FIFTHS[q]) }
                { cell(None, HEAD[1], Some(f.s[q]), percent(100.0 * f.s[q], 1)) }
                { cell(None, HEAD[2], Some(head.before[q]), number(head.before[q], 2)) }
                { cell(None, HEAD[3], Some(head.after[q]), number(head.after[q], 2)) }
                { cell(None, HEAD[4], Some(avoided[q]), number(avoided[q], 1)) }
                { cell(None, HEAD[5], None, if all != 0.0 { percent(100.0 * avoided[q] / all, 1) } else { "–".into() }) }
                { cell(None, HEAD[6], Some(saving[q]), money(saving[q])) }
            </tr>
        }) }
    };
    let chart = width.map(|w| {
        let chart = fifths_chart(s, f, head, w);
        let file = file_name(&s.name, &format!("{}-chart.svg", chart.id));
        html! { <ChartFigure chart={Rc::new(chart)} file_name={AttrValue::from(file)} /> }
    });
    html! {
        <div class="app-group" data-testid={format!("equity-view-l{m}")}>
            <h3>{ title.clone() }</h3>
            <p data-testid={format!("equity-words-l{m}")}>{ verdict_words(s, f, &members) }</p>
            { captioned(&format!("equity-table-l{m}"), &format!("{title}: each deprivation fifth, a year at full effect"), false, &HEAD, rows) }
            { for chart }
        </div>
    }
}

/// The scenario's yearly saving at full effect by fifth.
fn saving_table(f: &Fifths) -> Html {
    let head = ["Fifth", "Population", "Saving a year at full effect"];
    let rows = html! {
        { for (0..5).map(|q| html! {
            <tr role="row">
                { row_head(FIFTHS[q]) }
                { cell(None, head[1], Some(f.s[q]), percent(100.0 * f.s[q], 1)) }
                { cell(None, head[2], Some(f.saving[q]), money(f.saving[q])) }
            </tr>
        }) }
    };
    captioned(
        "equity-saving-table",
        "Every line's yearly saving at full effect, by deprivation fifth",
        false,
        &head,
        rows,
    )
}
