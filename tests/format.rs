//! How figures read on the page (SPEC §6).
#![cfg(not(target_arch = "wasm32"))]

use pilot_savings::format::{financial_year, money, money_short, number, payback, percent};

#[test]
fn money_in_en_gb_style_with_pence_only_below_100() {
    assert_eq!(money(1_234_567.4), "£1,234,567");
    assert_eq!(money(878_912.74), "£878,913");
    assert_eq!(money(3.448), "£3.45");
    assert_eq!(money(99.5), "£99.50");
    assert_eq!(money(100.0), "£100");
    assert_eq!(money(-40_000.0), "\u{2212}£40,000");
    assert_eq!(money(0.0), "£0");
    assert_eq!(money(-0.001), "£0");
    assert_eq!(money(0.004), "£0");
    assert_eq!(money(0.01), "£0.01");
}

#[test]
fn short_money_for_captions() {
    assert_eq!(money_short(878_912.74), "£879k");
    assert_eq!(money_short(1_230_000.0), "£1.2m");
    assert_eq!(money_short(2_000_000.0), "£2m");
    assert_eq!(money_short(-45_000.0), "\u{2212}£45k");
}

#[test]
fn financial_years() {
    assert_eq!(financial_year(2017, 1), "2017/18");
    assert_eq!(financial_year(2017, 5), "2021/22");
    assert_eq!(financial_year(2099, 1), "2099/00");
}

#[test]
fn numbers_keep_their_decimals() {
    assert_eq!(number(14.975, 1), "15.0");
    assert_eq!(number(0.966184, 4), "0.9662");
    assert_eq!(number(1234.6, 0), "1,235");
    assert_eq!(number(-2.5, 1), "\u{2212}2.5");
    assert_eq!(number(-0.01, 1), "0.0");
    assert_eq!(percent(57.69, 0), "58%");
}

#[test]
fn payback_in_words() {
    assert_eq!(payback(Some(0.0)), "Straight away");
    assert_eq!(payback(Some(6.2)), "7 months");
    assert_eq!(payback(Some(18.0)), "1 year 6 months");
    assert_eq!(payback(Some(24.0)), "2 years");
    assert_eq!(payback(None), "Not within the years shown");
}

#[test]
fn pounds_and_pence_put_the_sign_before_the_pound() {
    use pilot_savings::format::pounds_and_pence;
    assert_eq!(pounds_and_pence(2.364), "£2.36");
    assert_eq!(pounds_and_pence(-0.004), "£0.00");
    assert_eq!(pounds_and_pence(-0.01), "\u{2212}£0.01");
    assert_eq!(pounds_and_pence(1234.5), "£1,234.50");
}

#[test]
fn unit_prices_as_published() {
    use pilot_savings::format::price;
    assert_eq!(price(48.0), "£48");
    assert_eq!(price(40_000.0), "£40,000");
    assert_eq!(price(2_709.82), "£2,709.82");
    assert_eq!(price(68.3), "£68.30");
    // NHS England's core network funding is given to a tenth of a penny.
    assert_eq!(price(2.999), "£2.999");
}

/// Issue 29: a deal's share is said to the hundredth, as the figure shows
/// it, without trailing zeros.
#[test]
fn shares_to_the_hundredth() {
    use pilot_savings::format::share_percent;
    assert_eq!(share_percent(25.52), "25.52%");
    assert_eq!(share_percent(25.5), "25.5%");
    assert_eq!(share_percent(50.0), "50%");
}
