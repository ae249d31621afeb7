//! Capacity in words (SPEC §2.7): the clinician time extra appointments
//! take, and how many whole units a provider can remove.

use crate::format::{money, number};
use crate::model::capacity::{Steps, Workforce};
use crate::model::{Line, Results, Scenario};
use crate::text::line_name;

/// "1.2 GP sessions a week (252 clinician hours a year), 0.13 of a
/// full-time clinician".
pub fn time_words(w: &Workforce) -> String {
    let wte = if w.wte < 1.0 {
        format!("{} of a full-time clinician", number(w.wte, 2))
    } else {
        format!("{} full-time clinicians", number(w.wte, 2))
    };
    format!(
        "{} GP session{} a week ({} clinician hours a year), {wte}",
        number(w.sessions, 1),
        if number(w.sessions, 1) == "1.0" {
            ""
        } else {
            "s"
        },
        number(w.hours, 0)
    )
}

/// "Dermatology: 6 extra appointments a day take 1.2 GP sessions a week …"
pub fn workforce_words(line: &Line, w: &Workforce, i: usize) -> String {
    format!(
        "{}: {} extra appointment{} a day of {} minutes take {}.",
        line_name(&line.name, i),
        number(line.appts, if line.appts.fract() == 0.0 { 0 } else { 1 }),
        if line.appts == 1.0 { "" } else { "s" },
        number(line.appt_min, 0),
        time_words(w)
    )
}

/// Every line's extra appointments together.
fn workforce_total_words(w: &Workforce) -> String {
    format!("In all, the extra appointments take {}.", time_words(w))
}

/// "second", "third": the unit the next step would free.
fn nth(n: f64) -> String {
    const NAMES: [&str; 10] = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth",
    ];
    NAMES
        .get(n as usize - 1)
        .map_or_else(|| format!("unit {}", number(n, 0)), |s| (*s).to_string())
}

/// How many whole units a line's avoided events free, and what the next
/// one needs.
pub fn steps_words(name: &str, i: usize, s: &Steps) -> String {
    let name = line_name(name, i);
    if s.events <= 0.0 {
        return format!(
            "{name}: activity went up, so no unit can be removed and nothing counts as cost really avoided."
        );
    }
    let which = if s.units == 0.0 {
        "the first".to_string()
    } else {
        format!("a {}", nth(s.units + 1.0))
    };
    let more = format!(
        "{} more events avoided a year would free {which}",
        number(s.next.ceil(), 0)
    );
    let units = format!(
        "{} whole unit{}",
        number(s.units, 0),
        if s.units == 1.0 { "" } else { "s" }
    );
    if s.units == 0.0 {
        format!(
            "{name}: {} events avoided a year are short of the {} that free one whole unit, so the capacity freed is real but saves no money; {more}.",
            number(s.events, 0),
            number(s.step, 0)
        )
    } else if s.step_cost == 0.0 {
        format!("{name}: {units} can go, but removing one saves nothing until you enter what it saves a year; {more}.")
    } else {
        format!(
            "{name}: {units} can go, saving {} a year; {more}.",
            money(s.units * s.step_cost)
        )
    }
}

/// Everything the page says about capacity, each with its hook on the
/// page: per line, the time its appointments take and its steps, then the
/// total where more than one line adds appointments.
pub fn capacity_points(s: &Scenario, results: &Results) -> Vec<(String, String)> {
    let mut said = Vec::new();
    for (i, (line, r)) in s.lines.iter().zip(&results.lines).enumerate() {
        if let Some(w) = &r.workforce {
            said.push((
                format!("workforce-words-l{}", i + 1),
                workforce_words(line, w, i),
            ));
        }
        if let Some(steps) = &r.steps {
            said.push((
                format!("steps-words-l{}", i + 1),
                steps_words(&line.name, i, steps),
            ));
        }
    }
    let busy = results
        .lines
        .iter()
        .filter(|l| l.workforce.is_some())
        .count();
    if let Some(w) = results.summary.workforce.filter(|_| busy > 1) {
        said.push(("workforce-words".to_string(), workforce_total_words(&w)));
    }
    said
}
