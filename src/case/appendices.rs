//! The appendices: the inputs, the national unit costs, every figure by
//! year, the method and what it leaves out, a glossary, and the
//! checklist of every prompt.

use super::doc::{Doc, Table};
use super::years::year_table;
use super::Case;
use crate::model::year::YearCol;
use crate::unit_costs::used_by;
use crate::words::inputs::{global_values, line_title, line_values};
use crate::words::method::LEAVES_OUT;

const GLOSSARY: [(&str, &str); 9] = [
    ("At unit cost", "Every event avoided valued at its full national unit cost, whoever\u{2019}s budget it falls in."),
    ("Cash-releasing", "A saving the commissioner stops paying, under the line\u{2019}s payment rule."),
    ("Capacity freed, not cash", "Time or beds freed: cash only once a whole clinic, session or bed can go."),
    ("Core20PLUS5", "NHS England\u{2019}s approach to health inequalities: the most deprived 20% of the population (Core20), groups chosen locally (PLUS) and five clinical areas."),
    ("Gain-share", "A part of the commissioner\u{2019}s cash saving passed back to primary care, or to the hospital, by agreement."),
    ("Net present value", "Savings less costs over the years shown, each year\u{2019}s discounted at the Green Book\u{2019}s rate."),
    ("Optimism bias", "A cut to every saving, for pilots looking better than schemes at scale."),
    ("SII and RII", "The slope and relative indices of inequality: along a line fitted to the rates of the five fifths, the gap between the most and the least deprived ends of the population (per 1,000 a year), and the ratio of their rates."),
    ("Switching value", "How far every saving could fall before the scheme stops paying for itself."),
];

pub fn appendices(doc: &mut Doc, case: &Case) {
    doc.part("Appendices");
    doc.heading(2, "A Inputs as entered");
    inputs(doc, case);
    doc.heading(2, "B National unit costs used");
    unit_costs(doc, case);
    doc.heading(2, "C Every figure by year");
    // Four tables, so that on A4 no heading ("Population", "Commissioner
    // keeps") is broken inside a word.
    use YearCol::*;
    let tables: [(&str, &[YearCol], bool); 4] = [
        (
            "Every figure by year: the population, savings and costs",
            &[Gross, Cost, Net, Df, Pv],
            true,
        ),
        (
            "Every figure by year: the running total and cash",
            &[Cum, Cash, Noncash],
            false,
        ),
        (
            "Every figure by year: gain-share and reinvestment",
            &[Share, Reinvest, Hshare],
            false,
        ),
        (
            "Every figure by year: each organisation",
            &[Retained, Primary, Hosp, Nhs],
            false,
        ),
    ];
    for (caption, cols, people) in tables {
        year_table(doc, case, caption, cols, people);
    }
    doc.heading(
        2,
        "D How the figures are worked out, and what the model leaves out",
    );
    doc.para(&format!("Every formula, where each suggested cost comes from and at which year\u{2019}s prices, and the payment rules are on the calculator\u{2019}s method page: {}", case.made.method));
    for (what, words) in LEAVES_OUT {
        doc.labelled(what.trim_end_matches('.'), words);
    }
    doc.heading(2, "E Glossary");
    for (term, meaning) in GLOSSARY {
        doc.labelled(term, meaning);
    }
    doc.heading(2, "F Checklist");
    checklist(doc);
}

fn inputs(doc: &mut Doc, case: &Case) {
    let s = case.s;
    let pairs = |rows: Vec<(String, String)>| rows.into_iter().map(|(l, v)| vec![l, v]).collect();
    const HEAD: &[&str] = &["Input", "As entered"];
    doc.table(Table {
        caption: "The scenario\u{2019}s inputs",
        head: HEAD,
        rows: pairs(global_values(s)),
    });
    for (i, line) in s.lines.iter().enumerate() {
        let caption = format!("The inputs of {}", line_title(line, i));
        doc.table(Table {
            caption: &caption,
            head: HEAD,
            rows: pairs(line_values(line, s.fy)),
        });
    }
}

fn unit_costs(doc: &mut Doc, case: &Case) {
    let rows: Vec<Vec<String>> = used_by(case.s).into_iter().map(Vec::from).collect();
    if rows.is_empty() {
        doc.para("None: every £ figure is the scenario\u{2019}s own.");
        return;
    }
    doc.table(Table {
        caption: &format!("National unit costs the scenario uses, with their source and prices; the first year\u{2019}s figure is the value used in {}", crate::format::financial_year(case.s.fy, 1)),
        head: &["Line and input", "First year\u{2019}s figure", "What it is", "Source", "At the prices of"],
        rows,
    });
}

/// One row per prompt, in the order they appear.
fn checklist(doc: &mut Doc) {
    let rows = doc
        .prompts
        .iter()
        .map(|(section, what)| vec![section.clone(), what.clone(), "\u{2610}".to_string()])
        .collect();
    doc.table(Table {
        caption: "Every part left to complete, where it is",
        head: &["Section", "To complete", "Done"],
        rows,
    });
}
