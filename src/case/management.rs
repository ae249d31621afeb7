//! 5 Management case, 6 impact assessments and 7 the recommendation.

use super::doc::{Doc, Table};
use super::front::prompt;
use super::Case;
use crate::format::{money, number};
use crate::model::plan::line_plan;
use crate::text::line_name;
use crate::words::capacity::workforce_words;
use crate::words::groups::events_count;
use crate::words::spc::plan_words;

const ASSESSMENTS: [(&str, &str); 6] = [
    ("Quality impact assessment", "the quality impact assessment: safety, effectiveness and experience"),
    ("Equality and health inequalities impact assessment", "the equality and health inequalities impact assessment, with the deprivation view of 2.8"),
    ("Data protection impact assessment", "the data protection impact assessment, if personal data is shared"),
    ("Public involvement", "how patients and the public have been involved"),
    ("Clinical engagement", "the clinical engagement and support for the scheme"),
    ("Conflicts of interest", "declared conflicts of interest and how they are managed: primary care receives the gain-share, so its members have an interest in the figures"),
];

pub fn management_case(doc: &mut Doc, case: &Case) {
    doc.part("5 Management case");
    doc.heading(2, "5.1 Governance");
    doc.prompt("the programme board, the senior responsible owner, and how decisions are made and reported");
    doc.heading(2, "5.2 Workforce and capacity");
    let workforce = case
        .lines()
        .filter_map(|(i, line, r)| Some(workforce_words(line, r.workforce.as_ref()?, i)));
    doc.paras_or(
        workforce,
        "No line gives extra appointments, so no clinician time is worked out.",
    );
    doc.heading(2, "5.3 Benefits register");
    benefits_register(doc, case);
    doc.heading(2, "5.4 Monitoring and evaluation");
    monitoring(doc, case);
    doc.prompt("the evaluation questions, who answers them, and when");
    doc.heading(2, "5.5 Risk register");
    risk_register(doc, case);
    doc.heading(2, "5.6 Exit");
    doc.prompt("how the scheme would stop, and what happens to staff, patients and any gain-share already paid");
}

fn benefits_register(doc: &mut Doc, case: &Case) {
    let mut rows: Vec<Vec<String>> = case
        .lines()
        .filter(|(_, l, _)| l.kind.saves())
        .map(|(i, line, r)| {
            let measure = r
                .events
                .map_or(format!("{} a year saved", money(r.saving)), |e| {
                    format!("{} events avoided a year", events_count(e))
                });
            let name = line_name(&line.name, i);
            let owner = prompt(&format!("the owner of {name}\u{2019}s benefit"));
            let class =
                "Cash-releasing as far as the payment rule; the rest capacity freed, not cash";
            vec![name, measure, class.into(), owner]
        })
        .collect();
    rows.push(vec![
        "Qualitative benefits".into(),
        prompt("the measure of each qualitative benefit"),
        prompt("the class of each qualitative benefit"),
        prompt("the owner of each qualitative benefit"),
    ]);
    doc.table(Table {
        caption:
            "Benefits register: each line\u{2019}s benefit at full effect, its class and its owner",
        head: &["Benefit", "Measure at full effect", "Class", "Owner"],
        rows,
    });
}

fn monitoring(doc: &mut Doc, case: &Case) {
    let s = case.s;
    for (i, line) in s.lines.iter().enumerate() {
        let name = line_name(&line.name, i);
        if line.series.is_some() {
            doc.para(&format!("{name}: continue the pilot\u{2019}s XmR chart month by month, with its limits from the months before the pilot, and read it by the Making Data Count rules."));
        }
        if let Some((plan, baseline)) = line_plan(s, i) {
            for words in plan_words(&plan, line.pilot_months, baseline) {
                doc.para(&format!("{name}: {words}"));
            }
        }
    }
}

fn risk_register(doc: &mut Doc, case: &Case) {
    let s = case.s;
    let m = &case.r.summary;
    let fall = m.switching.map_or(
        "The scheme does not pay for itself at the figures entered".to_string(),
        |v| {
            format!(
                "The scheme stops paying for itself if savings fall by {}%",
                number(v, 0)
            )
        },
    );
    let rows = [
        ("The effect at scale is smaller than in the pilot", fall),
        (
            "Payment rules change (a block payment, or a new NHS Payment Scheme)",
            format!(
                "Cash to the commissioner over {} years is {} as modelled",
                s.years,
                money(m.cash_total)
            ),
        ),
        (
            "Capacity steps are not reached, so freed capacity stays a cost",
            format!(
                "{} over {} years is capacity freed, not cash",
                money(m.noncash_total),
                s.years
            ),
        ),
        (
            "Uptake is slower than modelled",
            "Savings arrive later; the yearly table shows when they are planned".to_string(),
        ),
    ]
    .into_iter()
    .map(|(risk, figure)| {
        vec![
            risk.to_string(),
            figure,
            prompt(&format!("the owner of the risk \u{201c}{risk}\u{201d}")),
            prompt(&format!("how the risk \u{201c}{risk}\u{201d} is mitigated")),
        ]
    })
    .collect();
    doc.table(Table {
        caption:
            "Risk register: risks read from the figures, with owners and mitigations to complete",
        head: &["Risk", "What the figures say", "Owner", "Mitigation"],
        rows,
    });
    doc.prompt("other risks: clinical, workforce, reputational");
}

/// 6 Impact assessments and 7 the recommendation, which the calculator
/// never makes.
pub fn impact_and_recommendation(doc: &mut Doc) {
    doc.part("6 Impact assessments");
    for (heading, what) in ASSESSMENTS {
        doc.heading(3, heading);
        doc.prompt(what);
    }
    doc.heading(1, "7 Recommendation");
    doc.prompt(
        "the recommendation to the board: the calculator gives figures, never a recommendation",
    );
}
