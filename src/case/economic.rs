//! 2 Economic case: options, method, the figures by year and by line,
//! sensitivity, and who gains and who loses.

use super::doc::{Doc, Table};
use super::front::prompt;
use super::Case;
use crate::export::fifths::{fifth_points, gap_cells};
use crate::export::parties_lines;
use crate::format::{financial_year, money, number, percent, share_percent, two_places};
use crate::model::Kind;
use crate::text::line_name;
use crate::words::groups::{events_count, group_words};
use crate::words::headlines::BASES;
use crate::words::{breakeven_words, draws_words, nhs_draws_words, swing_label, switching_words};

/// HM Treasury's five critical success factors, as Better Business Cases
/// names them.
const CSFS: [&str; 5] = [
    "Strategic fit and business needs",
    "Potential value for money",
    "Supplier capacity and capability",
    "Potential affordability",
    "Potential achievability",
];

pub fn economic_case(doc: &mut Doc, case: &Case) {
    doc.part("2 Economic case");
    doc.heading(2, "2.1 Critical success factors");
    doc.para(&format!(
        "The Green Book\u{2019}s five: {}.",
        CSFS.join("; ")
    ));
    doc.prompt("what each factor means for this scheme, and any local ones");
    doc.heading(2, "2.2 Long list and short list");
    options(doc, case);
    doc.heading(2, "2.3 Method");
    doc.para(&method_words(case));
    doc.para(BASES);
    doc.heading(2, "2.4 Costs and savings by year");
    by_year(doc, case);
    doc.heading(2, "2.5 Results by line");
    by_line(doc, case);
    for g in &case.r.groups {
        doc.para(&group_words(case.s, g));
    }
    doc.heading(2, "2.6 Appraisal summary");
    appraisal(doc, case);
    doc.heading(2, "2.7 Sensitivity");
    sensitivity(doc, case);
    doc.heading(2, "2.8 Distributional effects");
    distribution(doc, case);
}

fn options(doc: &mut Doc, case: &Case) {
    let m = &case.r.summary;
    let row = |option: &str, npv: String, note: String| vec![option.to_string(), npv, note];
    doc.table(Table {
        caption: "The short list (Green Book 2022, §5.53): only the modelled option is worked out by the calculator",
        head: &["Option", "Net present value", "Notes"],
        rows: vec![
            row("Business as usual", "£0".into(), "The comparator: the figures of the other options are against it".into()),
            row("Do minimum", prompt("its net present value"), prompt("what the least that meets the objectives would be")),
            row(&format!("The modelled option: {}", case.name()), crate::words::headlines::gain_or_loss(m.npv), "As in this business case".into()),
            row("Another option", prompt("its net present value"), prompt("another way to meet the objectives")),
        ],
    });
    doc.prompt("the long list and why options were not short-listed");
}

fn method_words(case: &Case) -> String {
    let s = case.s;
    format!(
        "Perspective: the NHS, with payments between NHS bodies (the commissioner, the hospital and primary care) shown as transfers that cancel out for the NHS as a whole. Counted: each line\u{2019}s events avoided or spending cut, valued at unit cost, less every set-up and running cost; not counted: patients\u{2019} and carers\u{2019} costs, other public services, and health gain in QALYs. Discounting at {} a year, year 1 undiscounted; prices of {} rising {} a year; optimism bias of {} on savings only.",
        percent(s.disc, 1),
        financial_year(s.fy, 1),
        percent(s.infl, 1),
        percent(s.ob, 0)
    )
}

fn by_year(doc: &mut Doc, case: &Case) {
    use crate::model::year::YearCol::{Cost, Cum, Df, Gross, Net, Pv};
    let caption = "Savings at unit cost and costs by year, with present values";
    let people = case.s.growth != 0.0;
    super::years::year_table(doc, case, caption, &[Gross, Cost, Net, Df, Pv, Cum], people);
}

fn by_line(doc: &mut Doc, case: &Case) {
    let rows = case
        .lines()
        .map(|(i, line, r)| {
            let overlap = match (line.with, r.alone, r.events) {
                (Some(m), Some(alone), _) => {
                    format!("With line {}: {} on its own", m + 1, events_count(alone))
                }
                (None, _, _) if r.alone != r.events => {
                    format!("{} on its own", r.alone.map_or(String::new(), events_count))
                }
                _ => "None".into(),
            };
            vec![
                line_name(&line.name, i),
                r.events.map_or("—".into(), events_count),
                money(r.saving),
                money(r.cost),
                money(r.net),
                r.per_event.map_or("—".into(), money),
                r.breakeven.map_or("—".into(), |b| number(b, 1)),
                overlap,
            ]
        })
        .collect();
    doc.table(Table {
        caption: "Each line, a year at full effect: events avoided, saving at unit cost, running cost, net, running cost per event avoided, the rate at which it breaks even (per 1,000 a year), and overlap with other lines",
        head: &["Line", "Events avoided", "Saving", "Cost", "Net", "Cost per event avoided", "Breaks even at", "Overlap"],
        rows,
    });
}

fn appraisal(doc: &mut Doc, case: &Case) {
    let m = &case.r.summary;
    let row = |what: &str, v: String| vec![what.to_string(), v];
    doc.table(Table {
        caption: "Appraisal summary table: the modelled option against business as usual",
        head: &["Measure", "The modelled option"],
        rows: vec![
            row("Present value of savings (at unit cost)", money(m.pv_gross)),
            row("Present value of costs", money(m.pv_cost)),
            row("Net present value", money(m.npv)),
            row(
                "Benefit to cost ratio",
                m.bcr.map_or("No costs".into(), two_places),
            ),
            row("The NHS as a whole: net present value", money(m.nhs_npv)),
            row(
                "Unquantified benefits and costs",
                prompt("what the figures leave out, and which way it points"),
            ),
        ],
    });
}

fn sensitivity(doc: &mut Doc, case: &Case) {
    let s = case.s;
    doc.para(&switching_words(&case.r.summary, s.years));
    for (i, line, r) in case.lines() {
        if line.kind == Kind::Rate {
            if let Some(words) = breakeven_words(line, r, i) {
                doc.para(&words);
            }
        }
    }
    doc.para(&format!(
        "For the NHS as a whole, counting only the cost really avoided: net present value {}.",
        money(case.r.summary.nhs_npv)
    ));
    let Some(spread) = &case.spread else {
        doc.para(
            "No ranges were entered, so no random draws were made: every figure is taken as exact.",
        );
        return;
    };
    doc.para(&format!(
        "{} (Seed {}.)",
        draws_words(spread, s.years),
        s.seed
    ));
    doc.para(&nhs_draws_words(spread));
    let rows = case
        .swings
        .iter()
        .take(10)
        .map(|w| vec![swing_label(s, w), money(w.low.npv), money(w.high.npv)])
        .collect();
    doc.table(Table {
        caption: "The ten uncertain figures that matter most: net present value with each at the lowest and the highest of its range, every other figure as entered",
        head: &["Figure and its range", "At its lowest", "At its highest"],
        rows,
    });
}

fn distribution(doc: &mut Doc, case: &Case) {
    for line in parties_lines(case.s, case.r) {
        doc.para(&line);
    }
    let f = &case.r.fifths;
    let entered: Vec<_> = f
        .lines
        .iter()
        .filter(|l| l.entered && case.s.lines[l.line].with.is_none())
        .collect();
    if entered.is_empty() {
        doc.prompt("who benefits by deprivation (Core20PLUS5): no deprivation gradient or reach was entered in the calculator");
        return;
    }
    for point in fifth_points(case.s, case.r) {
        doc.para(&point);
    }
    let or_dash = |v: Option<f64>| v.map_or("—".into(), two_places);
    let rows = entered
        .iter()
        .map(|l| gap_cells(case.s, l, share_percent, or_dash))
        .collect();
    doc.table(Table {
        caption: "Who benefits by deprivation: the most deprived fifth\u{2019}s share of events avoided (Core20), and the slope (SII, per 1,000 a year) and relative index (RII) of inequality before and after",
        head: &["Line", "Core20 share", "SII before", "SII after", "RII before", "RII after", "The gap"],
        rows,
    });
    if let Some(core20) = f.core20_saving {
        doc.para(&format!(
            "The most deprived fifth\u{2019}s share of the yearly saving at full effect: {}.",
            percent(core20, 1)
        ));
    }
}
