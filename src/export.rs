//! What leaves the page as text (SPEC §4–5): the yearly table as CSV, a
//! plain-text summary for a business case, and the `<iframe>` snippet.

use crate::format::{financial_year, money, number, payback, percent, pounds_and_pence};
use crate::model::fields::{Field, GlobalKey};
use crate::model::project::YearCol;
use crate::model::{Results, Scenario, Unit};
use crate::text::escape_markup;
use crate::words::how_sure;

/// Excel reads a CSV as UTF-8 only when it starts with a byte-order mark.
const BOM: &str = "\u{feff}";

/// The figures for an analyst, as Excel reads them (UTF-8 with a
/// byte-order mark, CRLF, plain numbers with pounds to the penny): the
/// scenario and its link, every assumption, the yearly table with set-up
/// and running costs apart and a totals row, npv, and the per-line table.
pub fn figures_csv(scenario: &Scenario, results: &Results, link: &str) -> String {
    let mut rows: Vec<Vec<String>> = vec![
        vec!["Pilot savings and reinvestment calculator".into()],
        vec!["Scenario".into(), scenario.name.clone()],
        vec!["Link".into(), link.into()],
        vec![],
        vec!["Assumptions".into()],
    ];
    rows.extend(assumption_rows(scenario));
    rows.push(vec![]);
    rows.push(vec!["Year by year".into()]);
    rows.extend(year_rows(scenario, results));
    rows.push(vec![
        "Net present value (£)".into(),
        pounds(results.summary.npv),
    ]);
    rows.push(vec![]);
    rows.push(vec!["Each line, a year at full effect".into()]);
    rows.extend(line_rows(scenario, results));
    let body: Vec<String> = rows
        .iter()
        .map(|row| {
            row.iter()
                .map(|c| csv_cell(c))
                .collect::<Vec<_>>()
                .join(",")
        })
        .collect();
    format!("{BOM}{}\r\n", body.join("\r\n"))
}

fn heading_with_unit(col: YearCol) -> String {
    match col {
        YearCol::Df => col.heading().to_string(),
        col => format!("{} (£)", col.heading()),
    }
}

fn pounds(v: f64) -> String {
    format!("{v:.2}")
}

/// Every global input with its unit in the heading, as plain numbers.
fn assumption_rows(scenario: &Scenario) -> Vec<Vec<String>> {
    let mut rows = vec![vec!["Assumption".into(), "Value".into()]];
    for key in GlobalKey::ALL {
        let f = key.field();
        let label = match f.unit {
            Unit::Money => format!("{} (£)", f.label),
            Unit::Percent => format!("{} (%)", f.label),
            _ => f.label.to_string(),
        };
        let value = match (f.unit, scenario.get(key)) {
            (Unit::Year, Some(v)) => financial_year(v as i32, 1),
            (_, Some(v)) => crate::model::number::plain(v),
            (_, None) => "None".into(),
        };
        rows.push(vec![label, value]);
    }
    rows
}

/// Set-up is paid in year 1; the rest of each year's cost is running cost.
fn setup_in(scenario: &Scenario, t: u32) -> f64 {
    if t == 1 {
        scenario.lines.iter().map(|l| l.setup).sum()
    } else {
        0.0
    }
}

fn year_rows(scenario: &Scenario, results: &Results) -> Vec<Vec<String>> {
    let mut head = vec!["Financial year".to_string()];
    for col in YearCol::ALL {
        if col == YearCol::Cost {
            head.push("Set-up costs (£)".into());
            head.push("Running costs (£)".into());
        }
        head.push(heading_with_unit(col));
    }
    let mut rows = vec![head];
    for year in &results.years {
        let setup = setup_in(scenario, year.t);
        let mut row = vec![financial_year(scenario.fy, year.t)];
        for col in YearCol::ALL {
            if col == YearCol::Cost {
                row.push(pounds(setup));
                row.push(pounds(year.cost - setup));
            }
            let places = if col == YearCol::Df { 6 } else { 2 };
            row.push(format!("{:.*}", places, year.column(col)));
        }
        rows.push(row);
    }
    rows.push(total_row(scenario, results));
    rows
}

/// Sums of the money columns; a discount factor or a running total has none.
fn total_row(scenario: &Scenario, results: &Results) -> Vec<String> {
    let sum = |col: YearCol| results.years.iter().map(|y| y.column(col)).sum::<f64>();
    let mut row = vec!["Total".to_string()];
    for col in YearCol::ALL {
        if col == YearCol::Cost {
            let setup = setup_in(scenario, 1);
            row.push(pounds(setup));
            row.push(pounds(sum(YearCol::Cost) - setup));
        }
        row.push(match col {
            YearCol::Df | YearCol::Cum => String::new(),
            col => pounds(sum(col)),
        });
    }
    row
}

fn line_rows(scenario: &Scenario, results: &Results) -> Vec<Vec<String>> {
    let head = [
        "Line",
        "Name",
        "Kind",
        "Events avoided a year",
        "Saving a year (£)",
        "One-off set-up (£)",
        "Running cost a year (£)",
        "Net a year (£)",
        "Breaks even at (per 1,000 a year)",
    ];
    let mut rows = vec![head.map(String::from).to_vec()];
    for (i, (line, r)) in scenario.lines.iter().zip(&results.lines).enumerate() {
        let optional = |v: Option<f64>| v.map(crate::model::number::plain).unwrap_or_default();
        rows.push(vec![
            (i + 1).to_string(),
            line.name.clone(),
            line.kind.key().to_string(),
            optional(r.events),
            pounds(r.saving),
            pounds(line.setup),
            pounds(r.cost),
            pounds(r.net),
            optional(r.breakeven),
        ]);
    }
    rows
}

/// Quotes a cell holding a comma, quote or line break; a cell starting with
/// `=`, `+`, `-` or `@` that is not a number is prefixed with `'` so a
/// spreadsheet shows it as text rather than running it as a formula.
fn csv_cell(text: &str) -> String {
    let formula = text.starts_with(['=', '+', '-', '@']) && text.parse::<f64>().is_err();
    let text = if formula {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

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
    let name = if scenario.name.is_empty() {
        "Pilot savings scenario"
    } else {
        &scenario.name
    };
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
    let ranged = scenario.lines.iter().any(|l| !l.ranges.is_empty());
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
    out.push(String::new());
    out.push("Each intervention, a year at full effect".to_string());
    for (i, (line, r)) in scenario.lines.iter().zip(&results.lines).enumerate() {
        let label = if line.name.is_empty() {
            format!("Line {}", i + 1)
        } else {
            line.name.clone()
        };
        let setup = if line.setup > 0.0 {
            format!(" (and {} to set up)", money(line.setup))
        } else {
            String::new()
        };
        out.push(format!(
            "- {label}: saves {} a year, costs {} a year to run{setup}, net {} a year",
            money(r.saving),
            money(r.cost),
            money(r.net)
        ));
    }
    if scenario.lines.is_empty() {
        out.push("- None yet".to_string());
    }
    out.push(String::new());
    out.push(format!("Open this scenario: {link}"));
    out.join("\n") + "\n"
}

/// A blank line, a heading and its points.
fn bullets(out: &mut Vec<String>, heading: &str, points: Vec<String>) {
    out.push(String::new());
    out.push(heading.to_string());
    out.extend(points.into_iter().map(|p| format!("- {p}")));
}

fn headline_lines(scenario: &Scenario, results: &Results) -> Vec<String> {
    let s = &results.summary;
    let bcr = s.bcr.map_or("no costs".to_string(), pounds_and_pence);
    vec![
        format!(
            "Net present value over {} years: {}",
            scenario.years,
            money(s.npv)
        ),
        format!(
            "Net saving a year at full effect: {} ({} per 1,000 patients)",
            money(s.net_year),
            money(s.net_per_1000)
        ),
        costs_words(scenario, s),
        format!("Pays back: {}", payback(s.payback_months)),
        format!("Back for every £1 spent: {bcr}"),
        format!(
            "Gain-share to reinvest: {}, and {} earned for after year {}",
            money(s.reinvest_total),
            money(s.beyond_horizon),
            scenario.years
        ),
        format!(
            "Cash released: {}, and {} of capacity freed, not cash",
            money(s.cash_total),
            money(s.noncash_total)
        ),
    ]
}

/// The costs as a board reads them: set-up once, then running costs.
fn costs_words(scenario: &Scenario, s: &crate::model::Summary) -> String {
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

fn show_value(f: &Field, v: f64) -> String {
    match f.unit {
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
