//! SPEC §2.5: ranges, Monte Carlo, tornado and pilot evidence, against
//! analytic results.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{scenario, WORKED};
use pilot_savings::document::{export, import};
use pilot_savings::format::money;
use pilot_savings::link::{decode, encode};
use pilot_savings::model::evidence::{evidence, poisson_interval};
use pilot_savings::model::uncertainty::{monte_carlo, sort_floats, tornado, triangular, Run};
use pilot_savings::model::{project, End, FieldKey, Input, LineKey, Scenario};
use proptest::prelude::*;

fn npv_with_after(after: f64) -> f64 {
    let mut s = scenario(WORKED);
    s.lines[0].after = after;
    project(&s).summary.npv
}

/// The q-quantile of triangular(4, 6, 8), solved by hand.
fn tri_4_6_8(q: f64) -> f64 {
    if q < 0.5 {
        4.0 + (8.0 * q).sqrt()
    } else {
        8.0 - (8.0 * (1.0 - q)).sqrt()
    }
}

fn within(actual: f64, expected: f64, share: f64) {
    assert!(
        (actual - expected).abs() <= share * expected.abs(),
        "{actual} is not within {}% of {expected}",
        share * 100.0
    );
}

#[test]
fn percentiles_of_a_linear_npv_are_npv_at_the_quantiles_of_after() {
    let s = scenario(&format!("{WORKED}&l1.after.lo=4&l1.after.hi=8&mc=100000"));
    let Some(spread) = monte_carlo(&s) else {
        panic!("a ranged input should give draws")
    };
    assert_eq!(spread.draws, 100_000);
    // More events with the pilot, less saved: npv falls as `after` rises.
    within(spread.p5, npv_with_after(tri_4_6_8(0.95)), 0.01);
    within(spread.p50, npv_with_after(tri_4_6_8(0.5)), 0.01);
    within(spread.p95, npv_with_after(tri_4_6_8(0.05)), 0.01);
    within(spread.mean, npv_with_after(6.0), 0.01);
    assert_eq!(spread.prob_positive, 100.0);
    assert_eq!(spread.histogram.counts.iter().sum::<usize>(), 100_000);
}

#[test]
fn the_same_link_gives_the_same_figures_and_another_seed_others() {
    let link =
        format!("{WORKED}&l1.after.lo=2&l1.after.hi=20&l2.saved.lo=50000&l2.saved.hi=300000");
    let first = monte_carlo(&scenario(&link));
    assert!(first.is_some());
    assert_eq!(first, monte_carlo(&scenario(&link)));
    assert_ne!(first, monte_carlo(&scenario(&format!("{link}&seed=2"))));
}

#[test]
fn a_run_in_steps_gives_the_figures_of_a_run_at_once() {
    let s = scenario(&format!("{WORKED}&l1.after.lo=2&l1.after.hi=20&mc=2500"));
    let Some(mut run) = Run::new(&s) else {
        panic!("a ranged input should give draws")
    };
    let mut steps = 0;
    while !run.step(1000) {
        steps += 1;
        assert!(run.progress() < 1.0);
    }
    assert_eq!(steps, 2);
    // The draws are then sorted a radix pass a step: four passes for each
    // of the three figures.
    let mut sorts = 1;
    while !run.sort_step() {
        sorts += 1;
    }
    assert_eq!(sorts, 12);
    assert!(run.sort_step(), "nothing left to sort");
    assert_eq!(Some(run.finish()), monte_carlo(&s));
}

#[test]
fn no_ranges_or_no_draws_means_no_monte_carlo() {
    assert_eq!(monte_carlo(&scenario(WORKED)), None);
    assert_eq!(
        monte_carlo(&scenario(&format!(
            "{WORKED}&l1.after.lo=4&l1.after.hi=8&mc=0"
        ))),
        None
    );
}

#[test]
fn tornado_is_the_model_at_each_end_sorted_by_swing() {
    let s = scenario(&format!(
        "{WORKED}&l1.after.lo=4&l1.after.hi=8&l2.saved.lo=100000&l2.saved.hi=250000&l3.per_patient.lo=0.5&l3.per_patient.hi=1.5"
    ));
    let swings = tornado(&s);
    let keys: Vec<String> = swings.iter().map(|w| w.field.to_string()).collect();
    assert_eq!(keys, ["l2.saved", "l3.per_patient", "l1.after"]);
    for swing in &swings {
        let FieldKey::Line(n, input) = swing.field else {
            panic!("a line's input")
        };
        let at = |v: f64| {
            let mut changed = s.clone();
            changed.lines[n - 1].set(input.key(), v);
            project(&changed).summary
        };
        assert_eq!(swing.low.npv, at(swing.lo).npv);
        assert_eq!(swing.high.npv, at(swing.hi).npv);
        assert_eq!(swing.low.nhs_npv, at(swing.lo).nhs_npv);
        assert_eq!(swing.high.primary_total, at(swing.hi).primary_total);
    }
    assert_eq!(swings[2].low.npv, npv_with_after(4.0));
}

#[test]
fn exact_poisson_intervals() {
    let (lo, hi) = poisson_interval(60.0);
    assert!((lo - 45.79).abs() < 0.005, "{lo}");
    assert!((hi - 77.23).abs() < 0.005, "{hi}");
    let (lo, hi) = poisson_interval(0.0);
    assert_eq!(lo, 0.0);
    assert!((hi - 3.69).abs() < 0.005, "{hi}");
    // Either side of the switch to the approximation for a million events.
    let (below, _) = poisson_interval(1e6);
    let (above, _) = poisson_interval(1e6 + 2.0);
    assert!((above - below - 2.0).abs() < 0.05, "{below} {above}");
}

#[test]
fn three_months_of_the_worked_example_saw_60_referrals() {
    let seen = evidence(40_000.0, 6.0, 3.0);
    assert_eq!(seen.events, 60.0);
    assert!((seen.low - 4.579).abs() < 0.0005, "{}", seen.low);
    assert!((seen.high - 7.723).abs() < 0.0005, "{}", seen.high);
    assert!(seen.short());
    assert!(!evidence(40_000.0, 6.0, 12.0).short());
}

#[test]
fn a_range_must_have_both_ends_around_the_figure() {
    let errors = |extra: &str| match decode(&format!("{WORKED}{extra}")).draft.check() {
        Ok(_) => vec![],
        Err(e) => e
            .into_iter()
            .map(|e| (e.key.to_string(), e.message))
            .collect(),
    };
    assert_eq!(
        errors("&l1.after.lo=7&l1.after.hi=8"),
        [(
            "l1.after.lo".to_string(),
            "Line 1: lowest rate with the pilot must be 6 or less, the figure itself".to_string()
        )]
    );
    assert_eq!(errors("&l1.after.lo=4")[0].0, "l1.after.hi");
    assert_eq!(errors("&l1.unit.hi=100")[0].0, "l1.unit.lo");
    assert_eq!(
        errors("&l1.unit.lo=100&l1.unit.hi=110")[0].1,
        "Line 1: highest cost of each event avoided must be £120 or more, the figure itself"
    );
    assert_eq!(
        errors("&l1.after.lo=1&l1.after.hi=2000")[0].1,
        "Line 1: highest rate with the pilot must be between 0 and 1,000"
    );
    assert!(errors("&l1.after.lo=6&l1.after.hi=6").is_empty());
    // A line's ranges are for its own kind's inputs only.
    let decoded = decode(&format!("{WORKED}&l1.saved.lo=1&l1.cash.lo=0"));
    assert_eq!(decoded.ignored, ["l1.cash.lo", "l1.saved.lo"]);
}

#[test]
fn ranges_travel_in_links_and_files() {
    let link = format!(
        "{WORKED}&l1.after.lo=4&l1.after.hi=8&l2.annual.lo=40000&l2.annual.hi=6e4&mc=500&seed=7"
    );
    let draft = decode(&link).draft;
    let query = encode(&draft);
    assert!(
        query.contains("&l1.after=6&l1.after.lo=4&l1.after.hi=8&"),
        "{query}"
    );
    assert!(
        query.contains("&l2.annual.hi=6e4"),
        "a bad end stays as typed: {query}"
    );
    assert!(query.contains("&mc=500&seed=7"), "{query}");
    let reopened = decode(&query).draft;
    assert_eq!(encode(&reopened), query);
    assert_eq!(
        reopened.lines[1].text(Input::End(LineKey::Annual, End::High)),
        Some("6e4")
    );
    let imported = import(&export(&draft)).map(|d| encode(&d.draft));
    assert_eq!(imported, Ok(query));
}

proptest! {
    #[test]
    fn percentiles_are_ordered_and_the_chance_a_percentage(
        lo in 0.0f64..26.0, width in 0.0f64..30.0, unit_lo in 0.0f64..120.0,
        seed in 0u64..4_294_967_295, mc in 1u32..400, disc in 0.0f64..20.0, infl in -10.0f64..20.0,
    ) {
        let after = lo + width / 2.0;
        let hi = lo + width;
        let s = scenario(&format!(
            "{WORKED}&l1.after={after}&l1.after.lo={lo}&l1.after.hi={hi}&l1.unit.lo={unit_lo}&l1.unit.hi=200&mc={mc}&seed={seed}&disc={disc}&infl={infl}&l1.uptake=40&l2.setup=9000"
        ));
        let Some(spread) = monte_carlo(&s) else { panic!("ranged") };
        prop_assert!(spread.p5 <= spread.p50 && spread.p50 <= spread.p95);
        prop_assert!((0.0..=100.0).contains(&spread.prob_positive));
        prop_assert_eq!(spread.draws, mc as usize);
    }

    /// With every range closed on its figure, each draw is the projection's npv.
    #[test]
    fn draws_of_closed_ranges_are_the_projection(
        disc in 0.0f64..20.0, infl in -10.0f64..20.0, years in 1u32..=10, uptake in 0.0f64..100.0, ob in 0.0f64..100.0,
    ) {
        let s = scenario(&format!(
            "{WORKED}&l1.after.lo=6&l1.after.hi=6&mc=3&disc={disc}&infl={infl}&years={years}&l1.uptake={uptake}&l1.setup=5000&ob={ob}"
        ));
        let npv = project(&s).summary.npv;
        let Some(spread) = monte_carlo(&s) else { panic!("ranged") };
        prop_assert!((spread.mean - npv).abs() <= 1e-6 * npv.abs().max(1.0), "{} {}", spread.mean, npv);
    }

    #[test]
    fn draws_sort_as_numbers_do(mut values in prop::collection::vec(-1e12f64..1e12, 0..300)) {
        let mut expected = values.clone();
        expected.sort_by(f64::total_cmp);
        sort_floats(&mut values);
        prop_assert_eq!(values, expected);
    }

    #[test]
    fn triangular_draws_stay_within_their_range(lo in -1e6f64..1e6, a in 0.0f64..1e6, b in 0.0f64..1e6, u in 0.0f64..1.0) {
        let v = triangular(lo, lo + a, lo + a + b, u);
        prop_assert!(v >= lo - 1e-6 && v <= lo + a + b + 1e-6);
    }
}

#[test]
fn the_summary_to_paste_says_how_sure() {
    let s = scenario(&format!(
        "{WORKED}&l1.after.lo=4&l1.after.hi=8&l2.saved.lo=100000&l2.saved.hi=250000"
    ));
    let text = pilot_savings::export::summary_text(&s, &project(&s), "https://example.nhs.uk/");
    let Some(spread) = monte_carlo(&s) else {
        panic!("ranged")
    };
    let sure: Vec<&str> = text
        .lines()
        .skip_while(|l| *l != "How sure")
        .take_while(|l| !l.is_empty())
        .collect();
    assert_eq!(
        sure,
        [
            "How sure".to_string(),
            "- All savings could fall by 58% before the scheme stops paying for itself.".to_string(),
            "- Dermatology breaks even if its rate falls to 15.0 per 1,000 a year, from 26.0 before (the pilot reached 6.0).".to_string(),
            format!(
                "- A {:.0}% chance the scheme saves money over 5 years: 9 in 10 of 10,000 random draws give a net present value between {} and {}. (Seed 1.)",
                spread.prob_positive,
                money(spread.p5),
                money(spread.p95)
            ),
            format!(
                "- For the NHS as a whole, counting only the cost hospitals really avoid, 9 in 10 draws give a net present value between {} and {}.",
                money(spread.nhs.p5),
                money(spread.nhs.p95)
            ),
            format!(
                "- The figure that matters most is Care home pharmacist: amount saved during the pilot, £100,000 to £250,000: net present value {} at its lowest, {} at its highest.",
                money(saved_at(&s, 100_000.0)),
                money(saved_at(&s, 250_000.0))
            ),
        ]
    );
}

fn saved_at(s: &Scenario, saved: f64) -> f64 {
    let mut changed = s.clone();
    changed.lines[1].saved = saved;
    project(&changed).summary.npv
}
