//! A line's monthly chart in the words a board reads (SPEC §2.8): what
//! the pilot months show against the process before them, the target, and
//! whether the process as it now runs will meet it.

use crate::format::number;
use crate::model::series::{monthly_target, Series};
use crate::model::spc::{Assurance, Spc, Variation, MIN_MONTHS, MIN_PERIOD};
use crate::model::{Kind, Line};
use crate::text::line_name;

/// The month table's headings, on the page and in the CSV.
pub const MONTH_HEADINGS: [&str; 7] = [
    "Month",
    "Events",
    "Rate per 1,000 a year",
    "Mean",
    "Lower limit",
    "Upper limit",
    "Special cause",
];

/// The variation's name and the shape that marks it beside the words.
pub fn variation_words(v: Variation) -> (&'static str, &'static str) {
    match v {
        Variation::Improvement => ("Special cause improvement", "\u{25bc}"),
        Variation::Concern => ("Special cause concern", "\u{25b2}"),
        Variation::Common => ("Common cause variation", "\u{25cf}"),
        Variation::None => ("Not enough months yet", "\u{25cb}"),
    }
}

pub fn assurance_words(a: Assurance) -> (&'static str, &'static str) {
    match a {
        Assurance::Pass => ("Meets the target every month", "P"),
        Assurance::Fail => ("Will not meet the target without change", "F"),
        Assurance::HitAndMiss => ("Hit and miss: meets the target in some months", "?"),
        Assurance::None => ("Not judged yet", "\u{2013}"),
    }
}

/// The target in words: "6 per 1,000" or "12 a month".
fn target_words(line: &Line) -> String {
    match line.kind {
        Kind::Rate => format!("{} per 1,000", number(line.after, 1).trim_end_matches(".0")),
        _ => format!(
            "{} a month",
            number(line.events * (1.0 - line.pct / 100.0) / 12.0, 1).trim_end_matches(".0")
        ),
    }
}

/// The sentence under the chart.
pub fn spc_sentence(line: &Line, index: usize, series: &Series, chart: &Spc, pop: f64) -> String {
    let name = line_name(&line.name, index);
    if !chart.shown {
        let short = MIN_MONTHS
            .saturating_sub(series.counts.len())
            .max(MIN_PERIOD.saturating_sub(chart.period));
        let months = if short == 1 {
            "1 more month"
        } else {
            &format!("{short} more months")
        };
        return format!("{name}: the chart shows its process limits once it has {MIN_MONTHS} months, {MIN_PERIOD} of them before the pilot: it needs {months} from before the pilot. Until then it shows the months and their mean only.");
    }
    let mut text = format!("{name}: {}.", shown_words(series, chart));
    if let Some(t) = monthly_target(line, pop) {
        text.push_str(&format!(
            " {}",
            met_words(series.baseline(), t, &target_words(line), chart.pilot > 0)
        ));
        text.push_str(&format!(" {}", assurance_sentence(chart)));
    }
    text
}

fn shown_words(series: &Series, chart: &Spc) -> String {
    let variation = variation_words(chart.variation).0.to_lowercase();
    if chart.pilot == 0 {
        return format!("the latest month shows {variation}");
    }
    let below = series
        .pilot()
        .iter()
        .filter(|v| **v < chart.limits.lower)
        .count();
    let p = chart.pilot;
    let months = if p == 1 {
        "the pilot month".to_string()
    } else {
        format!("the {p} pilot months")
    };
    match below {
        0 => format!("{months} are within the limits of the process before the pilot; the latest shows {variation}"),
        b if b == p && p > 1 => format!("events fell below the lower limit in each of {months}: {variation}"),
        b if b == p => format!("events fell below the lower limit in {months}: {variation}"),
        b => format!("events fell below the lower limit in {b} of {months}; the latest shows {variation}"),
    }
}

fn met_words(baseline: &[f64], target: f64, words: &str, pilot: bool) -> String {
    let met = baseline.iter().filter(|v| **v <= target).count();
    let when = if pilot {
        "Before the pilot, the target"
    } else {
        "The target"
    };
    match met {
        0 => format!("{when} of {words} was never met."),
        m if m == baseline.len() => format!("{when} of {words} was met every month."),
        m => format!(
            "{when} of {words} was met in {m} of {} months.",
            baseline.len()
        ),
    }
}

fn assurance_sentence(chart: &Spc) -> String {
    match chart.assurance {
        Assurance::Pass => "As the process now runs, it meets the target every month.".to_string(),
        Assurance::Fail => {
            "As the process now runs, it will not meet the target without change.".to_string()
        }
        Assurance::HitAndMiss => {
            "As the process now runs, it will meet the target in some months and miss it in others."
                .to_string()
        }
        Assurance::None => {
            let more = MIN_PERIOD - chart.pilot.min(MIN_PERIOD - 1);
            format!("Whether the pilot meets the target reliably can be judged after {MIN_PERIOD} pilot months: {more} more.")
        }
    }
}

/// How long a pilot must run (SPEC §2.9), in sentences that follow the
/// figures: what 80% power means, the power of the pilot as run, the
/// months and the population 80% power needs, or what is missing for
/// each, the baseline's extra variation, and what power cannot see.
pub fn plan_words(
    plan: &crate::model::plan::Plan,
    pilot_months: f64,
    baseline: Option<usize>,
) -> Vec<String> {
    let mut said = vec![POWER_MEANS.to_string()];
    let before = baseline.map_or(pilot_months, |b| b as f64);
    if let Some(power) = plan.power {
        said.push(format!(
            "Run as it was, {} months against {} months before it, the pilot had a {}% chance of showing a fall this large, if the fall is real.",
            number(pilot_months, 0),
            number(before, 0),
            number(power.min(99.9), if power > 99.0 { 1 } else { 0 })
        ));
    }
    said.push(match plan.months {
        Some(m) => format!("{} of pilot would give 80% power.", months_words(m.ceil())),
        None if before > 0.0 => format!("No length of pilot gives 80% power against only {} months before it: a fall this size needs a longer baseline or a bigger population.", number(before, 0)),
        None => "The months of pilot 80% power needs cannot be given yet: enter how many months the pilot ran, or its monthly counts with the month it started.".to_string(),
    });
    said.push(match plan.pop {
        Some(pop) => format!(
            "With these lengths, 80% power needs a population of {}.",
            number(pop.ceil(), 0)
        ),
        None => "The population 80% power needs cannot be given yet: enter how many months the pilot ran.".to_string(),
    });
    if plan.phi > 1.0 {
        said.push(format!("The months before the pilot vary {} times as much as chance alone would make them, and these figures allow for it.", number(plan.phi, 1)));
    }
    if shows_quickly(plan, pilot_months) {
        said.push("A fall this large shows in a short pilot if it is real.".to_string());
    }
    said.push("What power cannot see: a practice chosen because its rate was high (regression to the mean), the seasons, changes in coding, and a trend that was already there. That is why a baseline of 12 to 24 months matters more than the pilot\u{2019}s length.".to_string());
    said
}

/// What 80% power means, in one plain sentence.
pub const POWER_MEANS: &str = "Power is the chance that a pilot shows a real fall: at 80% power, four pilots in five of this length would show it, and one in five would miss it.";

/// Whether the figures say the fall shows quickly: 80% power within the
/// pilot as run, or within three months.
fn shows_quickly(plan: &crate::model::plan::Plan, pilot_months: f64) -> bool {
    let within = pilot_months.max(3.0);
    plan.power.is_some_and(|p| p >= 80.0) || plan.months.is_some_and(|m| m.ceil() <= within)
}

fn months_words(m: f64) -> String {
    if m <= 1.0 {
        "1 month".to_string()
    } else {
        format!("{} months", number(m, 0))
    }
}
