//! Sentences about a suggested national cost: its figure at its own price
//! year and at the prices of the scenario's first year, and where a figure
//! in a box comes from. Shared by the form's suggestions and tested natively.

use crate::format::{financial_year, price};
use crate::unit_costs::{Per, Priced, UnitCost, INDEX_FIRST, INDEX_LAST};

/// One suggestion as the list shows it: what it is, its prices, and the
/// figure its button puts in the box.
pub struct Offer {
    pub what: String,
    pub prices: String,
    pub source: String,
    pub figure: Priced,
}

/// "£197.85 at 2023/24 prices; £216.72 at 2026/27 prices."
pub fn offer(cost: &UnitCost, fy: i32, minutes: f64) -> Offer {
    let own = cost.published(minutes);
    let now = cost.at_prices(fy, minutes);
    let mut prices = format!(
        "{}{} at {} prices",
        rate(cost, minutes),
        price(own.pounds),
        own.price_year()
    );
    if now.year != own.year {
        prices.push_str(&format!(
            "; {} at {} prices",
            price(now.pounds),
            now.price_year()
        ));
    }
    prices.push('.');
    if let Some(caveat) = caveat(fy) {
        prices.push(' ');
        prices.push_str(&caveat);
    }
    let mut source = format!("Source: {}.", cost.source());
    if cost.computed {
        source.push_str(" Worked out for this calculator: an average of the schedule\u{2019}s lines, weighted by activity.");
    }
    Offer {
        what: cost.what().to_string(),
        prices,
        source,
        figure: now,
    }
}

/// For a price of time, the rate and the appointment it makes: "£57 an
/// hour: a 10-minute appointment, ".
fn rate(cost: &UnitCost, minutes: f64) -> String {
    let per = match cost.per {
        Per::Each => return String::new(),
        Per::Minute => "a minute",
        Per::Hour => "an hour",
    };
    format!(
        "{} {per}: a {}-minute appointment, ",
        price(cost.pounds),
        crate::model::number::plain(minutes)
    )
}

/// What the index cannot do for first year `fy`, if anything.
fn caveat(fy: i32) -> Option<String> {
    if fy > INDEX_LAST {
        Some(format!(
            "The index stops at {}: later years are not in it, so {} is at {} prices.",
            financial_year(INDEX_LAST, 1),
            financial_year(fy, 1),
            financial_year(INDEX_LAST, 1)
        ))
    } else if fy < INDEX_FIRST {
        Some(format!(
            "The index starts at {}, after your first year, {}: check the figure or use a local one.",
            financial_year(INDEX_FIRST, 1),
            financial_year(fy, 1)
        ))
    } else {
        None
    }
}

/// Where the figure in a box comes from (`matched`: the suggestion at the
/// prices it was found at), and the figure at the first year's prices
/// when the box holds another year's, for one step to use it.
pub fn source_sentence(
    cost: &UnitCost,
    matched: Priced,
    fy: i32,
    minutes: f64,
) -> (String, Option<Priced>) {
    let own = cost.published(minutes);
    let now = cost.at_prices(fy, minutes);
    let named = format!(
        "{} is the national figure \u{201c}{}\u{201d} ({})",
        price(matched.pounds),
        cost.what(),
        cost.source()
    );
    let text = if matched.year == own.year && now.year != own.year {
        format!(
            "{named} at {} prices. At the prices of {}, it is {}.",
            own.price_year(),
            now.price_year(),
            price(now.pounds)
        )
    } else if matched.year == own.year {
        format!("{named} at {} prices.", own.price_year())
    } else {
        format!(
            "{named}: {} at {} prices, brought to {} prices by the NHS Cost Inflation Index.",
            price(own.pounds),
            own.price_year(),
            now.price_year()
        )
    };
    let text = match caveat(fy) {
        Some(caveat) => format!("{text} {caveat}"),
        None => text,
    };
    let other = (matched.year != now.year).then_some(now);
    (text, other)
}
