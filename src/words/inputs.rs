//! What was entered, as label and value pairs, in words: the printed
//! report's list of inputs and the business case's appendix (SPEC §5.2,
//! §6) are written by this code, so they say the same.

use crate::format::{financial_year, money, number, percent, share_percent, two_places};
use crate::model::equity::{EquityKey, Grad};
use crate::model::fields::{Field, PaymentRule, Unit};
use crate::model::keys::{GlobalKey, LineKey};
use crate::model::overlap::SHARED_KEYS;
use crate::model::{Line, Scenario};
use crate::text::lower_first;
use crate::unit_costs::{matching, suggested_ids};
use crate::words::costs::source_sentence;
use crate::words::uptake::uptake_words;

/// The scenario's own inputs: the draws' settings only with a range, and
/// the population's deprivation fifths.
pub fn global_values(s: &Scenario) -> Vec<(String, String)> {
    let ranged = s.range_count() > 0;
    GlobalKey::ALL
        .into_iter()
        .filter(|k| ranged || !matches!(k, GlobalKey::Mc | GlobalKey::Seed))
        .filter_map(|k| {
            let (f, v) = (k.field(), s.get(k)?);
            let range = s.ranges.iter().find(|r| r.key == k).map(|r| (r.lo, r.hi));
            Some((f.label.to_string(), with_range(f, v, range)))
        })
        .chain(std::iter::once((
            "Population in each deprivation fifth, most deprived first".to_string(),
            s.imd.map(share_percent).join(", "),
        )))
        .collect()
}

pub fn line_title(line: &Line, i: usize) -> String {
    if line.name.is_empty() {
        format!("Line {}", i + 1)
    } else {
        format!("Line {}: {}", i + 1, line.name)
    }
}

/// The kind, then every input that says something: saving inputs always,
/// costs where they are not 0, take-up where not 100%; each unit cost with
/// where it comes from, in a scenario starting in first year `fy`.
pub fn line_values(line: &Line, fy: i32) -> Vec<(String, String)> {
    let mut rows = vec![("What it saves".to_string(), line.kind.explain().to_string())];
    // A joined line's baseline, price and payment rule are its events'
    // line's, printed there (SPEC §2.10).
    if let Some(m) = line.with {
        rows.push((
            "Acts on the same events as".to_string(),
            format!(
                "Line {}, whose baseline, cost and payment rule it shares",
                m + 1
            ),
        ));
    }
    let shared = |key: &LineKey| line.with.is_some() && SHARED_KEYS.contains(key);
    for key in line.kind.keys().filter(|k| !shared(k)) {
        let (f, v) = (key.field(), line.get(key));
        // How the saving lands always says something (SPEC §2.6).
        let unset = f.optional && v == 0.0;
        let ramps = key == LineKey::Uptake && !line.ramp.later.is_empty();
        let says = f.no_default
            || ramps
            || (!unset && (line.kind.landing_keys().contains(&key) || v != f.default));
        if !says {
            continue;
        }
        let range = line
            .ranges
            .iter()
            .find(|r| r.key == key)
            .map(|r| (r.lo, r.hi));
        let mut text = with_range(f, v, range);
        if key == LineKey::Uptake && range.is_none() {
            text = uptake_words(line.uptake, &line.ramp, fy);
        }
        if let Some(rule) = PaymentRule::of(v).filter(|_| key == LineKey::Paid) {
            text = format!("{text}: {}", lower_first(rule.label));
        }
        rows.push((f.label.to_string(), text));
        if let Some(source) = source_of(key, v, fy, line.appt_min) {
            rows.push((
                format!("Where the {} comes from", lower_first(f.label)),
                source,
            ));
        }
    }
    rows.push((
        "Who pays this line\u{2019}s costs".to_string(),
        line.funder.describe().to_string(),
    ));
    if line.kind.counts_events() {
        rows.extend(equity_values(line));
    }
    rows
}

/// A line's deprivation inputs (SPEC §2.11), where given.
fn equity_values(line: &Line) -> Vec<(String, String)> {
    let e = &line.equity;
    let mut rows = Vec::new();
    if line.with.is_none() && e.grad != Grad::default() {
        let grad = match &e.grad {
            Grad::Ratio(g) => format!(
                "{} times as high in the most deprived fifth as in the least",
                two_places(*g)
            ),
            Grad::Rates(q) => format!(
                "relative rates {}, most deprived first",
                q.map(two_places).join(", ")
            ),
        };
        rows.push((EquityKey::Grad.label().to_string(), grad));
    }
    if let Some(reach) = &e.reach {
        let text = format!("{}, most deprived first", reach.map(two_places).join(", "));
        rows.push((EquityKey::Reach.label().to_string(), text));
    }
    let health = if e.health {
        "Yes: a gain in health"
    } else {
        "No: a change in the use of a service"
    };
    rows.push((EquityKey::Health.label().to_string(), health.to_string()));
    rows
}

/// A figure, and its range where it has one.
fn with_range(f: &Field, v: f64, range: Option<(f64, f64)>) -> String {
    match range {
        Some((lo, hi)) => format!(
            "{} (lowest {}, highest {})",
            show(f, v),
            bare(f, lo),
            bare(f, hi)
        ),
        None => show(f, v),
    }
}

/// A range's end beside its figure, which has said the unit.
fn bare(f: &Field, v: f64) -> String {
    match f.unit {
        Unit::Rate | Unit::Count => show(
            &Field {
                unit: Unit::Count,
                ..*f
            },
            v,
        ),
        _ => show(f, v),
    }
}

fn show(f: &Field, v: f64) -> String {
    // As few decimals as the figure has, up to two: 3.5%, not 3.50%.
    let places = (0..2)
        .find(|p| {
            let scaled = v * 10f64.powi(*p);
            (scaled - scaled.round()).abs() < 1e-9
        })
        .unwrap_or(2) as usize;
    match f.unit {
        Unit::Money => money(v),
        Unit::Percent => percent(v, places),
        Unit::Rate => format!("{} per 1,000 a year", number(v, places)),
        Unit::Year => financial_year(v as i32, 1),
        Unit::Flag => if v != 0.0 { "Yes" } else { "No" }.to_string(),
        Unit::Count if f.whole => number(v, 0),
        Unit::Count => number(v, places),
    }
}

/// Where a £ figure that takes a national unit cost comes from: the
/// national figure it is, with its source and prices, or the pilot's own.
fn source_of(key: LineKey, v: f64, fy: i32, minutes: f64) -> Option<String> {
    if suggested_ids(key).is_empty() {
        return None;
    }
    Some(match matching(key, v, fy, minutes) {
        Some((cost, at)) => source_sentence(cost, at, fy, minutes).0,
        None => {
            "A local figure, entered for this scenario: no national figure matches it.".to_string()
        }
    })
}
