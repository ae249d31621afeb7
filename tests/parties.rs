//! SPEC §2.6: who gains and who loses, against SPEC §10 and figures worked
//! by hand.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::arb::arb_scenario;
use common::{scenario, WORKED};
use pilot_savings::link::{decode, encode};
use pilot_savings::model::deal::{deal, Deal};
use pilot_savings::model::scenario::Funder;
use pilot_savings::model::uncertainty::{monte_carlo, tornado};
use pilot_savings::model::{project, Draft, Results};
use proptest::prelude::*;

fn pennies(actual: f64, expected: f64) {
    assert!(
        (actual - expected).abs() < 0.005,
        "{actual} is not {expected}"
    );
}

fn results(extra: &str) -> Results {
    project(&scenario(&format!("{WORKED}{extra}")))
}

/// Each year's (share, hshare, retained, primary, hosp, nhs).
fn parties(r: &Results) -> Vec<[f64; 6]> {
    r.years
        .iter()
        .map(|y| [y.share, y.hshare, y.retained, y.primary, y.hosp, y.nhs])
        .collect()
}

fn every_year(r: &Results, expected: [f64; 6]) {
    for (t, year) in parties(r).iter().enumerate() {
        for (actual, expected) in year.iter().zip(expected) {
            assert!(
                (actual - expected).abs() < 0.005,
                "year {}: {year:?} is not {expected:?}",
                t + 1
            );
        }
    }
}

#[test]
fn worked_example_who_gains_and_who_loses() {
    let r = results("");
    // 800 referrals no longer paid at £120, half their cost avoided: the
    // hospital is £48,000 a year worse off; the NHS saves 48,000 + 230,000
    // − 137,920.
    every_year(
        &r,
        [94_040.0, 0.0, 94_040.0, 94_040.0, -48_000.0, 140_080.0],
    );
    let s = &r.summary;
    pennies(s.comm_total, 470_200.0);
    pennies(s.primary_total, 470_200.0);
    pennies(s.hosp_total, -240_000.0);
    pennies(s.nhs_total, 700_400.0);
    pennies(s.nhs_npv, 654_604.94);
    let Some(even) = s.hshare_even else {
        panic!("a deal exists")
    };
    pennies(even, 100.0 * 240_000.0 / 940_400.0);
    assert_eq!(format!("{even:.2}"), "25.52");
    let lines: Vec<(f64, f64, bool)> = r
        .lines
        .iter()
        .map(|l| (l.hosp, l.nhs, l.nhs_loses))
        .collect();
    assert_eq!(
        lines,
        [
            (-48_000.0, -4_920.0, true),
            (0.0, 185_000.0, false),
            (0.0, -40_000.0, false)
        ]
    );
}

#[test]
fn the_parties_add_up_to_the_nhs_as_a_whole_in_the_worked_example() {
    for extra in [
        "",
        "&hshare=20",
        "&threshold=100000&cap=30000",
        "&l3.funder=primary&l1.paid=20",
    ] {
        for y in results(extra).years {
            pennies(y.retained + y.primary + y.hosp, y.nhs);
        }
    }
}

#[test]
fn primary_care_paying_a_lines_costs() {
    // The commissioner no longer pays the £40,000 running costs, so its
    // cash is 326,000 − 97,920 = 228,080 and the share half of that;
    // primary care pays the £40,000 out of its share.
    let r = results("&l3.funder=primary");
    every_year(
        &r,
        [114_040.0, 0.0, 114_040.0, 74_040.0, -48_000.0, 140_080.0],
    );
    pennies(r.summary.net_total, 940_400.0);
}

#[test]
fn threshold_is_kept_first_and_is_not_uplifted() {
    // 188,080 − 100,000 is shareable: half of it, 44,040, to primary care.
    let r = results("&threshold=100000");
    every_year(
        &r,
        [44_040.0, 0.0, 144_040.0, 44_040.0, -48_000.0, 140_080.0],
    );
    pennies(r.summary.reinvest_total, 4.0 * 44_040.0);
    // With 10% uplift, year 2's cash is 206,888 but the threshold stays
    // £100,000.
    let r = results("&threshold=100000&infl=10");
    pennies(r.years[1].share, (188_080.0 * 1.1 - 100_000.0) / 2.0);
    // A year whose cash falls short of the threshold shares nothing, and
    // the shortfall is not carried on.
    let r = results("&threshold=200000");
    assert!(r.years.iter().all(|y| y.share == 0.0 && y.base == 0.0));
}

#[test]
fn cap_keeps_the_rest_with_the_commissioner() {
    let r = results("&cap=50000");
    every_year(
        &r,
        [50_000.0, 0.0, 138_080.0, 50_000.0, -48_000.0, 140_080.0],
    );
    let r = results("&cap=30000&threshold=100000");
    every_year(
        &r,
        [30_000.0, 0.0, 158_080.0, 30_000.0, -48_000.0, 140_080.0],
    );
}

#[test]
fn hospital_share_meets_its_loss() {
    // 20% of 188,080 is 37,616 to the hospital, from the commissioner.
    let r = results("&hshare=20");
    every_year(
        &r,
        [94_040.0, 37_616.0, 56_424.0, 94_040.0, -10_384.0, 140_080.0],
    );
}

#[test]
fn the_even_share_leaves_the_hospital_exactly_whole() {
    for extra in [
        "",
        "&infl=3&l1.uptake=40",
        "&threshold=50000&l1.paid=50&l1.avoid=10",
    ] {
        let r = results(extra);
        let Some(even) = r.summary.hshare_even else {
            panic!("{extra}: a deal exists")
        };
        let dealt = results(&format!("{extra}&hshare={even}"));
        assert!(
            dealt.summary.hosp_total.abs() < 1e-6,
            "{extra}: hospital {}",
            dealt.summary.hosp_total
        );
        assert!(dealt.summary.comm_total >= 0.0 && dealt.summary.primary_total >= 0.0);
    }
}

#[test]
fn when_there_is_no_deal_to_find() {
    // The hospital loses nothing: a pharmacist's saving is all avoided.
    let r = project(&scenario(
        "?v=1&l1.kind=observed&l1.saved=230000&l1.months=12",
    ));
    assert_eq!(r.summary.hshare_even, Some(0.0));
    // Nothing shareable: a line of costs only.
    let r = project(&scenario("?v=1&l1.kind=cost&l1.annual=1000"));
    assert_eq!(r.summary.hshare_even, None);
    // 25.52% more than primary care's 90% leaves is more than the whole.
    assert_eq!(results("&share=90").summary.hshare_even, None);
}

fn deal_of(link: &str) -> Deal {
    let s = scenario(link);
    deal(&s, &project(&s))
}

#[test]
fn the_deal_or_why_there_is_none() {
    let Deal::Offer { even, offer } = deal_of(WORKED) else {
        panic!("the worked example has a deal")
    };
    assert_eq!((format!("{even:.2}"), offer), ("25.52".to_string(), 25.53));
    assert_eq!(
        deal_of(&format!("{WORKED}&hshare=30")),
        Deal::Met { hshare: 30.0 }
    );
    assert_eq!(
        deal_of("?v=1&l1.kind=observed&l1.saved=230000&l1.months=12"),
        Deal::NotNeeded
    );
    // A block payment: the hospital is paid the same and saves half.
    assert_eq!(
        deal_of("?v=1&l1.kind=observed&l1.saved=100000&l1.months=12&l1.paid=0&l1.avoid=50"),
        Deal::NotNeeded
    );
    // 1,000 referrals fewer at £120, half avoided, less a £100,000 post.
    assert_eq!(
        deal_of("?v=1&pop=40000&l1.kind=rate&l1.base=26&l1.after=1&l1.unit=120&l1.annual=100000"),
        Deal::NhsLoses {
            loss: 5.0 * (100_000.0 - 60_000.0)
        }
    );
    assert_eq!(
        deal_of(&format!("{WORKED}&threshold=200000")),
        Deal::NothingToShare
    );
    let Deal::TooMuch { even, share } = deal_of(&format!("{WORKED}&share=90")) else {
        panic!("90% leaves too little")
    };
    assert_eq!((format!("{even:.2}"), share), ("25.52".to_string(), 90.0));
    // Primary care pays £120,000 a year from a share of £114,040.
    let Deal::PrimaryShort { short, .. } =
        deal_of(&format!("{WORKED}&l3.funder=primary&l3.per_patient=3"))
    else {
        panic!("primary care is short")
    };
    pennies(short, 5.0 * (120_000.0 - 114_040.0));
}

#[test]
fn payment_rules_move_money_between_commissioner_and_hospital_only() {
    // Aligned payment, 50%: the commissioner stops paying £48,000 of the
    // dermatology saving, just what the hospital avoids.
    let r = results("&l1.paid=50");
    assert_eq!(r.lines[0].hosp, 0.0);
    assert_eq!(r.lines[0].nhs, -4_920.0);
    assert!(!r.lines[0].nhs_loses, "the commissioner no longer gains");
    pennies(r.years[0].cash, 188_080.0 - 48_000.0);
    pennies(r.years[0].noncash, 48_000.0);
    pennies(r.summary.nhs_total, 700_400.0);
    pennies(r.summary.npv, 878_912.74);
}

#[test]
fn a_cost_line_costs_the_nhs_its_recurring_cost() {
    let r = results("&l3.funder=primary");
    assert_eq!((r.lines[2].hosp, r.lines[2].nhs), (0.0, -40_000.0));
    // A line of costs has no payment rule to carry.
    let decoded = decode(&format!("{WORKED}&l3.paid=50&l3.avoid=20"));
    assert_eq!(decoded.ignored, ["l3.paid", "l3.avoid"]);
}

#[test]
fn funder_is_read_written_and_checked() {
    let s = scenario(&format!("{WORKED}&l2.funder=primary"));
    assert_eq!(s.lines[1].funder, Funder::Primary);
    assert!(encode(&Draft::from_scenario(&s)).contains("&l2.funder=primary"));
    assert!(!encode(&Draft::from_scenario(&scenario(WORKED))).contains("funder"));
    let errors = decode(&format!("{WORKED}&l2.funder=hospital"))
        .draft
        .check()
        .err()
        .unwrap_or_default();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].key.to_string(), "l2.funder");
    assert_eq!(
        errors[0].message,
        "Line 2: who pays this line's costs must be the commissioner or primary care"
    );
}

#[test]
fn shares_over_the_whole_saving_are_an_error_beside_hshare() {
    let errors = decode(&format!("{WORKED}&share=60&hshare=50"))
        .draft
        .check()
        .err()
        .unwrap_or_default();
    let keys: Vec<String> = errors.iter().map(|e| e.key.to_string()).collect();
    assert_eq!(keys, ["hshare"]);
    assert_eq!(
        errors[0].message,
        "Hospital's gain-share must be 40% or less: with primary care's 60% it would pass on more than the whole shareable saving"
    );
    assert!(decode(&format!("{WORKED}&share=60&hshare=40"))
        .draft
        .check()
        .is_ok());
}

#[test]
fn global_ranges_are_checked() {
    let message = |extra: &str| {
        let errors = decode(&format!("{WORKED}{extra}"))
            .draft
            .check()
            .err()
            .unwrap_or_default();
        errors
            .iter()
            .map(|e| (e.key.to_string(), e.message.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        message("&cap.lo=1000&cap.hi=5000"),
        [(
            "cap.lo".to_string(),
            "Enter the yearly cap on primary care's gain-share as well as its lowest and highest, or clear them".to_string()
        )]
    );
    assert_eq!(
        message("&threshold=1000&threshold.lo=2000&threshold.hi=5000"),
        [(
            "threshold.lo".to_string(),
            "Lowest saving the commissioner keeps first must be £1,000 or less, the figure itself"
                .to_string()
        )]
    );
    assert!(message("&threshold=1000&threshold.lo=0&threshold.hi=5000").is_empty());
}

/// triangular(50,000, 100,000, 200,000) at its median, solved by hand.
const THRESHOLD_MEDIAN: f64 = 200_000.0 - 86_602.540_378_443_87;

#[test]
fn draws_of_the_threshold_move_primary_care_not_the_value() {
    let s = scenario(&format!(
        "{WORKED}&threshold=100000&threshold.lo=50000&threshold.hi=200000&mc=100000"
    ));
    let Some(spread) = monte_carlo(&s) else {
        panic!("a ranged global should give draws")
    };
    let npv = project(&s).summary.npv;
    assert!((spread.p5 - npv).abs() < 1e-6 && (spread.p95 - npv).abs() < 1e-6);
    assert!((spread.nhs.p50 - 654_604.94).abs() < 0.01);
    // Five years of half of 188,080 less the threshold.
    let expected = 2.5 * (188_080.0 - THRESHOLD_MEDIAN);
    assert!(
        (spread.primary.p50 - expected).abs() < 0.01 * expected,
        "{} is not near {expected}",
        spread.primary.p50
    );
    let swings = tornado(&s);
    assert_eq!(swings.len(), 1);
    assert_eq!(swings[0].field.to_string(), "threshold");
    assert_eq!(swings[0].low.npv, swings[0].high.npv);
    pennies(swings[0].low.primary_total, 2.5 * (188_080.0 - 50_000.0));
    // Past 188,080 a year nothing is shared.
    pennies(swings[0].high.primary_total, 0.0);
}

#[test]
fn draws_of_the_cap_and_of_the_payment_rule() {
    let s = scenario(&format!(
        "{WORKED}&cap=50000&cap.lo=20000&cap.hi=80000&l1.paid.lo=0&l1.paid.hi=100&l1.paid=50&mc=100000"
    ));
    let Some(spread) = monte_carlo(&s) else {
        panic!("ranged inputs should give draws")
    };
    // Neither moves the value to the NHS, nor (the cap being under the
    // share) what primary care is left with, but the cap: 5 × its median.
    pennies(spread.nhs.p5, 654_604.94);
    pennies(spread.nhs.p95, 654_604.94);
    assert!((spread.primary.p50 - 250_000.0).abs() < 2_500.0);
    // The payment rule is a line's input, drawn first: the npv does not
    // move with it either.
    pennies(spread.p50, 878_912.74);
}

#[test]
fn draws_of_avoid_move_the_nhs_figure_as_the_quantiles_say() {
    let s = scenario(&format!("{WORKED}&l1.avoid.lo=0&l1.avoid.hi=100&mc=100000"));
    let Some(spread) = monte_carlo(&s) else {
        panic!("ranged")
    };
    // triangular(0, 50, 100) is symmetric: its median is 50, the input's
    // value; 5% of draws fall below 100 × √(0.05 / 2).
    let nhs_at = |avoid: f64| {
        project(&scenario(&format!("{WORKED}&l1.avoid={avoid}")))
            .summary
            .nhs_npv
    };
    assert!((spread.nhs.p50 - nhs_at(50.0)).abs() < 0.005 * nhs_at(50.0));
    let low = 100.0 * (0.05f64 / 2.0).sqrt();
    assert!((spread.nhs.p5 - nhs_at(low)).abs() < 0.005 * nhs_at(low));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// SPEC §2.6: payments between the parties cancel out.
    #[test]
    fn retained_primary_and_hospital_add_up_to_the_nhs(s in arb_scenario()) {
        let r = project(&s);
        for y in &r.years {
            let sum = y.retained + y.primary + y.hosp;
            let scale = 1.0 + y.nhs.abs().max(y.cash.abs()).max(y.hosp.abs());
            prop_assert!((sum - y.nhs).abs() <= 1e-9 * scale, "{sum} ≠ {}", y.nhs);
        }
    }

    /// With every new input at its default, 2.3's cash and share.
    #[test]
    fn at_their_defaults_the_parties_change_nothing(s in arb_scenario()) {
        let mut s = s;
        s.hshare = 0.0;
        s.threshold = 0.0;
        s.cap = None;
        s.ranges.clear();
        for line in &mut s.lines {
            line.paid = 100.0;
            line.funder = Funder::Commissioner;
        }
        let r = project(&s);
        for y in &r.years {
            let cash = y.gross - y.cost;
            prop_assert!((y.cash - cash).abs() <= 1e-9 * (1.0 + cash.abs()));
            prop_assert_eq!(y.noncash, 0.0);
            prop_assert_eq!(y.share, s.share / 100.0 * y.cash.max(0.0));
            prop_assert_eq!(y.retained, y.cash - y.share);
        }
    }
}

#[test]
fn who_gains_in_words_when_the_money_lands_elsewhere() {
    use pilot_savings::words::parties::parties_words;
    let words = |link: &str| {
        let s = scenario(link);
        parties_words(&s, &project(&s))
    };
    // A block payment: nothing stops being paid, half the cost is avoided.
    assert_eq!(
        words("?v=1&l1.kind=observed&l1.saved=100000&l1.months=12&l1.paid=0&l1.avoid=50"),
        "The NHS as a whole saves £50,000 a year. The commissioner keeps nothing and primary care gets nothing to reinvest; the hospital gains £50,000 a year."
    );
    // Cash 48,000 + 230,000 − 97,920 = 180,080, half of it shared;
    // primary care pays £120,000 a year out of its £90,040. Take-up in
    // year 1 makes the years differ.
    assert_eq!(
        words(&format!("{WORKED}&l3.funder=primary&l3.per_patient=3&l1.paid=50")),
        "The NHS as a whole saves £60,080 a year. The commissioner keeps £90,040 and primary care is £29,960 a year worse off, paying more for its lines than its gain-share brings; the hospital is no worse off."
    );
    assert!(words(&format!("{WORKED}&l1.uptake=50")).contains("a year on average"));
}
