//! Arbitrary valid scenarios, for property tests: every input anywhere
//! within its limits, ranges included.

use pilot_savings::model::equity::{Grad, LineEquity};
use pilot_savings::model::fields::Field;
use pilot_savings::model::keys::{GlobalKey, LineKey};
use pilot_savings::model::kind::Kind;
use pilot_savings::model::overlap::{share_inputs, SHARED_KEYS};
use pilot_savings::model::scenario::{Funder, Range};
use pilot_savings::model::uptake::Ramp;
use pilot_savings::model::{Line, Scenario};
use proptest::prelude::*;

fn value(key: LineKey) -> BoxedStrategy<f64> {
    let f = key.field();
    let (min, max, whole) = (f.min, f.max, f.whole);
    if whole {
        (min as i64..=max as i64).prop_map(|v| v as f64).boxed()
    } else {
        prop_oneof![Just(min), Just(max), min..=max].boxed()
    }
}

pub fn arb_line() -> impl Strategy<Value = Line> {
    let kind = prop::sample::select(Kind::ALL.to_vec());
    let numbers: Vec<BoxedStrategy<f64>> = LineKey::ALL.iter().map(|k| value(*k)).collect();
    let spreads = prop::collection::vec(
        prop::option::of((0.0f64..=1.0, 0.0f64..=1.0)),
        LineKey::ALL.len(),
    );
    let funder = prop::sample::select(Funder::ALL.to_vec());
    (
        kind,
        "[a-zA-Z0-9 &=%+<>\"'£é]{0,80}",
        numbers,
        spreads,
        funder,
        arb_equity(),
        prop::option::of(prop::collection::vec(
            prop_oneof![Just(0.0), Just(100.0), 0.0f64..=100.0],
            1..=9,
        )),
    )
        .prop_map(|(kind, name, numbers, spreads, funder, equity, later)| {
            let mut line = Line::new(kind);
            line.name = name.trim().to_string();
            line.funder = funder;
            if kind.counts_events() {
                line.equity = equity;
            }
            for ((key, v), spread) in LineKey::ALL.into_iter().zip(numbers).zip(spreads) {
                if kind.keys().any(|k| k == key) {
                    line.set(key, v);
                    if let Some(range) = spread.filter(|_| key.can_range()) {
                        line.ranges.push(range_around(key, v, range));
                    }
                }
            }
            // Uptake year by year (SPEC §2.2) has no range.
            if let Some(later) = later {
                line.ramp = Ramp { later };
                line.ranges.retain(|r| r.key != LineKey::Uptake);
            }
            // Ranges are kept in the order the form shows the inputs.
            line.ranges
                .sort_by_key(|r| kind.keys().position(|k| k == r.key));
            line
        })
}

/// A gradient of either form and whether a fall is a gain in health (a
/// reach can take a fifth's rate below 0, so tests give it by hand).
fn arb_equity() -> impl Strategy<Value = LineEquity> {
    let grad = prop_oneof![
        Just(Grad::default()),
        (0.1f64..=10.0).prop_map(Grad::Ratio),
        prop::array::uniform5(0.1f64..=5.0).prop_map(Grad::Rates),
    ];
    (grad, any::<bool>()).prop_map(|(grad, health)| LineEquity {
        grad,
        reach: None,
        health,
    })
}

/// Shares of the IMD fifths in whole %, adding up to 100.
fn arb_imd() -> impl Strategy<Value = [f64; 5]> {
    prop::array::uniform4(0u32..=100).prop_map(|mut cuts| {
        cuts.sort_unstable();
        let at = [0, cuts[0], cuts[1], cuts[2], cuts[3], 100];
        std::array::from_fn(|q| f64::from(at[q + 1] - at[q]))
    })
}

/// A range that holds `v`, a share of the way to each limit (the limits
/// themselves for whole numbers).
fn range_around(key: LineKey, v: f64, (down, up): (f64, f64)) -> Range {
    let f: &Field = key.field();
    let (lo, hi) = if f.whole {
        (f.min, f.max)
    } else {
        (v - down * (v - f.min), v + up * (f.max - v))
    };
    Range {
        key,
        lo: lo.max(f.min).min(v),
        hi: hi.min(f.max).max(v),
    }
}

pub fn arb_scenario() -> impl Strategy<Value = Scenario> {
    (
        "[^\u{0}]{0,120}",
        1u32..=100_000_000,
        1u32..=10,
        (
            0.0f64..=20.0,
            -10.0f64..=20.0,
            0.0f64..=100.0,
            0u32..=3,
            prop_oneof![Just(0.0), -5.0f64..=10.0],
        ),
        (
            1.0f64..=366.0,
            2000i32..=2100,
            prop::option::of(1u32..=100_000_000),
            0.0f64..=100.0,
        ),
        prop::collection::vec(arb_line(), 0..=20),
        (0u32..=100_000, 0u64..=4_294_967_295),
        (
            0.0f64..=1.0,
            prop_oneof![Just(0.0), 0.0f64..=1e9],
            prop::option::of(0.0f64..=1e9),
            prop::option::of((0.0f64..=1.0, 0.0f64..=1.0)),
            prop::option::of((0.0f64..=1.0, 0.0f64..=1.0)),
        ),
        prop::collection::vec(prop::option::of(0usize..20), 20),
        arb_imd(),
    )
        .prop_map(
            |(
                name,
                pop,
                years,
                (disc, infl, share, lag, growth),
                (days, fy, scale, ob),
                lines,
                (mc, seed),
                (hshare, threshold, cap, threshold_range, cap_range),
                joins,
                imd,
            )| {
                let mut lines = lines;
                join_some(&mut lines, &joins);
                let mut ranges = Vec::new();
                if let Some(spread) = threshold_range {
                    ranges.push(global_range(GlobalKey::Threshold, threshold, spread));
                }
                if let (Some(cap), Some(spread)) = (cap, cap_range) {
                    ranges.push(global_range(GlobalKey::Cap, cap, spread));
                }
                Scenario {
                    name: name.trim().to_string(),
                    pop: f64::from(pop),
                    years,
                    disc,
                    infl,
                    growth,
                    share,
                    lag,
                    days,
                    fy,
                    scale: scale.map(f64::from),
                    ob,
                    mc,
                    seed,
                    lines,
                    // share + hshare ≤ 100 (SPEC §2.6).
                    hshare: hshare * (100.0 - share),
                    threshold,
                    cap,
                    ranges,
                    imd,
                }
            },
        )
}

fn global_range(key: GlobalKey, v: f64, (down, up): (f64, f64)) -> Range<GlobalKey> {
    let f = key.field();
    Range {
        key,
        lo: (v - down * (v - f.min)).max(f.min).min(v),
        hi: (v + up * (f.max - v)).min(f.max).max(v),
    }
}

/// Lines that act on the same events (SPEC §2.10): line i joins line
/// `joins[i]` where that is allowed, its shared inputs then its events'
/// line's, as a checked scenario has them.
fn join_some(lines: &mut [Line], joins: &[Option<usize>]) {
    for i in 0..lines.len() {
        let Some(m) = joins[i].filter(|&m| m < lines.len() && m != i) else {
            continue;
        };
        let kind_joins = matches!(lines[i].kind, Kind::Rate | Kind::Count | Kind::Spend);
        let has_members = lines.iter().any(|l| l.with == Some(i));
        if kind_joins && lines[m].kind == lines[i].kind && lines[m].with.is_none() && !has_members {
            lines[i].with = Some(m);
            lines[i].equity.grad = Grad::default();
            lines[i].ranges.retain(|r| !SHARED_KEYS.contains(&r.key));
        }
    }
    let mut s = Scenario {
        lines: lines.to_vec(),
        ..Scenario::default()
    };
    share_inputs(&mut s);
    lines.clone_from_slice(&s.lines);
}
