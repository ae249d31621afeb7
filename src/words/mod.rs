//! Sentences about how sure the figures are, and (in `parties`) who gains
//! and who loses, shared by the page and the summary to paste into a
//! business case.

pub mod capacity;
pub mod costs;
pub mod fifths;
pub mod groups;
pub mod headlines;
pub mod inputs;
pub mod method;
pub mod parties;
pub mod spc;
pub mod uptake;

use crate::format::{money, number, percent};
use crate::model::fields::Unit;
use crate::model::keys::FieldKey;
use crate::model::uncertainty::{monte_carlo, tornado, Spread, Swing};
use crate::model::{Kind, Line, LineResult, Results, Scenario, Summary};
use crate::text::{line_name, lower_first};

/// The switching value as a sentence.
pub fn switching_words(summary: &Summary, years: u32) -> String {
    match summary.switching {
        Some(v) => format!(
            "All savings could fall by {} before the scheme stops paying for itself.",
            percent(v, 0)
        ),
        None => format!("At these figures the scheme does not pay for itself over {years} years."),
    }
}

/// Where a rate line breaks even, for lines whose events have a cost.
pub fn breakeven_words(line: &Line, result: &LineResult, i: usize) -> Option<String> {
    let b = result.breakeven?;
    let name = line_name(&line.name, i);
    Some(if b < 0.0 {
        format!("{name} cannot break even: even with no events at all, its saving would not cover its costs.")
    } else {
        format!(
            "{name} breaks even if its rate falls to {} per 1,000 a year, from {} before (the pilot reached {}).",
            number(b, 1),
            number(line.base, 1),
            number(line.after, 1)
        )
    })
}

/// Everything the page says about how sure the figures are, as lines of
/// text: the switching value, break-even rates, and with ranges the
/// draws and the figure that matters most.
pub fn how_sure(s: &Scenario, results: &Results) -> Vec<String> {
    let mut lines = vec![switching_words(&results.summary, s.years)];
    for (i, (line, result)) in s.lines.iter().zip(&results.lines).enumerate() {
        if line.kind == Kind::Rate {
            lines.extend(breakeven_words(line, result, i));
        }
    }
    if let Some(spread) = monte_carlo(s) {
        lines.push(format!(
            "{} (Seed {}.)",
            draws_words(&spread, s.years),
            s.seed
        ));
        lines.push(nhs_draws_words(&spread));
    }
    if let Some(top) = tornado(s).first() {
        lines.push(format!(
            "The figure that matters most is {}: net present value {} at its lowest, {} at its highest.",
            swing_label(s, top),
            money(top.low.npv),
            money(top.high.npv)
        ));
    }
    lines
}

/// "A 92%" or "An 80%", as the words are said.
pub fn chance(percent: f64) -> String {
    let shown = number(percent, 0);
    let article = if shown.starts_with('8') || shown == "11" || shown == "18" {
        "An"
    } else {
        "A"
    };
    format!("{article} {shown}%")
}

/// What the Monte Carlo draws found, in a sentence.
pub fn draws_words(spread: &Spread, years: u32) -> String {
    if spread.p95 - spread.p5 < 0.005 {
        return format!(
            "The uncertain figures do not change the scheme\u{2019}s net present value of {} over {years} years: they move money between the NHS organisations, shown below.",
            money(spread.p50)
        );
    }
    format!(
        "{} chance the scheme saves money over {years} years: 9 in 10 of {} random draws give a net present value between {} and {}.",
        chance(spread.prob_positive),
        number(spread.draws as f64, 0),
        money(spread.p5),
        money(spread.p95)
    )
}

/// The NHS-wide npv of the same draws, in a sentence.
pub fn nhs_draws_words(spread: &Spread) -> String {
    format!(
        "For the NHS as a whole, counting only the cost hospitals really avoid, 9 in 10 draws give a net present value between {} and {}.",
        money(spread.nhs.p5),
        money(spread.nhs.p95)
    )
}

/// "Dermatology: rate with the pilot, 4 to 8 per 1,000", or
/// "Saving the commissioner keeps first, £0 to £50,000".
pub fn swing_label(s: &Scenario, w: &Swing) -> String {
    let (name, f) = match w.field {
        FieldKey::Line(n, input) => {
            let name = s
                .lines
                .get(n - 1)
                .map_or_else(|| format!("Line {n}"), |l| line_name(&l.name, n - 1));
            (Some(name), input.key().field())
        }
        FieldKey::Global(key) => (None, key.field()),
        _ => return w.field.to_string(),
    };
    let show = |v: f64| match f.unit {
        Unit::Money if v == 0.0 => "£0".to_string(),
        Unit::Money => money(v),
        Unit::Percent => percent(v, if v.fract() == 0.0 { 0 } else { 1 }),
        _ => number(v, if v.fract() == 0.0 { 0 } else { 2 }),
    };
    let per = if f.unit == Unit::Rate {
        " per 1,000"
    } else {
        ""
    };
    let range = format!("{} to {}{per}", show(w.lo), show(w.hi));
    match name {
        Some(name) => format!("{name}: {}, {range}", lower_first(f.label)),
        None => format!("{}, {range}", f.label),
    }
}
