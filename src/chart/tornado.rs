//! One-way sensitivity: npv with each ranged input at its lowest and its
//! highest, the input that moves npv most at the top.

use super::{finite, Chart, Plot, Row, Table};
use crate::format::money_short;

pub const AT_LOWEST: &str = "Net present value with the input at its lowest";
pub const AT_HIGHEST: &str = "With the input at its highest";

/// `rows`: each input's name with npv at its lowest and highest, sorted.
pub fn tornado(rows: Vec<Row>, npv: f64, width: u32) -> Chart {
    let caption = match rows.first() {
        // Ranges only on how the money lands: the value stays put.
        Some(top) if (top.values[1] - top.values[0]).abs() < 0.005 => {
            "None of the uncertain figures changes the net present value: they move money between the commissioner, primary care and the hospital (see the table above).".to_string()
        }
        Some(top) => format!(
            "The figure that matters most is {}: from {} to {} net present value at either end of its range.",
            top.label,
            money_short(top.values[0]),
            money_short(top.values[1])
        ),
        None => "No figure has a range yet.".to_string(),
    };
    let plot = Plot::Tornado {
        rows: rows
            .iter()
            .map(|r| (r.label.clone(), finite(r.values[0]), finite(r.values[1])))
            .collect(),
        npv: finite(npv),
    };
    Chart {
        id: "tornado".into(),
        title: "Net present value at each end of each range".into(),
        caption,
        width,
        plot,
        table: Table {
            counts: false,
            head: ["Figure and its range", AT_LOWEST, AT_HIGHEST]
                .map(String::from)
                .to_vec(),
            rows,
        },
    }
}
