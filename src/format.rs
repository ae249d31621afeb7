//! Figures as people read them: en-GB money, financial years, percentages.

use crate::model::number::group_thousands;
use crate::text::group_digits;

/// £1,234,567 for whole pounds; pence only below £100; a minus sign before £.
/// Nothing at all is £0, never "£0.00" beside whole-pound figures.
pub fn money(v: f64) -> String {
    let sign = if v < 0.0 && v.abs() >= 0.005 {
        "\u{2212}"
    } else {
        ""
    };
    let amount = v.abs();
    if amount < 0.005 {
        "£0".to_string()
    } else if amount < 99.995 {
        format!("{sign}£{amount:.2}")
    } else {
        format!("{sign}£{}", group_thousands(amount.round()))
    }
}

/// A unit price as published: pence whenever it has them (£2,709.82,
/// £48, £40,000), and a tenth of a penny where the source gives one
/// (£2.999 per patient).
pub fn price(v: f64) -> String {
    let pence = (v * 100.0 - (v * 100.0).round()).abs() < 1e-6;
    if pence && (v - v.round()).abs() < 0.005 {
        format!("£{}", group_thousands(v.round()))
    } else if pence {
        format!("£{}", number(v, 2))
    } else {
        format!("£{}", number(v, 3))
    }
}

/// Pounds and pence for ratios such as "£2.36 back for every £1", with the
/// minus sign before the £ and none on a value that rounds to zero.
pub fn pounds_and_pence(v: f64) -> String {
    let text = number(v, 2);
    match text.strip_prefix('\u{2212}') {
        Some(amount) => format!("\u{2212}£{amount}"),
        None => format!("£{text}"),
    }
}

/// Money in a short form for headings: £879k, £1.2m.
pub fn money_short(v: f64) -> String {
    let sign = if v < 0.0 { "\u{2212}" } else { "" };
    let amount = v.abs();
    if amount >= 999_500.0 {
        format!("{sign}£{}m", trim_zero(amount / 1_000_000.0))
    } else if amount >= 10_000.0 {
        format!("{sign}£{:.0}k", amount / 1000.0)
    } else {
        money(v)
    }
}

fn trim_zero(v: f64) -> String {
    let text = format!("{v:.1}");
    text.strip_suffix(".0").map(str::to_string).unwrap_or(text)
}

/// Year t of a scheme starting in financial year `fy`: 2017, 1 → "2017/18".
pub fn financial_year(fy: i32, t: u32) -> String {
    let start = fy + t as i32 - 1;
    format!("{start}/{:02}", (start + 1).rem_euclid(100))
}

/// A number with thousands separators and exactly `places` decimals.
pub fn number(v: f64, places: usize) -> String {
    let text = format!("{:.*}", places, v.abs());
    let sign = if v < 0.0 && text.chars().any(|c| matches!(c, '1'..='9')) {
        "\u{2212}"
    } else {
        ""
    };
    format!("{sign}{}", group_digits(&text))
}

pub fn percent(v: f64, places: usize) -> String {
    format!("{}%", number(v, places))
}

/// A share as typed or agreed: to a hundredth of a per cent, without
/// trailing zeros (25.52%, 25.5%, 50%).
pub fn share_percent(v: f64) -> String {
    format!("{}%", two_places(v))
}

/// A figure to a hundredth, without trailing zeros: 2, 1.5, 25.52.
pub fn two_places(v: f64) -> String {
    let text = number(v, 2);
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// The hospital's break-even gain-share as every place says it: rounded up
/// to a hundredth (issue 29: one rounding), so passing it leaves the
/// hospital whole.
pub fn even_share(v: f64) -> String {
    share_percent(crate::model::deal::round_up_hundredth(v))
}

/// A rate line's break-even below 0 (SPEC §2.4), as the page, the CSV and
/// the workbook all say it.
pub const CANNOT_BREAK_EVEN: &str = "Cannot break even";

/// Payback as words, naming the years shown when it is not reached within
/// them ("Not within 5 years").
pub fn payback_in(months: Option<f64>, years: u32) -> String {
    match months {
        Some(_) => payback(months),
        None if years == 1 => "Not within the year shown".to_string(),
        None => format!("Not within {years} years"),
    }
}

/// Payback as words: "Straight away", "7 months", "2 years 3 months".
pub fn payback(months: Option<f64>) -> String {
    let Some(months) = months else {
        return "Not within the years shown".to_string();
    };
    let whole = months.ceil() as u64;
    match (whole / 12, whole % 12) {
        (0, 0) => "Straight away".to_string(),
        (0, m) => plural(m, "month"),
        (y, 0) => plural(y, "year"),
        (y, m) => format!("{} {}", plural(y, "year"), plural(m, "month")),
    }
}

fn plural(n: u64, unit: &str) -> String {
    if n == 1 {
        format!("1 {unit}")
    } else {
        format!("{n} {unit}s")
    }
}

/// The years table's population column (SPEC §2.3), as the page, the CSV,
/// the workbook and the business case all head it.
pub const POPULATION: &str = "Population";
