use yew::prelude::*;

use crate::components::data_value;
use crate::components::widgets::fold::Fold;
use crate::components::widgets::table::{captioned, cell, row_head};
use crate::format::number;
use crate::model::number::plain;
use crate::model::series::{figures_from, month_name, monthly_target, Series};
use crate::model::spc::{Assurance, Spc, Special, Variation};
use crate::model::{Line, Scenario};
use crate::state::Action;
use crate::text::line_name;
use crate::words::spc::{assurance_words, spc_sentence, variation_words};

/// One line's months the Making Data Count way (SPEC §2.8): the variation
/// and assurance summaries, the sentence, the chart (`chart`, drawn by the
/// views module), the month table with SPEC §8's hooks, and "Use these
/// figures".
pub fn spc_section(
    s: &Scenario,
    index: usize,
    series: &Series,
    chart: Option<Html>,
    onaction: &Callback<Action>,
) -> Html {
    let line = &s.lines[index];
    let n = index + 1;
    let spc = series.chart(monthly_target(line, s.pop));
    let shown = |v: f64| data_value(spc.shown.then_some(v));
    html! {
        <section class="app-spc" aria-labelledby={format!("spc-l{n}-heading")} data-testid={format!("spc-l{n}")}
            data-mean={plain(spc.limits.mean)} data-upl={shown(spc.limits.upper)} data-lpl={shown(spc.limits.lower)}
            data-variation={variation_key(spc.variation)} data-assurance={assurance_key(spc.assurance)}>
            <h3 id={format!("spc-l{n}-heading")}>{ format!("{}, month by month", line_name(&line.name, index)) }</h3>
            { summaries(&spc) }
            <p class="nhsuk-body" data-testid={format!("spc-l{n}-words")}>{ spc_sentence(line, index, series, &spc, s.pop) }</p>
            { for chart }
            { use_button(line, index, series, s.pop, onaction) }
            <Fold summary="The months as a table">{ month_table(n, series, &spc, s.pop) }</Fold>
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

fn use_button(
    line: &Line,
    index: usize,
    series: &Series,
    pop: f64,
    onaction: &Callback<Action>,
) -> Html {
    let Some(figures) = figures_from(line, series, pop) else {
        return html! {};
    };
    let values: Vec<_> = figures
        .iter()
        .map(|(k, v)| (*k, plain((v * 1000.0).round() / 1000.0)))
        .collect();
    let onclick = onaction.reform(move |_: MouseEvent| Action::SetLineValues {
        line: index,
        values: values.clone(),
    });
    html! {
        <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" {onclick}
            data-testid={format!("spc-l{}-use", index + 1)}>
            { "Use these figures" }
            <span class="nhsuk-u-visually-hidden">{ format!(" for line {}: the mean before the pilot and during it", index + 1) }</span>
        </button>
    }
}

fn month_table(n: usize, series: &Series, spc: &Spc, pop: f64) -> Html {
    let head = [
        "Month",
        "Events",
        "Rate per 1,000 a year",
        "Mean",
        "Lower limit",
        "Upper limit",
        "Special cause",
    ];
    let limit = |v: f64| {
        if spc.shown {
            number(v, 1)
        } else {
            "\u{2014}".to_string()
        }
    };
    let rows = html! {
        { for series.counts.iter().zip(&spc.special).enumerate().map(|(i, (v, flag))| html! {
            <tr role="row" data-testid={format!("spc-l{n}-m{}", i + 1)} data-value={plain(*v)} data-special={special_key(*flag)}>
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

pub fn variation_key(v: Variation) -> &'static str {
    match v {
        Variation::Improvement => "improvement",
        Variation::Concern => "concern",
        Variation::Common => "common",
        Variation::None => "none",
    }
}

pub fn assurance_key(a: Assurance) -> &'static str {
    match a {
        Assurance::Pass => "pass",
        Assurance::Fail => "fail",
        Assurance::HitAndMiss => "hit-and-miss",
        Assurance::None => "none",
    }
}

fn special_key(s: Special) -> &'static str {
    match s {
        Special::Improvement => "improvement",
        Special::Concern => "concern",
        Special::None => "none",
    }
}
