//! The running net position, month by month, with the payback point.

use super::{finite, Chart, Plot, Row, Table};
use crate::format::{financial_year, money_short};
use crate::model::{Results, Scenario};

pub fn cumulative(scenario: &Scenario, results: &Results, width: u32) -> Chart {
    let start = -scenario.lines.iter().map(|l| l.setup).sum::<f64>();
    let mut points = vec![(0.0, finite(start))];
    points.extend(
        results
            .years
            .iter()
            .map(|y| (f64::from(y.t), finite(y.cum))),
    );
    let caption = caption(scenario, results);
    let fy = scenario.fy;
    Chart {
        id: "cumulative".into(),
        title: "Running net position and payback".into(),
        caption,
        width,
        plot: Plot::Cumulative {
            points,
            payback: results.summary.payback_months.map(finite),
            fy,
        },
        table: Table {
            counts: false,
            head: ["End of year", "Net that year", "Running net position"]
                .map(String::from)
                .to_vec(),
            rows: results
                .years
                .iter()
                .map(|y| Row {
                    label: financial_year(fy, y.t),
                    values: vec![y.net, y.cum],
                })
                .collect(),
        },
    }
}

/// "Pays back in month 7; £879k net present value over 5 years."
fn caption(scenario: &Scenario, results: &Results) -> String {
    let h = scenario.years;
    let years = if h == 1 {
        "1 year".to_string()
    } else {
        format!("{h} years")
    };
    let payback = match results.summary.payback_months {
        Some(m) if m <= 0.0 => "Pays back straight away".to_string(),
        Some(m) => format!("Pays back in month {}", m.ceil()),
        None => format!("Does not pay back within {years}"),
    };
    format!(
        "{payback}; {} net present value over {years}.",
        money_short(results.summary.npv)
    )
}
