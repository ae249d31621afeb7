//! SPEC §2.10: lines that act on the same events, against the worked
//! example of §10 and the edges worked by hand.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{close, scenario, WORKED};
use pilot_savings::link::decode;
use pilot_savings::model::overlap::shares;
use pilot_savings::model::uncertainty::{monte_carlo, tornado};
use pilot_savings::model::{project, FieldKey, Results};

const TELEDERM: &str =
    "&l4.kind=rate&l4.name=Teledermatology&l4.with=1&l4.after=20&l4.annual=12000";

fn results(link: &str) -> Results {
    project(&scenario(link))
}

fn col(r: &Results, line: usize) -> (f64, f64) {
    let l = &r.lines[line];
    (l.events.unwrap_or(f64::NAN), l.alone.unwrap_or(f64::NAN))
}

#[test]
fn the_worked_example_of_a_group() {
    let r = results(&format!("{WORKED}{TELEDERM}"));
    let (events1, alone1) = col(&r, 0);
    let (events4, alone4) = col(&r, 3);
    close(events1, 707.6923, 5e-5);
    close(alone1, 800.0, 1e-9);
    close(events4, 147.6923, 5e-5);
    close(alone4, 240.0, 1e-9);
    close(r.lines[0].saving, 84_923.08, 0.005);
    close(r.lines[3].saving, 17_723.08, 0.005);
    close(r.lines[0].breakeven.unwrap_or(f64::NAN), 13.537, 5e-4);
    close(r.lines[3].breakeven.unwrap_or(f64::NAN), 21.9375, 5e-5);
    let g = &r.groups[0];
    assert_eq!(g.members, vec![0, 3]);
    close(g.events, 855.3846, 5e-5);
    close(g.alone, 1040.0, 1e-9);
    close(g.overlap, 184.6154, 5e-5);
    let s = &r.summary;
    close(s.npv, 853_893.79, 0.005);
    close(s.comm_total, 456_815.38, 0.005);
    close(s.hosp_total, -256_615.38, 0.005);
    close(s.nhs_total, 657_015.38, 0.005);
    close(s.hshare_even.unwrap_or(f64::NAN), 28.09, 0.005);
}

#[test]
fn the_credits_add_up_to_the_group_in_any_order() {
    let rs = [0.2, 0.1, 0.55, -0.3, 1.0, 0.05];
    let c = shares(&rs);
    let together = 1.0 - rs.iter().map(|r| 1.0 - r).product::<f64>();
    let credited: f64 = rs.iter().zip(&c).map(|(r, c)| r * c).sum();
    close(credited, together, 1e-12);
    let mut reversed = rs;
    reversed.reverse();
    let back = shares(&reversed);
    for (a, b) in c.iter().zip(back.iter().rev()) {
        close(*a, *b, 1e-12);
    }
}

#[test]
fn two_lines_of_20_and_10_percent_from_1000_events() {
    let link =
        "?v=1&l1.kind=count&l1.events=1000&l1.pct=20&l1.unit=1&l2.kind=count&l2.with=1&l2.pct=10";
    let r = results(link);
    close(col(&r, 0).0, 190.0, 1e-9);
    close(col(&r, 1).0, 90.0, 1e-9);
    close(r.groups[0].events, 280.0, 1e-9);
    close(r.groups[0].overlap, 20.0, 1e-9);
}

#[test]
fn a_line_at_100_percent_leaves_the_others_nothing_more() {
    for other in [0.0, 30.0, 99.0] {
        let link = format!(
            "?v=1&l1.kind=count&l1.events=1000&l1.pct=100&l1.unit=1&l2.kind=count&l2.with=1&l2.pct={other}"
        );
        let r = results(&link);
        close(r.groups[0].events, 1000.0, 1e-9);
        close(col(&r, 0).0 + col(&r, 1).0, 1000.0, 1e-9);
    }
}

#[test]
fn a_line_that_raises_activity_beside_one_that_removes_everything() {
    // Line 2 raises events by 20%: r = −0.2. Line 1 removes them all, so
    // together the group avoids every event; line 2's credit is −0.2 × ½
    // × 1000 = −100 and line 1 is credited 1,100, more than it avoids alone.
    let link = "?v=1&l1.kind=count&l1.events=1000&l1.pct=100&l1.unit=1&l2.kind=rate&l2.base=10&l2.after=12&l2.unit=1";
    let r = results(link);
    assert!(r.groups.is_empty(), "lines of different kinds stay apart");
    let link = "?v=1&pop=100000&l1.kind=rate&l1.base=10&l1.after=0&l1.unit=1&l2.kind=rate&l2.with=1&l2.after=12";
    let r = results(link);
    close(r.groups[0].events, 1000.0, 1e-9);
    close(col(&r, 1).0, -100.0, 1e-9);
    close(col(&r, 0).0, 1100.0, 1e-9);
    assert!(col(&r, 0).0 > col(&r, 0).1);
}

#[test]
fn a_scenario_without_with_keeps_its_figures() {
    let r = results(WORKED);
    assert!(r.groups.is_empty());
    for line in &r.lines {
        assert_eq!(line.events, line.alone);
    }
}

#[test]
fn every_bad_choice_is_an_error_that_names_the_line() {
    let base = "?v=1&l1.kind=rate&l1.base=26&l1.after=6&l1.unit=120&l2.kind=observed&l2.saved=10&l3.kind=count&l3.events=100&l3.pct=10&l3.unit=5";
    let cases = [
        ("&l4.kind=rate&l4.after=3&l4.with=4", "own events"),
        ("&l4.kind=rate&l4.after=3&l4.with=9", "no line 9"),
        ("&l4.kind=rate&l4.after=3&l4.with=2", "line 2 is"),
        ("&l4.kind=rate&l4.after=3&l4.with=3", "same kind"),
        ("&l4.kind=rate&l4.after=3&l4.with=one", "line's number"),
        (
            "&l4.kind=rate&l4.after=3&l4.with=1&l5.kind=rate&l5.after=2&l5.with=4",
            "itself acts on line 1",
        ),
        ("&l4.kind=observed&l4.saved=3&l4.with=1", "only a line of"),
    ];
    for (tail, words) in cases {
        let errors = decode(&format!("{base}{tail}"))
            .draft
            .check()
            .expect_err(tail);
        let last = if tail.contains("l5.") { 5 } else { 4 };
        let found = errors
            .iter()
            .find(|e| e.key == FieldKey::With(last))
            .unwrap_or_else(|| panic!("no error for {tail}: {errors:?}"));
        assert!(found.message.contains(words), "{tail}: {}", found.message);
        assert!(
            found.message.contains(&format!("Line {last}")),
            "{}",
            found.message
        );
    }
}

#[test]
fn a_groups_shared_range_is_drawn_once() {
    let link = format!(
        "{WORKED}{TELEDERM}&l1.unit.lo=60&l1.unit.hi=180&l4.after.lo=15&l4.after.hi=24&mc=2000"
    );
    let s = scenario(&link);
    assert!(s.lines[3].ranges.iter().all(|r| r.key.name() != "unit"));
    let swings = tornado(&s);
    assert_eq!(swings.len(), 2);
    let unit = swings
        .iter()
        .find(|w| w.field == FieldKey::parse("l1.unit").unwrap())
        .unwrap();
    // At £60 both members' savings halve: the group's price is one.
    let mut low = s.clone();
    low.lines[0].unit = 60.0;
    low.lines[3].unit = 60.0;
    close(unit.low.npv, project(&low).summary.npv, 1e-6);
    let spread = monte_carlo(&s).expect("ranges");
    assert!(spread.p5 < 853_893.79 && 853_893.79 < spread.p95);
}

#[test]
fn a_groups_draws_with_closed_ranges_are_the_projection() {
    // Ranges closed on their figures: every draw must be the projection's
    // npv, so the draws credit the group exactly as the years do.
    let link = format!(
        "{WORKED}{TELEDERM}&l1.uptake=40&l4.uptake=70&l1.unit.lo=120&l1.unit.hi=120&l4.after.lo=20&l4.after.hi=20&l1.step=100&l1.step_cost=9000&mc=50"
    );
    let s = scenario(&link);
    let r = project(&s);
    let spread = monte_carlo(&s).expect("ranges");
    close(spread.mean, r.summary.npv, 1e-6);
    close(spread.nhs.p50, r.summary.nhs_npv, 1e-6);
    close(spread.primary.p50, r.summary.primary_total, 1e-6);
}

proptest::proptest! {
    /// Any scenario, groups and all, with every range closed on its
    /// figure: each draw is the projection's npv, and the groups' credits
    /// add up to their events.
    #[test]
    fn any_groups_draws_are_the_projection(s in common::arb::arb_scenario()) {
        let mut s = s;
        s.mc = 2;
        for line in &mut s.lines {
            let values: Vec<f64> = line.ranges.iter().map(|r| line.get(r.key)).collect();
            for (r, v) in line.ranges.iter_mut().zip(values) {
                (r.lo, r.hi) = (v, v);
            }
        }
        s.ranges.clear();
        let r = project(&s);
        for g in &r.groups {
            let credited: f64 = g.credits.iter().sum();
            proptest::prop_assert!((credited - g.events).abs() <= 1e-9 * g.events.abs().max(1.0));
        }
        if let Some(spread) = monte_carlo(&s) {
            // Uptake year by year and growth included (issue 33): every
            // figure the draws give is the projection's.
            let close = |a: f64, b: f64| (a - b).abs() <= 1e-6 * b.abs().max(1.0);
            let x = &r.summary;
            proptest::prop_assert!(close(spread.mean, x.npv), "npv {} {}", spread.mean, x.npv);
            proptest::prop_assert!(close(spread.nhs.p50, x.nhs_npv), "nhs {} {}", spread.nhs.p50, x.nhs_npv);
            proptest::prop_assert!(close(spread.primary.p50, x.primary_total), "primary {} {}", spread.primary.p50, x.primary_total);
        }
    }
}

#[test]
fn a_joined_line_writes_with_and_lists_its_shared_inputs_as_unknown() {
    let decoded = decode(&format!(
        "{WORKED}{TELEDERM}&l4.base=30&l4.unit=99&l4.paid=0"
    ));
    assert_eq!(decoded.ignored, ["l4.base", "l4.unit", "l4.paid"]);
    let written = pilot_savings::link::encode(&decoded.draft);
    assert!(
        written.ends_with(
            "&l4.kind=rate&l4.name=Teledermatology&l4.with=1&l4.after=20&l4.annual=12000"
        ),
        "{written}"
    );
    let s = decoded.draft.check().expect("valid");
    assert_eq!(s.lines[3].with, Some(0));
    assert_eq!(
        (s.lines[3].base, s.lines[3].unit),
        (26.0, 120.0),
        "line 1's"
    );
    let back = pilot_savings::model::Draft::from_scenario(&s);
    assert_eq!(pilot_savings::link::encode(&back), written);
}

#[test]
fn the_summary_and_the_csv_say_what_was_counted_once() {
    let s = scenario(&format!("{WORKED}{TELEDERM}"));
    let r = project(&s);
    let text = pilot_savings::export::summary_text(&s, &r, "https://example.org/");
    assert!(text.contains("\nLines that act on the same events\n- Lines 1 and 4 both act on the same events, line 1's (Dermatology): alone they would avoid 800 and 240 a year, together 855.4"), "{text}");
    assert!(
        text.contains("Teledermatology: saves £17,723 a year"),
        "{text}"
    );
    let csv = pilot_savings::export::figures_csv(&s, &r, "https://example.org/");
    let row = csv
        .lines()
        .find(|l| l.starts_with("4,Teledermatology"))
        .expect("line 4");
    assert!(row.contains(",1,240,92.30769230769"), "{row}");
}

#[test]
fn a_joined_line_says_what_it_takes_from_its_events_line() {
    let draft = decode(&format!(
        "{WORKED}{TELEDERM}&l1.step=552&l1.step_cost=30000"
    ))
    .draft;
    let shared = pilot_savings::words::groups::groupings(&draft)[3]
        .shared
        .clone();
    assert_eq!(
        shared.as_deref(),
        Some("26 per 1,000 a year before the pilot, at £120 each, from line 1: Dermatology. Its payment rule and step too: the commissioner stops paying 100% of the saving, and a unit can go for every 552 events a year, saving £30,000 a year.")
    );
    let plain =
        pilot_savings::words::groups::groupings(&decode(&format!("{WORKED}{TELEDERM}")).draft);
    assert!(plain[3]
        .shared
        .as_deref()
        .is_some_and(|s| s
            .ends_with("stops paying 100% of the saving, and 50% of the cost is really saved.")));
    assert_eq!(plain[0].joined_by, [4]);
    assert_eq!(plain[3].joinable, [(1, "Line 1: Dermatology".to_string())]);
}
