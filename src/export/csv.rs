//! The figures as a CSV file for an analyst (SPEC §5; issue 11): the
//! scenario, its assumptions, the yearly table and the per-line table.

use crate::format::{financial_year, CANNOT_BREAK_EVEN, POPULATION};
use crate::model::keys::GlobalKey;
use crate::model::project::YearCol;
use crate::model::{Results, Scenario, Unit};

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
        vec![
            "How the figures are worked out".into(),
            super::method_address(link),
        ],
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
    rows.push(vec![
        "Net present value for the NHS as a whole (£)".into(),
        pounds(results.summary.nhs_npv),
    ]);
    rows.push(vec![]);
    rows.push(vec!["Each line, a year at full effect".into()]);
    rows.extend(line_rows(scenario, results));
    rows.extend(super::fifths::fifth_rows(scenario, results));
    rows.extend(super::evidence::month_rows(scenario));
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
        let mut row = vec![label, value];
        if let Some(r) = scenario.ranges.iter().find(|r| r.key == key) {
            let plain = crate::model::number::plain;
            row.extend([
                format!("lowest {}", plain(r.lo)),
                format!("highest {}", plain(r.hi)),
            ]);
        }
        rows.push(row);
    }
    let imd = scenario.imd.map(crate::model::number::plain).join(" / ");
    rows.push(vec![
        "Population in each deprivation fifth, most deprived first (%)".into(),
        imd,
    ]);
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
    // Added after every earlier column, so that a sheet reading them by
    // position still finds them (SPEC §2.3: the population grows).
    head.push(POPULATION.into());
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
        row.push(format!("{:.2}", year.people));
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
    row.push(String::new());
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
        "Share the commissioner stops paying (%)",
        "Share of cost really avoided (%)",
        "Who pays its costs",
        "Hospital a year (£)",
        "NHS as a whole a year (£)",
        "Clinician hours a year",
        "Whole-time equivalents",
        "GP sessions a week",
        "Events that free one unit",
        "Whole units that can go",
        "Events to the next unit",
        "Acts on the same events as line",
        "Events avoided on its own a year",
        "Counted once, not twice, a year",
        "Saving per event avoided (£)",
        "Running cost per event avoided (£)",
        "Saving reached, year by year (%)",
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
            match r.breakeven {
                Some(b) if b < 0.0 => CANNOT_BREAK_EVEN.to_string(),
                b => optional(b),
            },
            landing(line, line.paid),
            landing(line, line.avoid),
            line.funder.describe().to_string(),
            pounds(r.hosp),
            pounds(r.nhs),
            optional(r.workforce.map(|w| w.hours)),
            optional(r.workforce.map(|w| w.wte)),
            optional(r.workforce.map(|w| w.sessions)),
            optional(r.steps.map(|s| s.step)),
            optional(r.steps.map(|s| s.units)),
            optional(r.steps.map(|s| s.next)),
            line.with.map(|m| (m + 1).to_string()).unwrap_or_default(),
            optional(r.alone),
            optional(r.alone.zip(r.events).map(|(a, e)| a - e)),
            r.saving_per_event().map(pounds).unwrap_or_default(),
            r.per_event.map(pounds).unwrap_or_default(),
            if line.kind.saves() {
                line.ramp.link_text(line.uptake)
            } else {
                String::new()
            },
        ]);
    }
    rows
}

/// A line of costs has no saving to land: its payment rule is empty.
fn landing(line: &crate::model::Line, pct: f64) -> String {
    if line.kind.saves() {
        crate::model::number::plain(pct)
    } else {
        String::new()
    }
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
