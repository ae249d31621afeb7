//! Who benefits (SPEC §2.11) in words: each line's verdict in one
//! sentence, speaking of health where a fall is a gain in health and of
//! use of a service where it is not, and the scenario's Core20 share.

use std::cmp::Ordering;

use crate::format::number;
use crate::model::fifths::{Fifths, LineFifths, Verdict};
use crate::model::Scenario;
use crate::text::line_name;
use crate::words::groups::and_list;

/// What the view needs, and why boards ask, shown while nothing is entered.
pub const PROMPT: &str = "Boards ask who benefits: NHS England's Core20PLUS5 puts the most deprived fifth of the country first, and every ICB must have regard to reducing inequalities. Enter, on a line of events, how its rate before the pilot varies with deprivation (for example 2.5 for avoidable emergency admissions) and, where the pilot reaches some people more than others, how much of its effect reaches each fifth. The split never changes a total.";

/// A percentage to one place, without a trailing ".0".
fn pct(v: f64) -> String {
    let text = number(v, 1);
    format!("{}%", text.strip_suffix(".0").unwrap_or(&text))
}

fn moved_word(o: Option<Ordering>) -> &'static str {
    match o {
        Some(Ordering::Less) => "narrows",
        Some(Ordering::Greater) => "widens",
        _ => "is unchanged",
    }
}

/// "narrows the gap", as the verdict says it.
fn headline(verdict: Verdict, health: bool) -> String {
    let gap = if health {
        "the gap"
    } else {
        "the gap in use of the service"
    };
    match verdict {
        Verdict::Narrows => format!("narrows {gap}"),
        Verdict::Widens => format!("widens {gap}"),
        Verdict::Mixed => format!("narrows {gap} one way and widens it the other"),
        Verdict::Reverses => {
            format!("reverses {gap}: it ends higher where people are less deprived")
        }
        Verdict::None => format!("leaves {gap} as it was"),
    }
}

/// "2.43 times … (a gap of 12.5 per 1,000 a year)", or the gap alone
/// where the relative index is none.
fn ratio(rii: Option<f64>) -> String {
    rii.map_or_else(
        || "(no ratio: the fitted rate in the least deprived fifth is 0 or below)".into(),
        |r| format!("{} times", number(r, 2)),
    )
}

/// Which gap moved, after the verdict.
fn which(l: &LineFifths) -> String {
    if l.verdict == Verdict::Reverses || l.moved.absolute.is_none() {
        return String::new();
    }
    let mut which = format!(": the absolute gap {}", moved_word(l.moved.absolute));
    if l.moved.relative.is_some() {
        which.push_str(&format!(
            "; the relative gap {}",
            moved_word(l.moved.relative)
        ));
    }
    if l.moved.relative == Some(Ordering::Equal) {
        which.push_str(": every fifth falls by about the same proportion");
    }
    which
}

/// The verdict of a line, or of a group (`members`, its events' line
/// first), in one sentence, with each member's share of the events
/// avoided in the most deprived fifth.
pub fn verdict_words(s: &Scenario, f: &Fifths, members: &[&LineFifths]) -> String {
    let Some(head) = members.first() else {
        return String::new();
    };
    let health = s.lines[head.line].equity.health;
    let title = match members {
        [only] => line_name(&s.lines[only.line].name, only.line),
        _ => {
            let numbers: Vec<String> = members.iter().map(|l| (l.line + 1).to_string()).collect();
            format!("Lines {} together", and_list(&numbers))
        }
    };
    let share = match members {
        [only] => format!(
            "The most deprived fifth receives {} of the events avoided and is {} of the population.",
            pct(100.0 * only.p[0]),
            pct(100.0 * f.s[0])
        ),
        _ => {
            let each: Vec<String> = members
                .iter()
                .map(|l| format!("{} of line {}\u{2019}s", pct(100.0 * l.p[0]), l.line + 1))
                .collect();
            format!(
                "Of the events each line avoids, the most deprived fifth receives {}; it is {} of the population.",
                and_list(&each),
                pct(100.0 * f.s[0])
            )
        }
    };
    let flat = |sii: Option<f64>| sii.is_none_or(|v| v.abs() <= 0.01);
    let body = if flat(head.gap_before.sii) && flat(head.gap_after.sii) {
        format!("{title}: the rate is the same in every fifth before and after the pilot, so there is no gap to narrow or widen. {share}")
    } else {
        let sii = |v: Option<f64>| number(v.unwrap_or(0.0), 1);
        format!(
            "{title}: {}. Before the pilot the rate is {} as high in the most deprived fifth as in the least (a gap of {} per 1,000 a year); after, {} ({} per 1,000){}. {share}",
            headline(head.verdict, health),
            ratio(head.gap_before.rii),
            sii(head.gap_before.sii),
            ratio(head.gap_after.rii),
            sii(head.gap_after.sii),
            which(head),
        )
    };
    if health {
        body
    } else {
        format!("{body} These events are use of a service: fewer of them is not by itself a gain in health, so check that care still reaches the people who need it.")
    }
}

/// The scenario's saving by fifth in one sentence.
pub fn saving_words(f: &Fifths) -> String {
    match f.core20_saving {
        Some(core20) => format!(
            "Of the yearly saving at full effect, {} falls in the most deprived fifth, which is {} of the population.",
            pct(core20),
            pct(100.0 * f.s[0])
        ),
        None => "The scenario has no yearly saving to split over the fifths.".to_string(),
    }
}
