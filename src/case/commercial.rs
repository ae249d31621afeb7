//! 3 Commercial case: what is bought and how the money moves.

use super::doc::{Doc, Table};
use super::Case;
use crate::format::{number, percent};
use crate::model::deal::deal;
use crate::model::fields::PaymentRule;
use crate::text::line_name;
use crate::words::parties::deal_words;

pub fn commercial_case(doc: &mut Doc, case: &Case) {
    let s = case.s;
    doc.part("3 Commercial case");
    doc.heading(2, "3.1 Procurement route");
    doc.prompt("the route under the Provider Selection Regime (direct award, most suitable provider or competitive process), or a variation to an existing contract, and why");
    doc.heading(2, "3.2 Services required");
    let rows: Vec<Vec<String>> = case
        .lines()
        .map(|(i, line, r)| {
            let w = r.workforce.unwrap_or_default();
            vec![
                line_name(&line.name, i),
                number(line.appts * s.days, 0),
                number(w.hours, 0),
                number(w.sessions, 1),
                number(w.wte, 2),
            ]
        })
        .collect();
    doc.table(Table {
        caption: &format!(
            "The services each line needs, a year at full effect, for a population of {}",
            number(s.pop, 0)
        ),
        head: &[
            "Line",
            "Extra appointments a year",
            "Clinician hours a year",
            "GP sessions a week",
            "Whole-time equivalents",
        ],
        rows,
    });
    doc.heading(2, "3.3 Payment rules and gain-share");
    let rows = s
        .lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.kind.counts_events() || l.kind == crate::model::Kind::Spend)
        .map(|(i, line)| {
            let rule = PaymentRule::of(line.paid)
                .map_or(format!("{} of a saving paid", percent(line.paid, 0)), |r| {
                    r.label.to_string()
                });
            vec![line_name(&line.name, i), rule, percent(line.avoid, 0)]
        })
        .collect();
    doc.table(Table {
        caption: "How each line\u{2019}s saving lands: the payment rule (what the commissioner stops paying) and the share of the cost the hospital really avoids",
        head: &["Line", "Payment rule", "Cost the hospital really avoids"],
        rows,
    });
    doc.para(&super::summary::gain_share_terms(s));
    doc.para(&deal_words(&deal(s, case.r), s.years));
    doc.heading(2, "3.4 Risk allocation, contract length and personnel");
    doc.prompt("how risk is shared between commissioner, primary care and the hospital, and what happens if the savings do not come");
    doc.prompt(&format!(
        "the contract\u{2019}s length (the figures run {} years)",
        s.years
    ));
    let wte = case.r.summary.workforce.unwrap_or_default().wte;
    doc.para(&format!(
        "Staff the lines need at full effect: {} whole-time equivalents of clinician time.",
        number(wte, 2)
    ));
    doc.prompt("who employs them, TUPE, and how posts are recruited");
}
