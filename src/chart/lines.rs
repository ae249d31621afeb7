//! Each line's yearly net at full effect, largest saving first.

use super::{finite, Chart, Plot, Row, Table};
use crate::format::money_short;
use crate::model::{Results, Scenario};
use crate::text::line_name;

pub fn lines(scenario: &Scenario, results: &Results, width: u32) -> Chart {
    let mut rows: Vec<Row> = results
        .lines
        .iter()
        .zip(&scenario.lines)
        .enumerate()
        .map(|(i, (r, line))| Row {
            label: line_name(&line.name, i),
            values: vec![finite(r.net)],
        })
        .collect();
    // Stable, so lines with the same net keep the scenario's order.
    rows.sort_by(|a, b| b.values[0].total_cmp(&a.values[0]));
    Chart {
        id: "lines".into(),
        title: "What each line saves or costs a year".into(),
        caption: caption(&rows),
        width,
        plot: Plot::Lines {
            rows: rows
                .iter()
                .map(|r| (r.label.clone(), r.values[0]))
                .collect(),
        },
        table: Table {
            head: ["Line", "Net a year at full effect"]
                .map(String::from)
                .to_vec(),
            rows,
            counts: false,
        },
    }
}

fn caption(rows: &[Row]) -> String {
    let Some(first) = rows.first() else {
        return "No lines yet: add a line to see what each saves or costs.".to_string();
    };
    let costing = rows.iter().filter(|r| r.values[0] < 0.0).count();
    let best = if first.values[0] > 0.0 {
        format!(
            "{} saves the most: {} a year net at full effect",
            first.label,
            money_short(first.values[0])
        )
    } else {
        "No line saves more than it costs".to_string()
    };
    match costing {
        0 => format!("{best}; every line saves more than it costs."),
        1 => format!("{best}; 1 line costs more than it saves."),
        n => format!("{best}; {n} lines cost more than they save."),
    }
}
