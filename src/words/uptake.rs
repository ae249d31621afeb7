//! A line's uptake year by year in words (SPEC §2.2): beside the field as
//! it is typed, in the printed inputs and in the business case, so that
//! "25,60,90" is read the way it is counted.

use crate::format::{financial_year, share_percent};
use crate::model::uptake::Ramp;
use crate::model::Line;
use crate::text::lower_first;

/// "25% in 2026/27, 60% in 2027/28, then 90% a year"; "The full saving
/// from 2026/27" at 100% throughout. Years after the last change are one
/// "then"; a list that ends on its own year says so.
pub fn uptake_words(first: f64, ramp: &Ramp, fy: i32) -> String {
    let settles = ramp.settles(first);
    let at = |t: u32| ramp.in_year(first, t);
    if settles == 1 {
        return format!("The full saving from {}", financial_year(fy, 1));
    }
    // The last year whose uptake differs from the year after it.
    let mut last = settles - 1;
    while last > 1 && at(last) == at(last + 1) {
        last -= 1;
    }
    if last == 1 && at(1) == at(2) {
        return format!(
            "{} a year from {}",
            share_percent(at(1)),
            financial_year(fy, 1)
        );
    }
    let years: Vec<String> = (1..=last)
        .map(|t| format!("{} in {}", share_percent(at(t)), financial_year(fy, t)))
        .collect();
    let settled = at(last + 1);
    let then = if settled == 100.0 {
        "then the full saving".to_string()
    } else {
        format!("then {} a year", share_percent(settled))
    };
    format!("{}, {then}", years.join(", "))
}

/// A line's take-up as a clause ("25% in 2026/27, then the full saving"),
/// where it saves and does not reach its full saving from year 1: the
/// summary's line and the business case's assumptions say it alike.
pub fn ramp_clause(line: &Line, fy: i32) -> Option<String> {
    (line.kind.saves() && line.ramp.settles(line.uptake) > 1)
        .then(|| lower_first(&uptake_words(line.uptake, &line.ramp, fy)))
}
