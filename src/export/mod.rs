//! What leaves the page as text (SPEC §4–5): the figures as CSV (in
//! `csv`), a plain-text summary for a business case, and the `<iframe>`
//! snippet.

mod csv;
pub mod evidence;
pub mod fifths;

use crate::format::{financial_year, money, number, percent};
use crate::model::fields::Field;
use crate::model::keys::GlobalKey;
use crate::model::{Line, LineResult, Results, Scenario, Unit};
use crate::text::{escape_markup, line_name, scenario_name};
use crate::words::groups::group_words;
use crate::words::headlines::{headline_sentence, headlines, BASES};
use crate::words::how_sure;
use crate::words::uptake::ramp_clause;

pub use csv::figures_csv;
pub use evidence::special_word;

/// A file name from the scenario's name: letters, digits and hyphens.
pub fn file_name(name: &str, suffix: &str) -> String {
    let mut slug = String::new();
    for c in name.trim().chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug: String = slug.trim_end_matches('-').chars().take(60).collect();
    let slug = if slug.is_empty() {
        "pilot-savings".to_string()
    } else {
        slug
    };
    format!("{slug}-{suffix}")
}

/// Plain text to paste into a business case: what was assumed, the
/// headline figures, a line per intervention, and the link.
pub fn summary_text(scenario: &Scenario, results: &Results, link: &str) -> String {
    let name = scenario_name(&scenario.name);
    let mut out = vec![
        name.to_string(),
        format!(
            "Pilot savings and reinvestment over {} years from {}",
            scenario.years,
            financial_year(scenario.fy, 1)
        ),
        String::new(),
        "Assumptions".to_string(),
    ];
    let ranged = scenario.range_count() > 0;
    for key in GlobalKey::ALL {
        // The draws' settings mean nothing until a figure has a range.
        if matches!(key, GlobalKey::Mc | GlobalKey::Seed) && !ranged {
            continue;
        }
        if let Some(v) = scenario.get(key) {
            let f = key.field();
            out.push(format!("- {}: {}", f.label, show_value(f, v)));
        }
    }
    bullets(
        &mut out,
        "Headline figures",
        headline_lines(scenario, results),
    );
    bullets(&mut out, "How sure", how_sure(scenario, results));
    bullets(
        &mut out,
        "Who gains and who loses",
        parties_lines(scenario, results),
    );
    let evidence = evidence::evidence_points(scenario);
    if !evidence.is_empty() {
        bullets(
            &mut out,
            "Evidence over time, and how long a pilot must run",
            evidence,
        );
    }
    let benefits = fifths::fifth_points(scenario, results);
    if !benefits.is_empty() {
        bullets(&mut out, "Who benefits: deprivation", benefits);
    }
    let capacity = crate::words::capacity::capacity_points(scenario, results);
    if !capacity.is_empty() {
        let points = capacity.into_iter().map(|(_, text)| text).collect();
        bullets(&mut out, "Workforce and capacity", points);
    }
    out.push(String::new());
    out.push("Each intervention, a year at full effect".to_string());
    for (i, (line, r)) in scenario.lines.iter().zip(&results.lines).enumerate() {
        out.push(format!("- {}", line_sentence(line, r, i, scenario.fy)));
    }
    if scenario.lines.is_empty() {
        out.push("- None yet".to_string());
    }
    if !results.groups.is_empty() {
        let points = results
            .groups
            .iter()
            .map(|g| group_words(scenario, g))
            .collect();
        bullets(&mut out, "Lines that act on the same events", points);
    }
    out.push(String::new());
    out.push(format!("Open this scenario: {link}"));
    out.push(format!(
        "How the figures are worked out: {}",
        method_address(link)
    ));
    out.join("\n") + "\n"
}

/// A line's year at full effect in a sentence: what it saves, costs and
/// nets, and for the NHS as a whole; what each event avoided saves and
/// costs to run, and its take-up where it is not full from year 1.
pub fn line_sentence(line: &Line, r: &LineResult, i: usize, fy: i32) -> String {
    let mut notes = if line.setup > 0.0 {
        format!(" (and {} to set up)", money(line.setup))
    } else {
        String::new()
    };
    if let Some(m) = line.with {
        notes.push_str(&format!(
            " (it acts on line {}'s events: its share, each event counted once)",
            m + 1
        ));
    }
    let mut sentence = format!(
        "{}: saves {} a year, costs {} a year to run{notes}, net {} a year; for the NHS as a whole {} a year",
        line_name(&line.name, i),
        money(r.saving),
        money(r.cost),
        money(r.net),
        money(r.nhs)
    );
    if let (Some(saves), Some(costs)) = (r.saving_per_event(), r.per_event) {
        sentence.push_str(&format!(
            "; each event avoided saves {} and costs {} to run",
            money(saves),
            money(costs)
        ));
    }
    if let Some(words) = ramp_clause(line, fy) {
        sentence.push_str(&format!("; take-up: {words}"));
    }
    sentence
}

/// The method page beside the calculator whose scenario `link` is: its
/// address without the query or fragment, `method.html` in place of the
/// page's own file.
pub fn method_address(link: &str) -> String {
    let page = link.split(['?', '#']).next().unwrap_or_default();
    let folder = page.rfind('/').map_or("", |i| &page[..=i]);
    format!("{folder}{METHOD_PAGE}")
}

/// The method page's file, beside `index.html`.
pub const METHOD_PAGE: &str = "method.html";

/// The parties in words, their totals, and the deal.
pub fn parties_lines(scenario: &Scenario, results: &Results) -> Vec<String> {
    let s = &results.summary;
    let deal = crate::model::deal::deal(scenario, results);
    vec![
        crate::words::parties::parties_words(scenario, results),
        format!(
            "Over {} years: the commissioner {}, primary care {}, the hospital {}, the NHS as a whole {} (net present value {})",
            scenario.years,
            money(s.comm_total),
            money(s.primary_total),
            money(s.hosp_total),
            money(s.nhs_total),
            money(s.nhs_npv)
        ),
        crate::words::parties::deal_words(&deal, scenario.years),
    ]
}

/// A blank line, a heading and its points.
fn bullets(out: &mut Vec<String>, heading: &str, points: Vec<String>) {
    out.push(String::new());
    out.push(heading.to_string());
    out.extend(points.into_iter().map(|p| format!("- {p}")));
}

/// The page's headline figures, each with whose money it is and on what
/// basis (the same words: `words::headlines`), then the costs and what
/// the bases count.
pub fn headline_lines(scenario: &Scenario, results: &Results) -> Vec<String> {
    let s = &results.summary;
    let mut lines: Vec<String> = headlines(s, scenario.years)
        .iter()
        .map(headline_sentence)
        .collect();
    lines.push(costs_words(scenario, s));
    lines.push(BASES.to_string());
    lines
}

/// The costs as a board reads them: set-up once, then running costs.
pub fn costs_words(scenario: &Scenario, s: &crate::model::Summary) -> String {
    let setup: f64 = scenario.lines.iter().map(|l| l.setup).sum();
    let running = s.cost_per_patient * scenario.pop;
    if setup > 0.0 {
        format!(
            "Costs: {} one-off set-up in year 1, then {} a year to run",
            money(setup),
            money(running)
        )
    } else {
        format!("Costs: no set-up cost; {} a year to run", money(running))
    }
}

pub fn show_value(f: &Field, v: f64) -> String {
    match f.unit {
        // A threshold of nothing: the commissioner keeps nothing first.
        Unit::Money if v == 0.0 => "none".to_string(),
        Unit::Money => money(v),
        Unit::Percent => percent(v, if v.fract() == 0.0 { 0 } else { 1 }),
        Unit::Year => financial_year(v as i32, 1),
        _ => number(v, if v.fract() == 0.0 { 0 } else { 2 }),
    }
}

/// A ready `<iframe>` for another site's page. The name is the user's text,
/// so it is escaped for an HTML attribute.
pub fn iframe_snippet(embed_link: &str, scenario_name: &str, height: u32) -> String {
    let title = if scenario_name.trim().is_empty() {
        "Pilot savings calculator".to_string()
    } else {
        format!("Pilot savings calculator: {}", scenario_name.trim())
    };
    format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" width=\"100%\" height=\"{height}\" style=\"border:0;max-width:100%\"></iframe>",
        escape_markup(embed_link),
        escape_markup(&title)
    )
}
