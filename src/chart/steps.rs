//! A line's steps (SPEC §2.7): the events it avoids a year against the
//! whole units a provider can remove, so a reader sees how far the pilot
//! is from the next one.

use super::{finite, Chart, Plot, Row, Table};
use crate::format::number;
use crate::model::capacity::Steps;
use crate::text::line_name;

/// Line `i`'s steps, for a line named `name`.
pub fn steps(name: &str, i: usize, s: &Steps, width: u32) -> Chart {
    let (units, next, step) = (finite(s.units), s.next, finite(s.step));
    let events = finite(s.events).max(0.0);
    let name = line_name(name, i);
    let caption = format!(
        "{} events avoided a year free {} whole unit{}; the next needs {} more.",
        number(events, 0),
        number(units, 0),
        if units == 1.0 { "" } else { "s" },
        number(next.ceil(), 0)
    );
    let mut rows = vec![Row {
        label: "This pilot".to_string(),
        values: vec![events, units],
    }];
    rows.extend(table_units(units).map(|n| Row {
        label: format!("Unit {}", number(n, 0)),
        values: vec![n * step, n],
    }));
    Chart {
        id: format!("steps-l{}", i + 1),
        title: format!("{name}: events avoided and whole units that can go"),
        caption,
        width,
        plot: Plot::Steps {
            events,
            units,
            step,
        },
        table: Table {
            head: ["", "Events avoided a year", "Whole units that can go"]
                .map(String::from)
                .to_vec(),
            rows,
            counts: true,
        },
    }
}

/// The units the table lists: every one up to the next, or only the last
/// ten and the next where there are thousands (a bed in a large
/// population), so the table stays readable and quick to draw.
fn table_units(units: f64) -> impl Iterator<Item = f64> {
    let next = units.clamp(0.0, 1e12) as u64 + 1;
    (next.saturating_sub(10).max(1)..=next).map(|n| n as f64)
}
