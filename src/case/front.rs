//! The front matter: title, document control, approvals, and how to use
//! the draft.

use super::doc::{Doc, Table};
use super::Case;
use crate::format::financial_year;

const HOW_TO_USE: [&str; 3] = [
    "The calculator has filled in every figure and table it can work out from the scenario, in the words its page uses: they are the page\u{2019}s figures, to the pound.",
    "Everything it cannot know (the context, the options not modelled, procurement, governance, owners of risks and benefits, the recommendation) is left as shaded text in square brackets beginning \u{201c}[To complete:\u{201d}. Find finds them all, and the checklist at the end lists every one.",
    "To change a figure, change the scenario in the calculator (the link under document control opens it) and download the business case again: a figure edited here would no longer match the workbook or the page.",
];

pub fn front_matter(doc: &mut Doc, case: &Case) {
    doc.title(&super::title(case.s));
    doc.para(&format!(
        "Draft, prepared with the pilot savings calculator on {}",
        case.made.date
    ));
    doc.para(&format!(
        "A draft in HM Treasury\u{2019}s Five Case Model (the Green Book, 2022, and its 2026 revision; Better Business Cases) for {} people over {} years from {}.",
        crate::format::number(case.s.pop, 0),
        case.s.years,
        financial_year(case.s.fy, 1)
    ));
    doc.heading(2, "Document control");
    for (label, what) in [
        ("Title", "the title the board will know it by"),
        ("Status", "Draft, until the board approves it"),
        (
            "Stage",
            "the stage: strategic outline, outline or full business case",
        ),
        ("Version", "the version number and date"),
        (
            "Senior responsible owner",
            "the senior responsible owner\u{2019}s name and role",
        ),
        ("Author", "the author\u{2019}s name and role"),
        (
            "Organisations",
            "the practices, network, ICB and trusts involved",
        ),
        ("Classification", "the classification, for example OFFICIAL"),
    ] {
        doc.labelled_prompt(label, what);
    }
    doc.labelled("Figures prepared", &case.made.date);
    doc.labelled("Calculator release", &case.made.release);
    doc.labelled("The scenario (open it in the calculator)", &case.made.link);
    doc.labelled("How the figures are worked out", &case.made.method);
    doc.heading(2, "Approvals");
    doc.table(Table {
        caption: "Approvals of this business case",
        head: &["Approved by", "Role", "Date"],
        rows: vec![vec![
            prompt("who approves it"),
            prompt("their role or committee"),
            prompt("date"),
        ]],
    });
    doc.heading(2, "How to use this draft");
    for line in HOW_TO_USE {
        doc.para(line);
    }
}

/// A table cell that is a prompt.
pub fn prompt(what: &str) -> String {
    format!("{}{what}]", super::doc::PROMPT)
}
