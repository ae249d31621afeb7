//! Who benefits (SPEC §2.11): a line's (or group's) rate before and after
//! in each IMD fifth, most deprived on the left, with both fitted lines
//! whose slopes are the slope index of inequality.

use super::{finite, Chart, Plot, Row, Table};
use crate::format::number;
use crate::model::fifths::{Fifths, Gap, LineFifths, RANKS};
use crate::model::Scenario;
use crate::words::groups::and_list;

/// The fifths along the axis, most deprived first.
pub const FIFTHS: [&str; 5] = ["1 (most deprived)", "2", "3", "4", "5 (least deprived)"];

/// The fitted line's value at each fifth: α + SII x_q.
fn fitted(gap: &Gap) -> Vec<f64> {
    let (Some(sii), Some(alpha)) = (gap.sii, gap.alpha) else {
        return Vec::new();
    };
    RANKS.iter().map(|x| finite(alpha + sii * x)).collect()
}

/// The chart of line `l`'s group, its members named.
pub fn fifths_chart(s: &Scenario, f: &Fifths, l: &LineFifths, width: u32) -> Chart {
    let members: Vec<String> = f
        .members(s, l.line)
        .iter()
        .map(|m| (m.line + 1).to_string())
        .collect();
    let lines = if members.len() > 1 {
        format!("Lines {}", and_list(&members))
    } else {
        format!("Line {}", l.line + 1)
    };
    let caption = format!(
        "{lines}: the rate per 1,000 a year falls from {} to {} in the most deprived fifth and from {} to {} in the least.",
        number(l.before[0], 1),
        number(l.after[0], 1),
        number(l.before[4], 1),
        number(l.after[4], 1)
    );
    let rows = (0..5)
        .map(|q| Row {
            label: format!("Fifth {}", FIFTHS[q]),
            values: vec![finite(l.before[q]), finite(l.after[q])],
        })
        .collect();
    Chart {
        id: format!("equity-l{}", l.line + 1),
        title: format!("{lines}: rate before and after, by deprivation fifth"),
        caption,
        width,
        plot: Plot::Fifths {
            before: l.before.map(finite).to_vec(),
            after: l.after.map(finite).to_vec(),
            fits: [fitted(&l.gap_before), fitted(&l.gap_after)],
        },
        table: Table {
            head: ["Fifth", "Rate before (per 1,000 a year)", "Rate after"]
                .map(String::from)
                .to_vec(),
            rows,
            counts: true,
        },
    }
}
