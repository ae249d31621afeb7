//! Who gains and who loses (SPEC §2.6), and the deal that leaves no party
//! worse off, in plain words.

use crate::format::{even_share, money, number, percent, share_percent};
use crate::model::deal::Deal;
use crate::model::{Kind, LineResult, Results, Scenario};
use crate::text::line_name;

/// "The NHS as a whole saves £140,080 a year. The commissioner keeps …"
pub fn parties_words(s: &Scenario, r: &Results) -> String {
    let h = r.years.len().max(1) as f64;
    let sm = &r.summary;
    let steady = r.years.windows(2).all(|w| {
        let same = |a: f64, b: f64| (a - b).abs() < 0.5;
        same(w[0].nhs, w[1].nhs)
            && same(w[0].retained, w[1].retained)
            && same(w[0].primary, w[1].primary)
            && same(w[0].hosp, w[1].hosp)
    });
    let a_year = if steady {
        "a year"
    } else {
        "a year on average"
    };
    let (nhs, comm, primary, hosp) = (
        sm.nhs_total / h,
        sm.comm_total / h,
        sm.primary_total / h,
        sm.hosp_total / h,
    );
    let nhs = if nhs >= 0.0 {
        format!("The NHS as a whole saves {} {a_year}.", money(nhs))
    } else {
        format!("The NHS as a whole loses {} {a_year}.", money(-nhs))
    };
    let comm = if comm >= 0.0 {
        format!("The commissioner keeps {}", amount(comm))
    } else {
        format!("The commissioner is {} {a_year} worse off", money(-comm))
    };
    let primary = if primary >= 0.0 {
        format!("primary care gets {} to reinvest", amount(primary))
    } else {
        format!(
            "primary care is {} {a_year} worse off, paying more for its lines than its gain-share brings",
            money(-primary)
        )
    };
    let hshare = r.years.iter().map(|y| y.hshare).sum::<f64>() / h;
    let hosp = if hosp < -0.005 {
        let after = if hshare > 0.0 {
            format!(" even after its gain-share of {}", money(hshare))
        } else {
            String::new()
        };
        let why = biggest_loss(s, r)
            .map(|why| format!(": {why}"))
            .unwrap_or_default();
        format!(
            "the hospital is {} {a_year} worse off{after}{why}",
            money(-hosp)
        )
    } else if hosp > 0.005 {
        format!("the hospital gains {} {a_year}", money(hosp))
    } else {
        "the hospital is no worse off".to_string()
    };
    format!("{nhs} {comm} and {primary}; {hosp}.")
}

/// Why the hospital loses, from the line that costs it most: "it is no
/// longer paid for 800 cases of Dermatology but saves only half of their
/// cost".
fn biggest_loss(s: &Scenario, r: &Results) -> Option<String> {
    let (i, result) = r
        .lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.hosp < 0.0)
        .min_by(|a, b| a.1.hosp.total_cmp(&b.1.hosp))?;
    let line = s.lines.get(i)?;
    let name = line_name(&line.name, i);
    let share = share_words(line.avoid);
    let cases = match line.kind {
        Kind::Rate | Kind::Count if line.unit > 0.0 => Some(result.saving / line.unit),
        _ => None,
    };
    Some(match (cases, line.paid) {
        (Some(n), paid) if paid >= 100.0 => format!(
            "it is no longer paid for {} cases of {name} but saves only {share} of their cost",
            number(n, 0)
        ),
        (Some(n), paid) => format!(
            "it loses {} of the price of {} cases of {name} but saves only {share} of their cost",
            percent(paid, 0),
            number(n, 0)
        ),
        (None, _) => format!(
            "it is no longer paid {} a year for {name} but saves only {share} of its cost",
            money(result.saving * line.paid / 100.0)
        ),
    })
}

/// "nothing" rather than "£0.00" in a sentence.
fn amount(v: f64) -> String {
    if v.abs() < 0.005 {
        "nothing".to_string()
    } else {
        money(v)
    }
}

/// 50 → "half", as people say it.
fn share_words(pct: f64) -> String {
    match pct {
        0.0 => "none".to_string(),
        25.0 => "a quarter".to_string(),
        50.0 => "half".to_string(),
        75.0 => "three quarters".to_string(),
        p => percent(p, if p.fract() == 0.0 { 0 } else { 1 }),
    }
}

/// The deal in words: what to agree, or why nothing can leave every party
/// no worse off.
pub fn deal_words(deal: &Deal, years: u32) -> String {
    let over = format!("over {years} year{}", if years == 1 { "" } else { "s" });
    match deal {
        Deal::NotNeeded => "The hospital loses nothing, so it needs no gain-share: no party is worse off.".to_string(),
        Deal::Met { hshare } => format!(
            "The hospital\u{2019}s gain-share of {} already leaves it no worse off {over}.",
            share_percent(*hshare)
        ),
        Deal::Offer { even, .. } => format!(
            "Passing {} of the shareable saving to the hospital leaves no party worse off {over}.",
            even_share(*even)
        ),
        Deal::NhsLoses { loss } => format!(
            "No deal can leave every party no worse off: the NHS as a whole loses {} {over}, so someone must bear it.",
            money(*loss)
        ),
        Deal::NothingToShare => "No gain-share can make the hospital whole: once the commissioner\u{2019}s costs and threshold are met, there is no saving left to share.".to_string(),
        Deal::TooMuch { even, share } => format!(
            "No deal leaves every party no worse off with primary care\u{2019}s {} gain-share: the hospital would need {} of the shareable saving, more than the {} left. A smaller share for primary care would make room.",
            share_percent(*share),
            even_share(*even),
            share_percent(100.0 - share)
        ),
        Deal::PrimaryShort { short, offer } => format!(
            "Passing {} of the shareable saving to the hospital would make it whole, but primary care\u{2019}s costs exceed what can be shared: it would be {} worse off {over}.",
            share_percent(*offer),
            money(*short)
        ),
        Deal::CommissionerShort { short, offer } => format!(
            "Passing {} of the shareable saving to the hospital would make it whole, but would leave the commissioner {} worse off {over}.",
            share_percent(*offer),
            money(*short)
        ),
    }
}

/// A line that saves the commissioner money but costs the NHS as a whole
/// more than it saves (SPEC §2.6), in words.
pub fn nhs_loses_words(r: &LineResult) -> String {
    format!(
        "The commissioner gains {} a year from this line, but the NHS as a whole loses {} a year: the cost really avoided ({}) is less than the line\u{2019}s own costs ({}). The hospital loses income it cannot make up by cutting cost.",
        money(r.comm),
        money(-r.nhs),
        money(r.nhs + r.cost),
        money(r.cost)
    )
}
