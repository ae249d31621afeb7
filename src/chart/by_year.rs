//! Charts with a group of bars a financial year and a line over them, and
//! a table of the same columns.

use super::{Chart, Plot, Row, Series, Table};
use crate::format::financial_year;
use crate::model::{Results, Year};

/// One column of figures a year: its name, colour and where it comes from.
pub(super) struct Column {
    pub label: &'static str,
    pub colour: (u8, u8, u8),
    pub value: fn(&Year) -> f64,
}

impl Column {
    fn series(&self, results: &Results) -> Series {
        Series::new(
            self.label,
            self.colour,
            results.years.iter().map(self.value).collect(),
        )
    }
}

pub(super) struct ByYear {
    pub id: &'static str,
    pub title: &'static str,
    pub caption: String,
    pub bars: Vec<Column>,
    pub line: Column,
    /// A column the table shows before the drawn ones.
    pub first: Option<Column>,
}

pub(super) fn by_year(spec: ByYear, results: &Results, fy: i32, width: u32) -> Chart {
    let labels: Vec<String> = results
        .years
        .iter()
        .map(|y| financial_year(fy, y.t))
        .collect();
    let plot = Plot::Bars {
        categories: labels.clone(),
        bars: spec.bars.iter().map(|c| c.series(results)).collect(),
        line: Some(spec.line.series(results)),
    };
    let columns: Vec<&Column> = spec
        .first
        .iter()
        .chain(&spec.bars)
        .chain([&spec.line])
        .collect();
    let mut head = vec!["Year".to_string()];
    head.extend(columns.iter().map(|c| c.label.to_string()));
    Chart {
        id: spec.id.into(),
        title: spec.title.into(),
        caption: spec.caption,
        width,
        plot,
        table: Table {
            counts: false,
            head,
            rows: results
                .years
                .iter()
                .zip(labels)
                .map(|(y, label)| Row {
                    label,
                    values: columns.iter().map(|c| (c.value)(y)).collect(),
                })
                .collect(),
        },
    }
}
