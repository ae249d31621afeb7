//! The executive summary: the proposal, its figures, what they assume,
//! and the decision sought.

use super::doc::{Doc, Table};
use super::Case;
use crate::export::costs_words;
use crate::format::{
    financial_year, money, number, payback_in, percent, pounds_and_pence, share_percent,
};
use crate::model::Scenario;
use crate::text::line_name;
use crate::words::groups::and_list;
use crate::words::headlines::{gain_or_loss, BASES};
use crate::words::switching_words;
use crate::words::uptake::ramp_clause;

pub fn executive_summary(doc: &mut Doc, case: &Case) {
    let s = case.s;
    doc.part("Executive summary");
    doc.heading(2, "The proposal");
    doc.para(&proposal(case));
    doc.heading(2, "The figures");
    doc.table(Table {
        caption: "The scheme\u{2019}s figures over the years shown",
        head: &["Figure", "Value", "What it counts"],
        rows: key_figures(case),
    });
    doc.para(BASES);
    doc.para(&costs_words(s, &case.r.summary));
    doc.heading(2, "What the figures assume");
    for line in assumptions(case) {
        doc.para(&line);
    }
    doc.heading(2, "The decision sought and the main risks");
    doc.prompt("the decision the board is asked to make, in one sentence");
    doc.prompt("the two or three main risks, from the risk register in the management case");
}

/// The proposal in one paragraph: who, how long, from when, and each
/// line with its net a year at full effect (2.5 gives each line in full).
fn proposal(case: &Case) -> String {
    let s = case.s;
    let lines: Vec<String> = case
        .lines()
        .map(|(i, line, r)| format!("{} (net {} a year)", line_name(&line.name, i), money(r.net)))
        .collect();
    let lines = match lines.len() {
        0 => "no intervention lines yet".to_string(),
        1 => format!("one intervention line: {}", lines[0]),
        n => format!("{n} intervention lines: {}", and_list(&lines)),
    };
    format!(
        "To roll out {} for a population of {} over {} years from {}, with {lines}, each at full effect, at unit cost, after its running costs.",
        case.name(),
        number(s.pop, 0),
        s.years,
        financial_year(s.fy, 1)
    )
}

/// The summary's table: label, figure, and what it counts. The labels
/// name the page's figures (SPEC §8's outputs), in its words.
pub fn key_figures(case: &Case) -> Vec<Vec<String>> {
    let (m, years) = (&case.r.summary, case.s.years);
    let row =
        |label: &str, value: String, basis: &str| vec![label.to_string(), value, basis.to_string()];
    let mut rows = vec![
        row(
            &format!("Net present value over {years} years"),
            gain_or_loss(m.npv),
            "Savings at unit cost less costs, present values",
        ),
        row(
            "Present value of the savings",
            money(m.pv_gross),
            "At unit cost, after optimism bias, discounted",
        ),
        row(
            "Present value of the costs",
            money(m.pv_cost),
            "Every cost, discounted",
        ),
        row(
            "Back for every £1 spent",
            m.bcr.map_or("No costs".into(), pounds_and_pence),
            "Savings at unit cost, present values",
        ),
        row(
            "Savings could fall by",
            m.switching
                .map_or("Does not pay for itself".into(), |v| percent(v, 0)),
            "Before the scheme stops paying for itself (the switching value)",
        ),
        row(
            "Pays back",
            payback_in(m.payback_months, years),
            "Savings at unit cost",
        ),
        row(
            "Cash the ICB releases, all years",
            money(m.cash_total),
            "Before any gain-share: cash-releasing",
        ),
        row(
            "Capacity freed, all years",
            money(m.noncash_total),
            "Capacity freed, not cash",
        ),
        row(
            "The commissioner, all years",
            gain_or_loss(m.comm_total),
            "After gain-share and its own costs",
        ),
        row(
            "Primary care, all years",
            gain_or_loss(m.primary_total),
            "Gain-share less the costs it pays",
        ),
        row(
            "The hospital, all years",
            gain_or_loss(m.hosp_total),
            "Cost really avoided less income lost",
        ),
        row(
            "The NHS as a whole, all years",
            gain_or_loss(m.nhs_total),
            "Cost really avoided less every cost",
        ),
    ];
    if let Some(spread) = &case.spread {
        rows.push(row(
            "Chance the scheme saves money",
            percent(spread.prob_positive, 0),
            "Of the random draws within the ranges entered",
        ));
        rows.push(row(
            "Low: 1 draw in 20 is below",
            money(spread.p5),
            "Net present value",
        ));
        rows.push(row(
            "Middle: half the draws are below",
            money(spread.p50),
            "Net present value",
        ));
        rows.push(row(
            "High: 1 draw in 20 is above",
            money(spread.p95),
            "Net present value",
        ));
    }
    rows
}

/// What the figures assume, each in a sentence.
fn assumptions(case: &Case) -> Vec<String> {
    let s = case.s;
    let mut out = vec![
        format!("Discounting at {} a year, year 1 undiscounted (the Green Book\u{2019}s rate for health).", percent(s.disc, 1)),
        format!("Prices of {} with costs and savings rising {} a year.", financial_year(s.fy, 1), percent(s.infl, 1)),
        format!("Optimism bias cuts every saving by {} (savings only; costs are as entered).", percent(s.ob, 0)),
        "Each line\u{2019}s payment rule and share of cost really avoided say how much of a saving is cash to the commissioner and to the hospital (the commercial case lists them).".to_string(),
        gain_share_terms(s),
        uptake_sentence(case),
        "Lines joined to the same events count each event once.".to_string(),
    ];
    out.push(population_sentence(s));
    out.push(switching_words(&case.r.summary, s.years));
    out
}

/// The gain-share as modelled, in a sentence: the assumptions and the
/// commercial case say it alike.
pub fn gain_share_terms(s: &Scenario) -> String {
    let above = if s.threshold > 0.0 {
        format!("above {} a year", money(s.threshold))
    } else {
        "(no threshold)".to_string()
    };
    let cap = s.cap.map_or(String::new(), |c| {
        format!(", primary care\u{2019}s share at most {} a year", money(c))
    });
    format!(
        "Primary care receives {} of the commissioner\u{2019}s cash saving {above}{cap}, {} year{} after it is earned; the hospital is passed {}.",
        percent(s.share, 0),
        s.lag,
        if s.lag == 1 { "" } else { "s" },
        percent(s.hshare, 0)
    )
}

/// Each line's take-up year by year (SPEC §2.2), where it is not full
/// from year 1.
fn uptake_sentence(case: &Case) -> String {
    let fy = case.s.fy;
    let ramps: Vec<String> = case
        .lines()
        .filter_map(|(i, line, _)| {
            ramp_clause(line, fy).map(|words| format!("{}: {words}", line_name(&line.name, i)))
        })
        .collect();
    if ramps.is_empty() {
        return "Every line reaches its full saving from year 1.".to_string();
    }
    format!(
        "Take-up builds over the first years ({}); every other line reaches its full saving from year 1.",
        ramps.join("; ")
    )
}

/// The population over the years (SPEC §2.3): savings and costs per
/// patient move with it, other costs do not.
fn population_sentence(s: &Scenario) -> String {
    if s.growth == 0.0 {
        return format!("The population stays at {} throughout.", number(s.pop, 0));
    }
    let change = if s.growth > 0.0 { "grows" } else { "shrinks" };
    format!(
        "The population {change} {} a year, from {} in {} to {} in {}: every saving and every cost per patient moves with it; other costs do not.",
        share_percent(s.growth.abs()),
        number(s.pop, 0),
        financial_year(s.fy, 1),
        number(s.pop * s.people(s.years), 0),
        financial_year(s.fy, s.years)
    )
}
