//! SPEC §2.3–2.4 against the worked example of §10 and the edges.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{close, scenario, WORKED};
use pilot_savings::model::{project, Kind, Line, Results, Scenario};

fn results(link: &str) -> Results {
    project(&scenario(link))
}

fn pennies(actual: f64, expected: f64) {
    close(actual, expected, 0.005);
}

/// A scenario of one line with nothing set, to build edge cases from.
fn one_line(kind: Kind, edit: impl FnOnce(&mut Line)) -> Scenario {
    let mut line = Line::new(kind);
    edit(&mut line);
    Scenario {
        lines: vec![line],
        ..Scenario::default()
    }
}

#[test]
fn worked_example_lines() {
    let r = results(WORKED);
    let expected = [
        (Some(800.0), 96_000.0, 52_920.0, 43_080.0, Some(14.975)),
        (None, 230_000.0, 45_000.0, 185_000.0, None),
        (None, 0.0, 40_000.0, -40_000.0, None),
    ];
    assert_eq!(r.lines.len(), 3);
    for (line, (events, saving, cost, net, breakeven)) in r.lines.iter().zip(expected) {
        assert_eq!(line.events.is_some(), events.is_some());
        if let (Some(a), Some(e)) = (line.events, events) {
            pennies(a, e);
        }
        pennies(line.saving, saving);
        pennies(line.cost, cost);
        pennies(line.net, net);
        match (line.breakeven, breakeven) {
            (Some(a), Some(e)) => close(a, e, 1e-9),
            (a, e) => assert_eq!(a, e),
        }
    }
}

#[test]
fn worked_example_years() {
    let r = results(WORKED);
    let dfs = [1.0, 0.966184, 0.933511, 0.901943, 0.871442];
    assert_eq!(r.years.len(), 5);
    for (y, df) in r.years.iter().zip(dfs) {
        pennies(y.gross, 326_000.0);
        pennies(y.cost, 137_920.0);
        pennies(y.net, 188_080.0);
        pennies(y.share, 94_040.0);
        close(y.df, df, 5e-7);
        let reinvest = if y.t == 1 { 0.0 } else { 94_040.0 };
        pennies(y.reinvest, reinvest);
        pennies(y.cum, 188_080.0 * f64::from(y.t));
    }
}

#[test]
fn worked_example_summary() {
    let s = results(WORKED).summary;
    pennies(s.npv, 878_912.74);
    pennies(s.gross_total, 1_630_000.0);
    pennies(s.cost_total, 689_600.0);
    pennies(s.net_total, 940_400.0);
    pennies(s.pv_gross, 1_523_423.82);
    pennies(s.pv_cost, 644_511.08);
    close(s.bcr.unwrap_or(0.0), 2.3637, 5e-5);
    close(s.switching.unwrap_or(0.0), 57.69, 5e-3);
    assert_eq!(s.payback_months, Some(0.0));
    pennies(s.reinvest_total, 376_160.0);
    pennies(s.beyond_horizon, 94_040.0);
    close(s.cost_per_patient, 3.448, 1e-12);
    pennies(s.net_per_1000, 4_702.0);
    pennies(s.cash_total, 940_400.0);
    pennies(s.noncash_total, 0.0);
    assert_eq!(s.scale_npv, None);
}

#[test]
fn scale_is_linear_in_population() {
    let s = results(&format!("{WORKED}&scale=400000")).summary;
    pennies(s.scale_npv.unwrap_or(0.0), 8_789_127.38);
    pennies(s.scale_net_year.unwrap_or(0.0), 1_880_800.0);
}

#[test]
fn payback_inside_a_later_year() {
    // £150k set-up, £100k a year net flow: paid back 6 months into year 2.
    let s = one_line(Kind::Observed, |l| {
        l.saved = 100_000.0;
        l.setup = 150_000.0;
    });
    let r = project(&s);
    close(r.summary.payback_months.unwrap_or(0.0), 18.0, 1e-9);
}

#[test]
fn payback_with_a_slow_first_year() {
    // No set-up but year 1 reaches 0% of the saving while costs run: the
    // position goes negative, then recovers in year 2.
    let s = one_line(Kind::Observed, |l| {
        l.saved = 120_000.0;
        l.annual = 60_000.0;
        l.uptake = 0.0;
    });
    let r = project(&s);
    // After year 1: −60k; year 2 flow +60k a year → 12 more months.
    close(r.summary.payback_months.unwrap_or(0.0), 24.0, 1e-9);
}

#[test]
fn payback_never() {
    let s = one_line(Kind::Observed, |l| {
        l.saved = 10_000.0;
        l.setup = 100_000.0;
    });
    assert_eq!(project(&s).summary.payback_months, None);
}

#[test]
fn negative_net_gives_no_gain_share() {
    let s = one_line(Kind::Cost, |l| l.annual = 20_000.0);
    let r = project(&s);
    for y in &r.years {
        pennies(y.net, -20_000.0);
        pennies(y.share, 0.0);
        pennies(y.retained, -20_000.0);
    }
    assert_eq!(r.summary.switching, None);
    assert_eq!(r.summary.bcr, Some(0.0));
    pennies(r.summary.reinvest_total, 0.0);
}

#[test]
fn lag_zero_spends_the_share_in_the_same_year() {
    let mut s = one_line(Kind::Observed, |l| l.saved = 100_000.0);
    s.lag = 0;
    let r = project(&s);
    pennies(r.summary.reinvest_total, 250_000.0);
    pennies(r.summary.beyond_horizon, 0.0);
    pennies(r.years[0].reinvest, 50_000.0);
}

#[test]
fn lag_three_leaves_three_years_beyond_the_horizon() {
    let mut s = one_line(Kind::Observed, |l| l.saved = 100_000.0);
    s.lag = 3;
    let r = project(&s);
    let reinvest: Vec<f64> = r.years.iter().map(|y| y.reinvest).collect();
    assert_eq!(reinvest, vec![0.0, 0.0, 0.0, 50_000.0, 50_000.0]);
    pennies(r.summary.beyond_horizon, 150_000.0);
}

#[test]
fn lag_longer_than_the_horizon_leaves_everything_beyond_it() {
    let mut s = one_line(Kind::Observed, |l| l.saved = 100_000.0);
    s.lag = 3;
    s.years = 1;
    let r = project(&s);
    pennies(r.summary.reinvest_total, 0.0);
    pennies(r.summary.beyond_horizon, 50_000.0);
}

#[test]
fn after_above_base_is_a_negative_saving_with_a_warning() {
    let s = one_line(Kind::Rate, |l| {
        l.base = 10.0;
        l.after = 12.0;
        l.unit = 100.0;
    });
    let r = project(&s);
    pennies(r.lines[0].saving, -2_000.0);
    assert!(r.lines[0].raises_activity);
    assert_eq!(r.summary.switching, None);
}

#[test]
fn zero_costs_give_no_benefit_cost_ratio() {
    let s = one_line(Kind::Spend, |l| {
        l.spend = 230_000.0;
        l.pct = 50.0;
    });
    let r = project(&s);
    assert_eq!(r.summary.bcr, None);
    pennies(
        r.summary.npv,
        115_000.0
            * (1.0
                + 1.0 / 1.035
                + 1.0 / 1.035f64.powi(2)
                + 1.0 / 1.035f64.powi(3)
                + 1.0 / 1.035f64.powi(4)),
    );
    close(r.summary.switching.unwrap_or(0.0), 100.0, 1e-9);
}

#[test]
fn one_year_and_ten_years() {
    let mut s = one_line(Kind::Count, |l| {
        l.events = 400.0;
        l.pct = 17.0;
        l.unit = 1590.0;
    });
    s.years = 1;
    let r = project(&s);
    assert_eq!(r.years.len(), 1);
    pennies(r.summary.npv, 68.0 * 1590.0);
    s.years = 10;
    let r = project(&s);
    assert_eq!(r.years.len(), 10);
    close(r.years[9].df, 1.035f64.powi(-9), 1e-12);
    pennies(r.summary.net_total, 10.0 * 68.0 * 1590.0);
}

#[test]
fn optimism_bias_inflation_uptake_and_non_cash() {
    let mut s = one_line(Kind::Count, |l| {
        l.events = 400.0;
        l.pct = 17.0;
        l.unit = 1590.0;
        l.uptake = 50.0;
        l.paid = 0.0;
        l.annual = 10_000.0;
    });
    s.ob = 20.0;
    s.infl = 2.0;
    let r = project(&s);
    let full = 0.8 * 68.0 * 1590.0;
    pennies(r.years[0].gross, full * 0.5);
    pennies(r.years[1].gross, full * 1.02);
    pennies(r.years[1].cost, 10_200.0);
    // Nothing is cash-releasing: the costs are all the cash there is.
    pennies(r.years[1].cash, -10_200.0);
    pennies(r.years[1].noncash, full * 1.02);
    pennies(r.years[1].share, 0.0);
    pennies(r.lines[0].saving, full);
}

#[test]
fn empty_scenario_is_all_zero() {
    let r = project(&Scenario::default());
    assert_eq!(r.years.len(), 5);
    assert_eq!(r.summary.npv, 0.0);
    assert_eq!(r.summary.bcr, None);
    assert_eq!(r.summary.payback_months, Some(0.0));
}

/// The fields table is in the order of the key enums: each key finds its
/// own field, and reads back from its link name.
#[test]
fn every_key_names_its_own_field() {
    use pilot_savings::model::keys::{FieldKey, GlobalKey, Input, LineKey};
    let globals: Vec<&str> = GlobalKey::ALL.iter().map(|k| k.name()).collect();
    assert_eq!(
        globals,
        [
            "pop",
            "years",
            "fy",
            "disc",
            "infl",
            "growth",
            "ob",
            "share",
            "hshare",
            "threshold",
            "cap",
            "lag",
            "days",
            "scale",
            "mc",
            "seed"
        ]
    );
    let lines: Vec<&str> = LineKey::ALL.iter().map(|k| k.name()).collect();
    assert_eq!(
        lines,
        [
            "base",
            "after",
            "unit",
            "pilot_months",
            "events",
            "pct",
            "spend",
            "saved",
            "months",
            "paid",
            "avoid",
            "step",
            "step_cost",
            "setup",
            "annual",
            "per_patient",
            "appts",
            "appt_cost",
            "appt_min",
            "uptake",
            "cash"
        ]
    );
    assert_eq!(
        GlobalKey::Scale.field().label,
        "Scale up to a population of"
    );
    assert_eq!(LineKey::Cash.field().label, "Does the saving release cash?");
    for key in GlobalKey::ALL {
        assert_eq!(GlobalKey::parse(key.name()), Some(key));
    }
    for key in LineKey::ALL {
        assert_eq!(LineKey::parse(key.name()), Some(key));
    }
    for name in [
        "name",
        "pop",
        "l2.name",
        "l2.kind",
        "l20.after",
        "l3.after.lo",
        "l1.unit.hi",
        "l4.funder",
        "l4.paid.lo",
    ] {
        let key = FieldKey::parse(name).unwrap_or_else(|| panic!("{name}"));
        assert_eq!(key.to_string(), name);
    }
    for name in [
        "l0.kind",
        "l01.after",
        "l1.cash.lo",
        "l1.pilot_months.hi",
        "l1.colour",
        "x",
        "l1.after.mid",
    ] {
        assert_eq!(FieldKey::parse(name), None, "{name}");
    }
    assert_eq!(
        FieldKey::parse("l3.after.lo"),
        Some(FieldKey::Line(
            3,
            Input::End(LineKey::After, pilot_savings::model::End::Low)
        ))
    );
}
