//! SPEC §2.11: who benefits, against the worked examples of the issue and
//! §10, a group of lines, and every bad input said beside its field.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{close, scenario};
use pilot_savings::link::{decode, encode};
use pilot_savings::model::fifths::{LineFifths, Verdict};
use pilot_savings::model::{project, Draft, FieldKey, Results};

const FIRST: &str = "v=1&pop=100000&l1.kind=rate&l1.name=Admissions&l1.base=15&l1.after=12&l1.unit=2000&l1.grad=2&l1.health=1";
const SECOND: &str = "v=1&pop=200000&imd=30,25,20,15,10&l1.kind=rate&l1.base=13&l1.after=10.55&l1.unit=2000&l1.grad=2&l1.reach=2.5,2,1.5,1,0.5";
const THIRD: &str = "v=1&pop=100000&l1.kind=rate&l1.base=15&l1.after=12.25&l1.unit=2000&l1.grad=2&l1.reach=1,1.5,2,2.5,3";

fn line(link: &str, i: usize) -> (Results, LineFifths) {
    let r = project(&scenario(link));
    let l = r.fifths.lines.iter().find(|l| l.line == i).cloned();
    (r, l.expect("a rate line is split"))
}

fn all_close(actual: &[f64], expected: &[f64], tolerance: f64) {
    for (a, e) in actual.iter().zip(expected) {
        close(*a, *e, tolerance);
    }
}

fn gap(l: &LineFifths) -> [f64; 4] {
    let v = |o: Option<f64>| o.unwrap_or(f64::NAN);
    [
        v(l.gap_before.sii),
        v(l.gap_after.sii),
        v(l.gap_before.rii),
        v(l.gap_after.rii),
    ]
}

#[test]
fn the_first_example_narrows_the_absolute_gap_only() {
    let (r, l) = line(FIRST, 0);
    all_close(&l.before, &[20.0, 17.5, 15.0, 12.5, 10.0], 1e-9);
    all_close(&l.after, &[16.0, 14.0, 12.0, 10.0, 8.0], 1e-9);
    all_close(&l.avoided, &[80.0, 70.0, 60.0, 50.0, 40.0], 1e-9);
    close(100.0 * l.p[0], 26.667, 5e-4);
    all_close(&gap(&l), &[12.5, 10.0, 2.428571, 2.428571], 5e-7);
    assert_eq!(l.verdict, Verdict::Narrows);
    // £2,000 an admission: the saving splits as the admissions do.
    all_close(
        &l.saving,
        &[160_000.0, 140_000.0, 120_000.0, 100_000.0, 80_000.0],
        1e-6,
    );
    close(r.fifths.core20_saving.unwrap_or(f64::NAN), 26.667, 5e-4);
}

#[test]
fn the_second_example_reaches_the_most_deprived_first() {
    let (_, l) = line(SECOND, 0);
    all_close(&l.before, &[16.0, 14.0, 12.0, 10.0, 8.0], 1e-9);
    all_close(&l.avoided, &[240.0, 140.0, 72.0, 30.0, 8.0], 1e-9);
    close(100.0 * l.p[0], 48.980, 5e-4);
    all_close(&gap(&l), &[10.0, 5.3, 2.428571, 1.719132], 5e-7);
    assert_eq!(l.verdict, Verdict::Narrows);
}

#[test]
fn the_third_example_reaches_the_least_deprived_first_and_widens() {
    let (_, l) = line(THIRD, 0);
    all_close(&l.avoided, &[40.0, 52.5, 60.0, 62.5, 60.0], 1e-9);
    close(100.0 * l.p[0], 14.545, 5e-4);
    all_close(&gap(&l), &[12.5, 13.75, 2.428571, 3.558140], 5e-7);
    assert_eq!(l.verdict, Verdict::Widens);
}

#[test]
fn a_line_without_inputs_splits_as_the_population_and_has_no_gap() {
    let (r, l) = line(
        "v=1&pop=10000&l1.kind=count&l1.events=100&l1.pct=20&l1.unit=50",
        0,
    );
    all_close(&l.avoided, &[4.0; 5], 1e-9);
    assert_eq!(l.verdict, Verdict::None);
    assert!(!l.entered);
    close(r.fifths.core20_saving.unwrap_or(f64::NAN), 20.0, 1e-9);
}

#[test]
fn a_group_subtracts_every_members_events_from_its_rates() {
    let link = format!("{FIRST}&l2.kind=rate&l2.with=1&l2.after=13.5&l2.reach=3,2,1,0,0");
    let r = project(&scenario(&link));
    let (a, b) = (&r.fifths.lines[0], &r.fifths.lines[1]);
    assert_eq!(a.before, b.before);
    assert_eq!(a.after, b.after);
    let credits = r.groups[0].credits.clone();
    for (l, credit) in [a, b].into_iter().zip(credits) {
        close(l.avoided.iter().sum::<f64>(), credit, 1e-9);
    }
    // The rate after in each fifth falls by both lines' events there.
    for q in 0..5 {
        let removed = (a.avoided[q] + b.avoided[q]) * 1000.0 / (100_000.0 * 0.2);
        close(a.after[q], a.before[q] - removed, 1e-9);
    }
    assert_eq!(b.avoided[3], 0.0);
}

#[test]
fn spend_and_observed_lines_split_the_saving_as_the_population() {
    let link = "v=1&pop=1000&imd=40,30,20,10,0&l1.kind=observed&l1.saved=1000&l1.months=12";
    let r = project(&scenario(link));
    all_close(&r.fifths.saving, &[400.0, 300.0, 200.0, 100.0, 0.0], 1e-9);
    close(r.fifths.core20_saving.unwrap_or(f64::NAN), 40.0, 1e-9);
}

fn errors(link: &str) -> Vec<(String, String)> {
    match decode(link).draft.check() {
        Ok(_) => Vec::new(),
        Err(e) => e
            .into_iter()
            .map(|e| (e.key.to_string(), e.message))
            .collect(),
    }
}

fn error_on(link: &str, key: &str) -> String {
    let found = errors(link);
    let message = found.iter().find(|(k, _)| k == key);
    message
        .map(|(_, m)| m.clone())
        .unwrap_or_else(|| panic!("no error on {key}: {found:?}"))
}

#[test]
fn every_bad_value_is_an_error_beside_its_field_in_words() {
    let base = "v=1&pop=1000&l1.kind=rate&l1.base=10&l1.after=5&l1.unit=100";
    assert!(error_on(&format!("{base}&imd=20,20,20,20"), "imd").contains("there are 4"));
    assert!(error_on(&format!("{base}&imd=30,20,20,20,20"), "imd").contains("add up to 110%"));
    assert!(
        error_on(&format!("{base}&imd=40,20,20,30,-10"), "imd").contains("least deprived fifth")
    );
    assert!(error_on(&format!("{base}&l1.grad=12"), "l1.grad").contains("0.1 to 10"));
    assert!(error_on(&format!("{base}&l1.grad=0,0,0,0,0"), "l1.grad").contains("0 in every fifth"));
    assert!(error_on(&format!("{base}&l1.reach=1,x,1,1,1"), "l1.reach").contains("“x”"));
    assert!(error_on(&format!("{base}&l1.health=2"), "l1.health").contains("1 (yes) or 0 (no)"));
    let nobody = format!("{base}&imd=50,50,0,0,0&l1.reach=0,0,1,1,1");
    assert!(error_on(&nobody, "l1.reach").contains("where people live"));
    // Half the events avoided, all of them in the least deprived fifth:
    // more than there are there.
    let message = error_on(&format!("{base}&l1.reach=0,0,0,0,1"), "l1.reach");
    assert!(
        message.contains("least deprived fifth would be -15"),
        "{message}"
    );
    // Within 0.5 of 100 is scaled, not refused.
    assert!(errors(&format!("{base}&imd=20,20,20,20,20.4")).is_empty());
}

#[test]
fn links_keep_the_inputs_and_list_them_where_they_do_not_belong() {
    let decoded = decode(SECOND);
    assert!(decoded.ignored.is_empty());
    let again = encode(&decoded.draft);
    assert!(again.contains("imd=30%2C25%2C20%2C15%2C10"), "{again}");
    assert!(
        again.contains("l1.reach=2.5%2C2%2C1.5%2C1%2C0.5"),
        "{again}"
    );
    let s = scenario(SECOND);
    assert_eq!(Draft::from_scenario(&s).check(), Ok(s));
    let joined = decode("v=1&pop=10&l1.kind=rate&l1.base=2&l2.kind=rate&l2.with=1&l2.grad=2&l3.kind=cost&l3.reach=1,1,1,1,1");
    assert_eq!(decoded_keys(&joined.ignored), vec!["l2.grad", "l3.reach"]);
    assert_eq!(
        FieldKey::parse("l2.health")
            .map(|k| k.to_string())
            .as_deref(),
        Some("l2.health")
    );
}

fn decoded_keys(keys: &[String]) -> Vec<&str> {
    keys.iter().map(String::as_str).collect()
}
