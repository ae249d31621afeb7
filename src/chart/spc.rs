//! A line's monthly chart (SPEC §2.8) for the views module to draw.

use super::{finite, Chart, Plot, Row, Table};
use crate::model::series::month_name;
use crate::model::spc::Special;
use crate::model::{Line, Scenario};
use crate::text::line_name;

/// Line `index`'s chart, if it has a series.
pub fn spc_chart(s: &Scenario, index: usize, width: u32) -> Option<Chart> {
    let line: &Line = s.lines.get(index)?;
    let series = line.series.as_ref()?;
    let target = crate::model::series::monthly_target(line, s.pop);
    let chart = series.chart(target);
    let labels: Vec<String> = (0..series.counts.len())
        .map(|i| month_name(series.month(i)))
        .collect();
    let flags = chart
        .special
        .iter()
        .map(|f| match f {
            Special::None => 0,
            Special::Improvement => 1,
            Special::Concern => 2,
        })
        .collect();
    let rows = labels
        .iter()
        .zip(&series.counts)
        .map(|(label, v)| Row {
            label: label.clone(),
            values: vec![*v],
        })
        .collect();
    Some(Chart {
        id: format!("spc-l{}", index + 1),
        title: "The months, their mean and process limits".to_string(),
        caption: format!(
            "{}: events each month, with the mean{} of the months before the pilot{}; special cause months marked.",
            line_name(&line.name, index),
            if chart.shown { " and process limits" } else { "" },
            if target.is_some() { ", and the target" } else { "" }
        ),
        width,
        table: Table {
            head: vec!["Month".to_string(), "Events".to_string()],
            rows,
            counts: true,
        },
        plot: Plot::Spc {
            labels,
            values: series.counts.iter().copied().map(finite).collect(),
            flags,
            mean: finite(chart.limits.mean),
            limits: chart
                .shown
                .then(|| (finite(chart.limits.lower), finite(chart.limits.upper))),
            pilot_at: series.pilot_at.filter(|p| *p > 0),
            target: target.map(finite),
        },
    })
}
