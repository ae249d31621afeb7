//! Who benefits (SPEC §2.11) in the CSV and the summary text: each line's
//! fifths with its group's rates, and the verdicts the page says.

use crate::model::fifths::{LineFifths, RANKS};
use crate::model::{Results, Scenario};
use crate::text::line_name;
use crate::words::fifths::{saving_words, verdict_words};

const HEAD: [&str; 8] = [
    "Line",
    "Fifth (1 most deprived)",
    "Population (%)",
    "Rate before (per 1,000 a year)",
    "Rate after (per 1,000 a year)",
    "Events avoided a year",
    "Saving a year (£)",
    "National rank (x)",
];

fn plain(v: f64) -> String {
    format!("{v}")
}

fn or_empty(v: Option<f64>) -> String {
    v.map(plain).unwrap_or_default()
}

/// CSV rows: a table by fifth for every line of events, each line's
/// indices and verdict, and the scenario's saving by fifth.
pub fn fifth_rows(s: &Scenario, r: &Results) -> Vec<Vec<String>> {
    let f = &r.fifths;
    let mut rows = vec![
        vec![],
        vec!["Who benefits: each deprivation fifth, a year at full effect".into()],
        HEAD.map(String::from).to_vec(),
    ];
    for l in &f.lines {
        let name = line_name(&s.lines[l.line].name, l.line);
        for (q, rank) in RANKS.iter().enumerate() {
            rows.push(vec![
                name.clone(),
                (q + 1).to_string(),
                plain(100.0 * f.s[q]),
                plain(l.before[q]),
                plain(l.after[q]),
                plain(l.avoided[q]),
                format!("{:.2}", l.saving[q]),
                plain(*rank),
            ]);
        }
    }
    rows.push(vec![]);
    rows.push(
        [
            "Line",
            "Most deprived fifth's share of events avoided (%)",
            "SII before (per 1,000)",
            "SII after (per 1,000)",
            "RII before",
            "RII after",
            "Verdict",
        ]
        .map(String::from)
        .to_vec(),
    );
    for l in &f.lines {
        rows.push(gap_cells(s, l, plain, or_empty));
    }
    rows.push(vec![]);
    rows.push(vec![
        "Fifth (1 most deprived)".into(),
        "Population (%)".into(),
        "Saving a year at full effect, every line (£)".into(),
    ]);
    for q in 0..5 {
        rows.push(vec![
            (q + 1).to_string(),
            plain(100.0 * f.s[q]),
            format!("{:.2}", f.saving[q]),
        ]);
    }
    rows.push(vec![
        "Most deprived fifth's share of the saving (%)".into(),
        or_empty(f.core20_saving),
    ]);
    rows
}

/// A line's indices as cells: its name, the most deprived fifth's share of
/// its events avoided (%), SII and RII before and after, and the verdict,
/// each figure written by `share` and `index` (the CSV's plain numbers, the
/// business case's rounded ones).
pub fn gap_cells(
    s: &Scenario,
    l: &LineFifths,
    share: impl Fn(f64) -> String,
    index: impl Fn(Option<f64>) -> String,
) -> Vec<String> {
    vec![
        line_name(&s.lines[l.line].name, l.line),
        share(100.0 * l.p[0]),
        index(l.gap_before.sii),
        index(l.gap_after.sii),
        index(l.gap_before.rii),
        index(l.gap_after.rii),
        l.verdict.name().into(),
    ]
}

/// The summary's sentences: each line's verdict where a gradient or reach
/// is entered, and the saving by fifth.
pub fn fifth_points(s: &Scenario, r: &Results) -> Vec<String> {
    let f = &r.fifths;
    let mut points: Vec<String> = f
        .lines
        .iter()
        .filter(|l| l.entered && s.lines[l.line].with.is_none())
        .map(|head| verdict_words(s, f, &f.members(s, head.line)))
        .collect();
    if !s.lines.is_empty() {
        points.push(saving_words(f));
    }
    points
}
