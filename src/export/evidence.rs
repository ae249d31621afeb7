//! Evidence over time and how long a pilot must run (SPEC §2.8, §2.9) in
//! the CSV and the summary text: each line's months with their mean,
//! limits and flags, and the sentences the page shows.

use crate::model::plan::line_plan;
use crate::model::series::{month_name, monthly_target};
use crate::model::spc::Special;
use crate::model::Scenario;
use crate::text::line_name;
use crate::words::spc::{plan_words, spc_sentence, MONTH_HEADINGS, POWER_MEANS};

/// CSV rows: for each line with monthly counts, its months.
pub fn month_rows(s: &Scenario) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for (i, line) in s.lines.iter().enumerate() {
        let Some(series) = &line.series else { continue };
        let chart = series.chart(monthly_target(line, s.pop));
        rows.push(vec![]);
        rows.push(vec![format!(
            "Evidence over time: {}",
            line_name(&line.name, i)
        )]);
        rows.push(vec![spc_sentence(line, i, series, &chart, s.pop)]);
        rows.push(MONTH_HEADINGS.map(String::from).to_vec());
        let limit = |v: f64| {
            if chart.shown {
                format!("{v}")
            } else {
                String::new()
            }
        };
        for (m, (v, flag)) in series.counts.iter().zip(&chart.special).enumerate() {
            rows.push(vec![
                month_name(series.month(m)),
                format!("{v}"),
                format!("{}", v * 12_000.0 / s.pop),
                format!("{}", chart.limits.mean),
                limit(chart.limits.lower),
                limit(chart.limits.upper),
                special_word(*flag).to_string(),
            ]);
        }
    }
    rows
}

/// A month's special cause as the CSV and the workbook write it: empty
/// for none.
pub fn special_word(flag: Special) -> &'static str {
    match flag {
        Special::Improvement => "improvement",
        Special::Concern => "concern",
        Special::None => "",
    }
}

/// The summary's points: each chart's sentence, and each plan's.
pub fn evidence_points(s: &Scenario) -> Vec<String> {
    let mut points = Vec::new();
    for (i, line) in s.lines.iter().enumerate() {
        if let Some(series) = &line.series {
            let chart = series.chart(monthly_target(line, s.pop));
            points.push(spc_sentence(line, i, series, &chart, s.pop));
        }
        if let Some((p, baseline)) = line_plan(s, i) {
            let words = plan_words(&p, line.pilot_months, baseline);
            // What power means and cannot see are said once, on the page.
            let said: Vec<String> = words
                .into_iter()
                .filter(|w| w != POWER_MEANS && !w.starts_with("What power cannot see"))
                .collect();
            if !said.is_empty() {
                points.push(format!(
                    "{}, how long a pilot must run: {}",
                    line_name(&line.name, i),
                    said.join(" ")
                ));
            }
        }
    }
    points
}
