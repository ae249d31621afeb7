//! The headline figures in words (SPEC §6): each says whose money it is
//! and on what basis, and a loss is said as a loss. The page's headlines,
//! the summary to paste into a business case and print all read these, so
//! they cannot say different things.

use crate::format::{money, payback_in, pounds_and_pence};
use crate::model::Summary;
use crate::text::lower_first;

/// One headline: SPEC §8's hook and value, the words before it, the figure
/// as people read it, and whose money it is and on what basis, with a
/// second figure of its own hook where it has one.
#[derive(Clone, Debug, PartialEq)]
pub struct Headline {
    /// SPEC §8's hook, where the figure has one.
    pub id: Option<&'static str>,
    pub label: String,
    pub value: Option<f64>,
    pub text: String,
    pub basis: String,
    pub extra: Option<Extra>,
}

/// A second figure under a headline (per 1,000 patients, earned for
/// later, capacity freed), with its own hook.
#[derive(Clone, Debug, PartialEq)]
pub struct Extra {
    pub id: &'static str,
    pub value: f64,
    pub text: String,
}

/// Money that says a loss in words: "A loss of £127,948", never only a
/// minus sign.
pub fn gain_or_loss(v: f64) -> String {
    if v <= -0.005 {
        format!("A loss of {}", money(-v))
    } else {
        money(v)
    }
}

/// What "at unit cost" and "the NHS as a whole" count, said once under
/// the headlines and in the summary.
pub const BASES: &str = "At unit cost, every event avoided is valued at its full unit cost, whoever\u{2019}s budget it falls in. The NHS as a whole counts only the cost really avoided, less every cost, payments between NHS bodies cancelling out: the Green Book\u{2019}s economic view.";

/// "£X back for every £1 spent", and what it means when it is a loss.
fn back_for_every_pound(bcr: Option<f64>) -> (String, String) {
    let basis = "Savings at unit cost, present values";
    match bcr {
        None => ("No costs".into(), format!("{basis}: there are no costs")),
        Some(b) if b < 0.0 => (
            "Nothing back".into(),
            format!(
                "{basis}: savings below nothing, {} for every £1 spent, so all of it is lost",
                pounds_and_pence(b)
            ),
        ),
        Some(b) if b < 1.0 => (
            pounds_and_pence(b),
            format!("{basis}: a loss of {} on every £1 spent", pence(1.0 - b)),
        ),
        Some(b) => (pounds_and_pence(b), basis.into()),
    }
}

/// "38p" below a pound, "£1.20" from a pound.
fn pence(v: f64) -> String {
    if v < 0.995 {
        format!("{:.0}p", (v * 100.0).round())
    } else {
        pounds_and_pence(v)
    }
}

/// The headline figures of a scenario over `years` years, in the order
/// the page shows them.
pub fn headlines(s: &Summary, years: u32) -> Vec<Headline> {
    let (bcr_text, bcr_basis) = back_for_every_pound(s.bcr);
    let cash_label = if s.cash_total < -0.005 {
        "Cash the ICB pays out, all years"
    } else {
        "Cash the ICB releases, all years"
    };
    vec![
        Headline {
            id: Some("npv"),
            label: format!("Net present value over {years} years"),
            value: Some(s.npv),
            text: gain_or_loss(s.npv),
            basis: "Savings at unit cost less costs, whoever\u{2019}s budget they fall in".into(),
            extra: None,
        },
        Headline {
            id: Some("nhs-npv"),
            label: format!("The NHS as a whole, over {years} years"),
            value: Some(s.nhs_npv),
            text: gain_or_loss(s.nhs_npv),
            basis: "Cost really avoided less costs, present value: the Green Book\u{2019}s view"
                .into(),
            extra: None,
        },
        Headline {
            id: Some("payback-months"),
            label: "Pays back".into(),
            value: s.payback_months,
            text: payback_in(s.payback_months, years),
            basis: "Savings at unit cost".into(),
            extra: None,
        },
        Headline {
            id: None,
            label: "Net a year at full effect".into(),
            value: Some(s.net_year),
            text: gain_or_loss(s.net_year),
            basis: "Savings at unit cost;".into(),
            extra: Some(Extra {
                id: "net-per-1000",
                value: s.net_per_1000,
                text: format!(
                    "{} per 1,000 patients",
                    lower_first(&gain_or_loss(s.net_per_1000))
                ),
            }),
        },
        Headline {
            id: Some("bcr"),
            label: "Back for every £1 spent".into(),
            value: s.bcr,
            text: bcr_text,
            basis: bcr_basis,
            extra: None,
        },
        Headline {
            id: Some("cash-total"),
            label: cash_label.into(),
            value: Some(s.cash_total),
            text: money(s.cash_total.abs()),
            basis: "Before any gain-share;".into(),
            extra: Some(Extra {
                id: "noncash-total",
                value: s.noncash_total,
                text: format!("and {} of capacity freed, not cash", money(s.noncash_total)),
            }),
        },
        Headline {
            id: Some("reinvest-total"),
            label: "Primary care\u{2019}s gain-share to reinvest".into(),
            value: Some(s.reinvest_total),
            text: money(s.reinvest_total),
            basis: format!("Within {years} years;"),
            extra: Some(Extra {
                id: "beyond-horizon",
                value: s.beyond_horizon,
                text: format!(
                    "and {} earned for after year {years}",
                    money(s.beyond_horizon)
                ),
            }),
        },
    ]
}

/// A headline as a sentence for the summary to paste: the figure, then
/// whose money it is and on what basis.
pub fn headline_sentence(h: &Headline) -> String {
    let extra = h
        .extra
        .as_ref()
        .map_or(String::new(), |e| format!(" {}", e.text));
    format!("{}: {} ({}{extra})", h.label, h.text, h.basis)
}
