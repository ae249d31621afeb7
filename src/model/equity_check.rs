//! The deprivation inputs (SPEC §2.11) checked: each on its own as typed,
//! then together with the population's shares and the lines' events, so
//! that a gradient or reach that leaves no event where people live, or a
//! rate after below 0 in a fifth, is an error beside the field that
//! names the fifth.

use super::draft::{FieldError, LineDraft};
use super::equity::{check_grad, check_health, check_reach, EquityKey, LineEquity, FIFTH_NAMES};
use super::fifths::{rates_before, shares, spread};
use super::keys::FieldKey;
use super::number::plain;
use super::project::project;
use super::scenario::Scenario;

/// A line's own deprivation inputs: only `rate` and `count` lines have
/// them, and a joined line takes `grad` from its events' line.
pub fn check_line_equity(
    line: &LineDraft,
    n: usize,
    prefix: &str,
) -> (LineEquity, Vec<FieldError>) {
    let mut equity = LineEquity::default();
    let mut errors = Vec::new();
    let mut fail = |key: EquityKey, message: String| {
        errors.push(FieldError {
            key: FieldKey::Equity(n, key),
            message,
        })
    };
    if line.with.trim().is_empty() {
        match check_grad(line.equity_text(EquityKey::Grad), prefix) {
            Ok(grad) => equity.grad = grad,
            Err(m) => fail(EquityKey::Grad, m),
        }
    }
    match check_reach(line.equity_text(EquityKey::Reach), prefix) {
        Ok(reach) => equity.reach = reach,
        Err(m) => fail(EquityKey::Reach, m),
    }
    match check_health(line.equity_text(EquityKey::Health), prefix) {
        Ok(health) => equity.health = health,
        Err(m) => fail(EquityKey::Health, m),
    }
    (equity, errors)
}

/// What the inputs together get wrong: a gradient 0 wherever people live,
/// a reach that reaches nobody, a rate after below 0 in a fifth.
pub fn check_spread(s: &Scenario) -> Vec<FieldError> {
    let sq = shares(&s.imd);
    let mut errors = Vec::new();
    for (i, line) in s.lines.iter().enumerate() {
        if !line.kind.counts_events() {
            continue;
        }
        let n = i + 1;
        let head = &s.lines[line.with.unwrap_or(i)];
        let Some(a) = rates_before(1.0, &sq, &head.equity.grad.relative()) else {
            if line.with.is_none() {
                errors.push(error(n, EquityKey::Grad, format!(
                    "Line {n}: how the rate before varies with deprivation is 0 in every fifth where people live: give a rate above 0 in at least one of them"
                )));
            }
            continue;
        };
        let reach = line.equity.reach.unwrap_or([1.0; 5]);
        if spread(&sq, &a, &reach).is_none() {
            errors.push(error(n, EquityKey::Reach, format!(
                "Line {n}: the effect must reach at least one fifth where people live and the rate before is above 0: give a weight above 0 there"
            )));
        }
    }
    if errors.is_empty() {
        errors.extend(below_zero(s));
    }
    errors
}

fn error(n: usize, key: EquityKey, message: String) -> FieldError {
    FieldError {
        key: FieldKey::Equity(n, key),
        message,
    }
}

/// A group's rate after below 0 in a fifth (beyond 10⁻⁹), beside the
/// reach of the member that takes most from that fifth.
fn below_zero(s: &Scenario) -> Option<FieldError> {
    if !s.lines.iter().any(|l| l.equity.reach.is_some()) {
        return None;
    }
    let split = project(s).fifths;
    let line = split
        .lines
        .iter()
        .find(|l| l.after.iter().any(|b| *b < -1e-9))?;
    let q = line.after.iter().position(|b| *b < -1e-9)?;
    let taker = split
        .lines
        .iter()
        .filter(|m| head(s, m.line) == head(s, line.line))
        .filter(|m| s.lines[m.line].equity.reach.is_some())
        .max_by(|a, b| a.avoided[q].total_cmp(&b.avoided[q]))
        .map_or(line.line, |m| m.line);
    let n = taker + 1;
    Some(error(n, EquityKey::Reach, format!(
        "Line {n}: with this reach the rate after in the {} would be {} per 1,000 a year, below 0: it cannot avoid more events there than there are. Spread the effect more evenly",
        FIFTH_NAMES[q],
        plain((line.after[q] * 100.0).round() / 100.0)
    )))
}

fn head(s: &Scenario, i: usize) -> usize {
    s.lines[i].with.unwrap_or(i)
}
