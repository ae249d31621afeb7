use yew::prelude::*;

use crate::components::how_sure::evidence_view::{assurance_key, variation_key};
use crate::components::widgets::fold::Fold;
use crate::components::widgets::table::{captioned, cell, row_head};
use crate::format::number;
use crate::messages::events::{Events, USE};
use crate::model::number::plain;
use crate::model::series::{figures_from, month_name, monthly_target, Series};
use crate::model::spc::{Spc, Special};
use crate::model::{Line, Scenario};
use crate::text::line_name;
use crate::words::spc::{assurance_words, spc_sentence, variation_words, MONTH_HEADINGS};

/// One line's months the Making Data Count way (SPEC §2.8), drawn by the
/// views module: the variation and assurance summaries, the sentence, the
/// chart, the month table, and "Use these figures" (`USE`, which the page
/// carries out).
pub fn spc_section(
    s: &Scenario,
    index: usize,
    series: &Series,
    chart: Option<Html>,
    events: &Events,
) -> Html {
    let line = &s.lines[index];
    let n = index + 1;
    let spc = series.chart(monthly_target(line, s.pop));
    html! {
        <section class="app-spc" aria-labelledby={format!("spc-l{n}-heading")}>
            <h3 id={format!("spc-l{n}-heading")}>{ format!("{}, month by month", line_name(&line.name, index)) }</h3>
            { summaries(&spc) }
            <p class="nhsuk-body" data-testid={format!("spc-l{n}-words")}>{ spc_sentence(line, index, series, &spc, s.pop) }</p>
            { for chart }
            { use_button(line, index, series, s.pop, events) }
            <Fold summary="The months as a table" lazy=true>
                <MonthTable {n} series={series.clone()} pop={s.pop} target={monthly_target(line, s.pop)} />
            </Fold>
        </section>
    }
}

/// Variation and assurance, each as a shape and its words (never colour
/// alone), drawn by the page itself.
fn summaries(spc: &Spc) -> Html {
    let (variation, mark) = variation_words(spc.variation);
    let (assurance, letter) = assurance_words(spc.assurance);
    html! {
        <ul class="app-spc-summaries">
            <li class={classes!("app-spc-badge", format!("app-spc-badge--{}", variation_key(spc.variation)))}>
                <span class="app-spc-badge__mark" aria-hidden="true">{ mark }</span>
                <span><span class="app-spc-badge__label">{ "Variation" }</span>{ variation }</span>
            </li>
            <li class={classes!("app-spc-badge", format!("app-spc-badge--{}", assurance_key(spc.assurance)))}>
                <span class="app-spc-badge__mark" aria-hidden="true">{ letter }</span>
                <span><span class="app-spc-badge__label">{ "Assurance" }</span>{ assurance }</span>
            </li>
        </ul>
    }
}

fn use_button(line: &Line, index: usize, series: &Series, pop: f64, events: &Events) -> Html {
    let Some(figures) = figures_from(line, series, pop) else {
        return html! {};
    };
    let values: Vec<String> = figures
        .iter()
        .map(|(k, v)| format!("{}={}", k.name(), plain((v * 1000.0).round() / 1000.0)))
        .collect();
    let (events, values) = (events.clone(), values.join("&"));
    let onclick = Callback::from(move |_: MouseEvent| {
        events.send(USE, &index.to_string(), &values);
    });
    html! {
        <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" {onclick}
            data-testid={format!("spc-l{}-use", index + 1)}>
            { "Use these figures" }
            <span class="nhsuk-u-visually-hidden">{ format!(" for line {}: the mean before the pilot and during it", index + 1) }</span>
        </button>
    }
}

#[derive(PartialEq, Properties)]
struct MonthTableProps {
    n: usize,
    series: Series,
    pop: f64,
    target: Option<f64>,
}

/// The months as a table: a component, so that its rows (up to 120) are
/// built only once the fold is opened, not on every edit.
#[component]
fn MonthTable(props: &MonthTableProps) -> Html {
    let spc = props.series.chart(props.target);
    month_table(props.n, &props.series, &spc, props.pop)
}

fn month_table(n: usize, series: &Series, spc: &Spc, pop: f64) -> Html {
    let head = MONTH_HEADINGS;
    let limit = |v: f64| {
        if spc.shown {
            number(v, 1)
        } else {
            "\u{2014}".to_string()
        }
    };
    let rows = html! {
        { for series.counts.iter().zip(&spc.special).enumerate().map(|(i, (v, flag))| html! {
            <tr role="row">
                { row_head(&month_name(series.month(i))) }
                { cell(None, head[1], Some(*v), number(*v, 0)) }
                { cell(None, head[2], None, number(v * 12_000.0 / pop, 1)) }
                { cell(None, head[3], None, number(spc.limits.mean, 1)) }
                { cell(None, head[4], None, limit(spc.limits.lower)) }
                { cell(None, head[5], None, limit(spc.limits.upper)) }
                { cell(None, head[6], None, special_words(*flag, series.pilot_at.is_some_and(|p| i >= p)).to_string()) }
            </tr>
        }) }
    };
    captioned(
        &format!("spc-l{n}-table"),
        "Each month, its limits and special cause",
        true,
        &head,
        rows,
    )
}

fn special_words(flag: Special, pilot: bool) -> &'static str {
    match (flag, pilot) {
        (Special::Improvement, _) => "Improvement",
        (Special::Concern, _) => "Concern",
        (Special::None, true) => "None (pilot)",
        (Special::None, false) => "None",
    }
}
