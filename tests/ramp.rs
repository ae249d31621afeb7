//! Uptake year by year and a growing population (SPEC §2.1–2.3), and the
//! running cost of each event avoided (§2.4), against §10's last worked
//! example and the edges a list can get wrong.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{close, scenario, WORKED};
use pilot_savings::link::{decode, encode};
use pilot_savings::model::keys::{End, FieldKey, Input, LineKey};
use pilot_savings::model::uncertainty::monte_carlo;
use pilot_savings::model::{project, Draft};

fn ramped() -> String {
    format!("{WORKED}&growth=1&l1.uptake=25,60,90")
}

fn pennies(actual: f64, expected: f64) {
    close(actual, expected, 0.005);
}

#[test]
fn the_worked_example_with_a_ramp_and_growth() {
    let r = project(&scenario(&ramped()));
    let gross = [254_000.0, 290_476.0, 322_759.64, 325_987.24, 329_247.11];
    let cost = [137_920.0, 138_320.0, 138_724.0, 139_132.04, 139_544.16];
    for ((y, g), c) in r.years.iter().zip(gross).zip(cost) {
        pennies(y.gross, g);
        pennies(y.cost, c);
    }
    pennies(r.summary.npv, 768_737.71);
    pennies(r.summary.comm_total, 414_414.89);
    pennies(r.summary.nhs_total, 654_210.37);
    pennies(r.lines[0].per_event.unwrap_or(f64::NAN), 66.15);
    // The years table's population: 40,000 growing 1% a year.
    pennies(r.years[4].people, 40_000.0 * 1.01f64.powi(4));
}

#[test]
fn per_event_is_none_where_nothing_is_avoided_or_counted() {
    let r = project(&scenario(&format!("{WORKED}&l1.after=26")));
    assert_eq!(r.lines[0].per_event, None);
    assert_eq!(
        r.lines[1].per_event, None,
        "an observed line counts no events"
    );
}

#[test]
fn one_number_is_year_1_then_every_earlier_release_s_100() {
    let one = project(&scenario(&format!("{WORKED}&l1.uptake=25")));
    let list = project(&scenario(&format!("{WORKED}&l1.uptake=25,100")));
    assert_eq!(one.years, list.years);
    pennies(one.years[0].gross, 254_000.0);
    pennies(one.years[1].gross, 326_000.0);
    // A list that levels off below 100% keeps its last.
    let low = project(&scenario(&format!("{WORKED}&l1.uptake=25,50")));
    for y in &low.years[1..] {
        pennies(y.gross, 230_000.0 + 48_000.0);
    }
}

#[test]
fn a_list_travels_in_links_as_checked() {
    let draft = decode(&format!("{WORKED}&l1.uptake=25%25,+60%25,90")).draft;
    let s = draft.check().expect("a good list");
    assert_eq!(s.lines[0].uptake, 25.0);
    assert_eq!(s.lines[0].ramp.later, vec![60.0, 90.0]);
    assert!(encode(&draft).contains("l1.uptake=25%2C60%2C90"));
    let back = Draft::from_scenario(&s).check().expect("read back");
    assert_eq!(back, s);
}

fn error_of(query: &str, input: Input) -> String {
    let errors = decode(&format!("{WORKED}&{query}"))
        .draft
        .check()
        .expect_err("a bad list");
    let key = FieldKey::Line(1, input);
    errors
        .into_iter()
        .find(|e| e.key == key)
        .map(|e| e.message)
        .unwrap_or_default()
}

#[test]
fn a_bad_list_is_an_error_beside_the_field_that_says_which_year() {
    let value = Input::Value(LineKey::Uptake);
    let says = |query: &str, words: &str| {
        let message = error_of(query, value);
        assert!(message.contains(words), "{query}: {message}");
    };
    says(
        "l1.uptake=25,160",
        "year 2 must be a number between 0% and 100%",
    );
    says("l1.uptake=25,,90", "year 2 is missing");
    says("l1.uptake=25,", "year 2 is missing");
    says("l1.uptake=1,2,3,4,5,6,7,8,9,10,11", "at most 10 years");
    says("l1.uptake=25,x", "year 2 must be a number");
    let range = error_of(
        "l1.uptake=25,60&l1.uptake.lo=20&l1.uptake.hi=30",
        Input::End(LineKey::Uptake, End::Low),
    );
    assert!(range.contains("one number only"), "{range}");
    // A range on one number is still fine.
    let one = decode(&format!(
        "{WORKED}&l1.uptake=25&l1.uptake.lo=20&l1.uptake.hi=30"
    ));
    assert!(one.draft.check().is_ok());
}

#[test]
fn growth_is_limited_and_shrinking_is_allowed() {
    let bad = decode(&format!("{WORKED}&growth=11")).draft.check();
    assert!(bad.is_err());
    let shrink = project(&scenario(&format!("{WORKED}&growth=-5")));
    // The cost per patient shrinks with the population; others do not.
    pennies(shrink.years[1].cost, 137_920.0 - 40_000.0 * 0.05);
    pennies(shrink.years[1].gross, 326_000.0 * 0.95);
}

#[test]
fn the_draws_follow_the_ramp_and_growth() {
    // Every range closed: each draw is the projection.
    let link = format!("{}&mc=10&l2.saved.lo=230000&l2.saved.hi=230000", ramped());
    let s = scenario(&link);
    let spread = monte_carlo(&s).expect("draws");
    pennies(spread.p50, project(&s).summary.npv);
}

#[test]
fn uptake_is_said_in_financial_years() {
    use pilot_savings::model::uptake::Ramp;
    use pilot_savings::words::uptake::uptake_words;
    let ramp = |later: &[f64]| Ramp {
        later: later.to_vec(),
    };
    assert_eq!(
        uptake_words(25.0, &ramp(&[60.0, 90.0]), 2026),
        "25% in 2026/27, 60% in 2027/28, then 90% a year"
    );
    assert_eq!(
        uptake_words(25.0, &ramp(&[]), 2026),
        "25% in 2026/27, then the full saving"
    );
    assert_eq!(
        uptake_words(100.0, &ramp(&[]), 2026),
        "The full saving from 2026/27"
    );
    assert_eq!(
        uptake_words(25.0, &ramp(&[60.0, 60.0]), 2026),
        "25% in 2026/27, then 60% a year"
    );
    assert_eq!(
        uptake_words(80.0, &ramp(&[80.0]), 2026),
        "80% a year from 2026/27"
    );
}

#[test]
fn a_list_travels_in_a_scenario_file_and_back() {
    use pilot_savings::document::{export, import};
    let draft = decode(&ramped()).draft;
    let file = export(&draft);
    assert!(
        file.contains("\"uptake\": \"25,60,90\"") || file.contains("\"uptake\":\"25,60,90\""),
        "{file}"
    );
    let back = import(&file).expect("our own file").draft;
    assert_eq!(back.check().expect("valid"), draft.check().expect("valid"));
}
