//! Lines that act on the same events (SPEC §2.10) in words: the form's
//! choices and shared inputs, and the group's sentence that the page, the
//! summary and the print share.

use crate::format::{money, number, price};
use crate::model::keys::LineKey;
use crate::model::validate::check_field;
use crate::model::with::{check_with, joins};
use crate::model::{Draft, Group, Kind, LineDraft, Scenario};
use crate::text::lower_first;

/// What the form shows of a line's group, worked out from every line.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Grouping {
    /// Lines it may join: their number from 1 and what to call them.
    pub joinable: Vec<(usize, String)>,
    /// Where it joins a line: that line's shared inputs in words.
    pub shared: Option<String>,
    /// Where lines join it: their numbers from 1.
    pub joined_by: Vec<usize>,
}

/// Each line's grouping, in order: each line's events' line checked
/// once, as the scenario's check has it.
pub fn groupings(draft: &Draft) -> Vec<Grouping> {
    let lines = &draft.lines;
    let joins: Vec<Option<usize>> = (0..lines.len())
        .map(|i| check_with(lines, i).ok().flatten())
        .collect();
    (0..lines.len())
        .map(|i| Grouping {
            joinable: joinable(lines, i),
            shared: joins[i].map(|m| shared_words(&lines[m], m)),
            joined_by: (0..lines.len())
                .filter(|&j| joins[j] == Some(i))
                .map(|j| j + 1)
                .collect(),
        })
        .collect()
}

/// Lines of the same kind, that join no other, line i may join.
fn joinable(lines: &[LineDraft], i: usize) -> Vec<(usize, String)> {
    let Some(kind) = lines[i].kind().filter(|k| joins(*k)) else {
        return Vec::new();
    };
    (0..lines.len())
        .filter(|&j| j != i && lines[j].kind() == Some(kind) && lines[j].with.trim().is_empty())
        .map(|j| (j + 1, numbered(&lines[j], j)))
        .collect()
}

/// "26 per 1,000 a year before the pilot, at £120 each, from line 1:
/// Dermatology. …": what a joined line takes from its events' line, its
/// payment rule and any step included.
pub fn shared_words(events: &LineDraft, m: usize) -> String {
    let kind = events.kind().unwrap_or(Kind::Rate);
    // A figure left out of the line is its default; one with a problem
    // waits for it.
    let valid = |key: LineKey| {
        let f = kind.field_of(key);
        match events.value(key) {
            None if !f.no_default => Ok(Some(f.default)),
            text => check_field(&f, text, "").map_err(|_| ()),
        }
    };
    let figure = |key: LineKey, show: fn(f64) -> String| match valid(key) {
        Ok(Some(v)) => show(v),
        _ => "a figure still to enter".to_string(),
    };
    let unit = figure(LineKey::Unit, price);
    let baseline = match kind {
        Kind::Rate => format!(
            "{} per 1,000 a year before the pilot, at {unit} each",
            figure(LineKey::Base, events_count)
        ),
        Kind::Count => format!(
            "{} events a year before the pilot, at {unit} each",
            figure(LineKey::Events, |v| number(v, 0))
        ),
        _ => format!(
            "{} a year of spending before the pilot",
            figure(LineKey::Spend, price)
        ),
    };
    let percent = |v: f64| format!("{}%", events_count(v));
    let from = lower_first(&numbered(events, m));
    let paid = figure(LineKey::Paid, percent);
    let step = valid(LineKey::Step).ok().flatten().filter(|s| *s > 0.0);
    match step.filter(|_| kind.counts_events()) {
        Some(step) => format!(
            "{baseline}, from {from}. Its payment rule and step too: the commissioner stops paying {paid} of the saving, and a unit can go for every {} events a year, saving {} a year.",
            number(step, 0),
            figure(LineKey::StepCost, price)
        ),
        None => format!(
            "{baseline}, from {from}. Its payment rule too: the commissioner stops paying {paid} of the saving, and {} of the cost is really saved.",
            figure(LineKey::Avoid, percent)
        ),
    }
}

/// The group's sentence (SPEC §2.10): what the lines would avoid alone,
/// together, and why adding them up would count some twice.
pub fn group_words(s: &Scenario, g: &Group) -> String {
    let head = &s.lines[g.members[0]];
    let spend = head.kind == Kind::Spend;
    let amount = |v: f64| if spend { money(v) } else { events_count(v) };
    let numbers: Vec<String> = g.members.iter().map(|i| (i + 1).to_string()).collect();
    let alone: Vec<String> = g.alones.iter().map(|a| amount(*a)).collect();
    let what = match (head.name.trim(), spend) {
        ("", true) => format!("the same spending, line {}'s", g.members[0] + 1),
        ("", false) => format!("the same events, line {}'s", g.members[0] + 1),
        (name, true) => format!("the same spending, line {}'s ({name})", g.members[0] + 1),
        (name, false) => format!("the same events, line {}'s ({name})", g.members[0] + 1),
    };
    let (all, each) = if g.members.len() == 2 {
        ("both", "both")
    } else {
        ("all", "several")
    };
    let thing = if spend { "spending" } else { "an event" };
    let mut words = format!(
        "Lines {} {all} act on {what}: alone they would avoid {} a year, together {}, because {thing} {each} would prevent is counted once and shared between them.",
        and_list(&numbers),
        and_list(&alone),
        amount(g.events),
    );
    if g.alones.iter().any(|a| *a < 0.0) {
        words.push_str(" One of them raises activity, so the others are credited with more than they would avoid alone: they also prevent the events it adds.");
    }
    words
}

/// Beside an events' line that others join.
pub fn joined_by_words(lines: &[usize]) -> String {
    let numbers: Vec<String> = lines.iter().map(usize::to_string).collect();
    let (who, verb) = if lines.len() == 1 {
        ("Line", "acts")
    } else {
        ("Lines", "act")
    };
    format!(
        "{who} {} also {verb} on these events: they share this line's baseline, cost and payment rule, and each event is counted once.",
        and_list(&numbers)
    )
}

/// Events a year as people read them: 800, or 855.4.
pub fn events_count(v: f64) -> String {
    if (v - v.round()).abs() < 0.05 {
        number(v, 0)
    } else {
        number(v, 1)
    }
}

/// "1, 2 and 4".
pub fn and_list(items: &[String]) -> String {
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        Some((last, _)) => last.clone(),
        None => String::new(),
    }
}

/// "Line 1: Dermatology", or "Line 1".
fn numbered(line: &LineDraft, i: usize) -> String {
    match line.name.trim() {
        "" => format!("Line {}", i + 1),
        name => format!("Line {}: {name}", i + 1),
    }
}
