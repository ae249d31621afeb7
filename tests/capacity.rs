//! SPEC §2.7: capacity, and when it becomes cash, against SPEC §10 and
//! steps worked by hand.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::arb::arb_scenario;
use common::{scenario, WORKED};
use pilot_savings::link::{decode, encode};
use pilot_savings::model::uncertainty::{monte_carlo, tornado};
use pilot_savings::model::{project, Draft, Results};
use proptest::prelude::*;

fn close(actual: f64, expected: f64) {
    assert!(
        (actual - expected).abs() < 0.005,
        "{actual} is not {expected}"
    );
}

fn results(extra: &str) -> Results {
    project(&scenario(&format!("{WORKED}{extra}")))
}

/// The worked example with a weekly dermatology clinic of 12 new patients
/// over 46 weeks (552 referrals a year) that costs £30,000 a year to run.
const CLINIC: &str = "&l1.step=552&l1.step_cost=30000";

#[test]
fn worked_example_workforce() {
    let r = results("");
    let w = r.lines[0].workforce.expect("six appointments a day");
    // 6 × 10 minutes a day over 252 days; a 7.5-hour day; 4 h 10 min sessions.
    close(w.hours, 252.0);
    assert!((w.wte - 0.1333).abs() < 0.00005, "{}", w.wte);
    close(w.sessions, 1.2);
    assert_eq!(r.lines[1].workforce, None, "no extra appointments");
    assert_eq!(r.lines[2].workforce, None);
    assert_eq!(r.summary.workforce, Some(w), "one line: the total is it");
    // Fifteen-minute appointments take half as long again.
    let w = results("&l1.appt_min=15").lines[0].workforce.expect("some");
    close(w.hours, 378.0);
    close(w.sessions, 1.8);
}

#[test]
fn a_step_counts_only_whole_units_as_cost_avoided() {
    let r = results(CLINIC);
    let line = &r.lines[0];
    let steps = line.steps.expect("a step");
    // 800 referrals fill one list of 552; a second needs 1,104: 304 more.
    assert_eq!(steps.units, 1.0);
    close(steps.next, 304.0);
    close(steps.events, 800.0);
    // Really avoided: one clinic's £30,000, not half of £96,000.
    close(line.hosp, 30_000.0 - 96_000.0);
    close(line.nhs, 30_000.0 - 52_920.0);
    for y in &r.years {
        close(y.hosp, 30_000.0 - 96_000.0);
        close(y.nhs, 30_000.0 + 230_000.0 - 137_920.0);
    }
    // The scheme's own figures do not change: the commissioner still stops
    // paying for 800 referrals.
    close(r.summary.npv, 878_912.74);
    close(r.summary.comm_total, 470_200.0);
    let words = pilot_savings::words::capacity::steps_words("Dermatology", 0, &steps);
    assert_eq!(
        words,
        "Dermatology: 1 whole unit can go, saving £30,000 a year; 304 more events avoided a year would free a second."
    );
}

#[test]
fn steps_at_just_under_and_just_over_a_multiple() {
    // 40,000 people × (26 − 6) / 1,000 = 800 referrals a year exactly.
    let units = |step: &str| {
        results(&format!("&l1.step={step}&l1.step_cost=1000")).lines[0]
            .steps
            .expect("a step")
            .units
    };
    assert_eq!(units("400"), 2.0, "an exact multiple counts");
    assert_eq!(units("401"), 1.0, "just short of two");
    assert_eq!(units("399"), 2.0, "just past two");
    assert_eq!(units("801"), 0.0, "short of the first");
    assert_eq!(units("800"), 1.0);
    // 1,000 admissions cut by 70% with 30% optimism bias: 490 events,
    // which in floating point are 489.99999999999994; still 490 units of 1.
    let count = "?v=1&pop=10000&l1.kind=count&l1.events=1000&l1.pct=70&l1.unit=100&ob=30&l1.step=1&l1.step_cost=1";
    let s = scenario(count);
    assert_eq!(project(&s).lines[0].steps.expect("a step").units, 490.0);
}

#[test]
fn uptake_and_optimism_bias_reduce_steps() {
    // Half the effect in year 1: 400 referrals, short of a 552 list.
    let r = results(&format!("{CLINIC}&l1.uptake=50"));
    close(r.years[0].hosp, 0.0 - 48_000.0);
    close(r.years[1].hosp, 30_000.0 - 96_000.0);
    // Year 1's NHS: nothing really avoided on line 1, half its saving lost.
    close(r.years[0].nhs, 230_000.0 - 137_920.0);
    // Optimism bias of 50% halves every year's events: never a whole list.
    let r = results(&format!("{CLINIC}&ob=50"));
    assert_eq!(r.lines[0].steps.expect("a step").units, 0.0);
    close(r.lines[0].steps.expect("a step").next, 152.0);
    for y in &r.years {
        close(y.hosp, -48_000.0);
    }
}

#[test]
fn a_step_without_its_saving_avoids_nothing_and_a_rise_frees_nothing() {
    let r = results("&l1.step=552");
    close(r.lines[0].hosp, -96_000.0);
    let r = results(&format!("{CLINIC}&l1.after=30"));
    let steps = r.lines[0].steps.expect("a step");
    assert_eq!(steps.units, 0.0);
    close(r.lines[0].hosp + r.lines[0].saving, 0.0);
}

#[test]
fn the_draws_and_the_tornado_see_the_steps() {
    // A range of zero width draws the figure itself: every draw is the
    // projection, so the draws' NHS value must be the projection's.
    let flat = format!("{CLINIC}&l2.annual.lo=45000&l2.annual.hi=45000&l1.uptake=50");
    let r = results(&flat);
    let spread = monte_carlo(&scenario(&format!("{WORKED}{flat}"))).expect("a range");
    close(spread.nhs.p50, r.summary.nhs_npv);
    close(spread.p50, r.summary.npv);
    // What a clinic saves moves only the NHS-wide figure.
    let swings = tornado(&scenario(&format!(
        "{WORKED}{CLINIC}&l1.step_cost.lo=10000&l1.step_cost.hi=50000"
    )));
    let w = &swings[0];
    close(w.low.npv, w.high.npv);
    let years: f64 = r.years.iter().map(|y| y.df).sum();
    close(w.high.nhs_npv - w.low.nhs_npv, 40_000.0 * years);
}

#[test]
fn links_carry_the_new_inputs_and_refuse_bad_ones() {
    let link = format!("{WORKED}{CLINIC}&l1.appt_min=15&l1.appt_min.lo=10&l1.appt_min.hi=20");
    let s = scenario(&link);
    let written = encode(&Draft::from_scenario(&s));
    assert_eq!(scenario(&written), s, "a round trip keeps them");
    assert!(
        written.contains("l1.step=552&l1.step_cost=30000"),
        "{written}"
    );
    let errors = |extra: &str| match decode(&format!("{WORKED}{extra}")).draft.check() {
        Ok(_) => Vec::new(),
        Err(e) => e.into_iter().map(|e| e.message).collect(),
    };
    assert_eq!(errors("&l1.step=0").len(), 1);
    assert_eq!(errors("&l1.step=1.5").len(), 1);
    assert_eq!(errors("&l1.appt_min=0").len(), 1);
    assert_eq!(errors("&l1.appt_min=121").len(), 1);
    assert_eq!(errors("&l1.step_cost=-1").len(), 1);
    // Steps are for lines that count events: elsewhere they are unknown.
    let d = decode(&format!("{WORKED}&l2.step=10&l3.step_cost=5"));
    assert_eq!(d.ignored, ["l2.step", "l3.step_cost"]);
    assert_eq!(
        project(&scenario(&format!("{WORKED}&l2.step=10"))),
        results("")
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Without a step, what a unit saves and the minutes an appointment
    /// takes change no money: every output is as defined before §2.7.
    #[test]
    fn without_a_step_only_the_time_changes(s in arb_scenario()) {
        let mut s = s;
        for line in &mut s.lines {
            line.step = 0.0;
            line.ranges.retain(|r| r.key != pilot_savings::model::LineKey::StepCost);
        }
        let before = project(&s);
        let mut changed = s.clone();
        for line in &mut changed.lines {
            line.step_cost = 12_345.0;
            line.appt_min = 60.0;
        }
        let after = project(&changed);
        prop_assert_eq!(&before.years, &after.years);
        prop_assert_eq!(&before.summary.npv, &after.summary.npv);
        prop_assert_eq!(before.summary.nhs_npv, after.summary.nhs_npv);
        for (b, a) in before.lines.iter().zip(&after.lines) {
            prop_assert_eq!(b.nhs, a.nhs);
            prop_assert_eq!(b.hosp, a.hosp);
            prop_assert_eq!(b.steps, None);
        }
    }
}

#[test]
fn the_summary_and_the_csv_carry_the_capacity() {
    let s = scenario(&format!("{WORKED}{CLINIC}"));
    let r = project(&s);
    let text = pilot_savings::export::summary_text(&s, &r, "https://example.org/");
    assert!(text.contains("\nWorkforce and capacity\n"), "{text}");
    assert!(text.contains(
        "- Dermatology: 6 extra appointments a day of 10 minutes take 1.2 GP sessions a week (252 clinician hours a year), 0.13 of a full-time clinician."
    ));
    assert!(text.contains("- Dermatology: 1 whole unit can go, saving £30,000 a year; 304 more events avoided a year would free a second."));
    let csv = pilot_savings::export::figures_csv(&s, &r, "https://example.org/");
    assert!(
        csv.contains(",252,0.13333333333333333,1.2,552,1,304,,800,0,120.00,66.15,100\r\n"),
        "{csv}"
    );
}
