//! Lines that act on the same events (SPEC §2.10) on the Lines sheet: each
//! member's reduction r, its share c by the 10-point Gauss–Legendre rule
//! written out term by term, the group's events together as a PRODUCT,
//! and the member's figures from its credit, all formulas over the inputs.

use super::cells::cell;
use super::columns::{
    Cell, ALONE, BREAKEVEN, COST, EVENTS, K, NEXT_STEP, PAID_Y1, REAL, REAL_Y1, RED, SAVING,
    SAVING_Y1, SHARE, SHARE_Y1, STEPS, TOGETHER, TOGETHER_Y1,
};
use super::inputs::line_input;
use crate::format::CANNOT_BREAK_EVEN;
use crate::model::effect::effects;
use crate::model::kind::Kind;
use crate::model::overlap::{baseline, credits, gauss_legendre, groups, reduction, shares, Reach};
use crate::model::{LineResult, Scenario};

/// The first, which line a line joins, is words ("Line 1").
pub const COLUMNS: [(&str, f64); 7] = [
    ("Acts on the same events as line", 12.0),
    ("Reduction on its own (r)", 12.0),
    ("Events avoided on its own (B r)", 14.0),
    ("Its share of its effect, full effect (c)", 14.0),
    ("Its share of its effect, year 1 (c)", 14.0),
    ("Group's events together, full effect", 14.0),
    ("Group's events together, year 1", 14.0),
];

/// Line i's row: line n is on row n.
fn here(i: usize, col: u16) -> String {
    cell(i as u32 + 1, col)
}

/// Line i's (from 0) first year's uptake, as a share.
fn uptake(i: usize) -> String {
    super::columns::uptake(i + 1)
}

/// B, read through the member's own (linked) inputs.
fn baseline_formula(s: &Scenario, i: usize) -> String {
    let input = |k| line_input(i + 1, k);
    match s.lines[i].kind {
        Kind::Rate => format!("pop*{}/1000", input("base")),
        Kind::Count => input("events"),
        _ => input("spend"),
    }
}

fn reduction_formula(s: &Scenario, i: usize) -> String {
    let input = |k| line_input(i + 1, k);
    match s.lines[i].kind {
        Kind::Rate => format!(
            "IF({b}>0,({b}-{})/{b},0)",
            input("after"),
            b = input("base")
        ),
        _ => format!("{}/100", input("pct")),
    }
}

/// c_i = Σ_k w_k Π_{j≠i} (1 − x_k r_j u_j), each term written out.
fn share_formula(members: &[usize], i: usize, with_uptake: bool) -> String {
    let r = |j: usize| {
        if with_uptake {
            format!("{}*{}", here(j, RED), uptake(j))
        } else {
            here(j, RED)
        }
    };
    let terms: Vec<String> = gauss_legendre()
        .iter()
        .map(|(x, w)| {
            let factors: String = members
                .iter()
                .filter(|&&j| j != i)
                .map(|&j| format!("*(1-{x}*{})", r(j)))
                .collect();
            format!("{w}{factors}")
        })
        .collect();
    terms.join("+")
}

fn together_formula(s: &Scenario, members: &[usize], i: usize, with_uptake: bool) -> String {
    let factors: Vec<String> = members
        .iter()
        .map(|&j| {
            if with_uptake {
                format!("1-{}*{}", here(j, RED), uptake(j))
            } else {
                format!("1-{}", here(j, RED))
            }
        })
        .collect();
    format!(
        "{}*(1-PRODUCT({}))",
        baseline_formula(s, i),
        factors.join(",")
    )
}

/// Line i's cells where it is in a group: its own as `cells` has them,
/// with the columns its credit changes written over, their values the
/// model's.
pub fn credit_cells(s: &Scenario, i: usize, r: &LineResult, cells: &mut Vec<Cell>) {
    let Some(members) = groups(s).into_iter().find(|m| m.contains(&i)) else {
        return;
    };
    let year1 = effects(s, Reach::FirstYear)[i];
    let full = effects(s, Reach::Full)[i];
    for (col, formula, value) in member_cells(s, &members, i) {
        let value = value.or(match col {
            SAVING => Some(r.saving),
            SAVING_Y1 => Some(year1.saving),
            REAL => Some(full.real),
            REAL_Y1 => Some(year1.real),
            BREAKEVEN => r.breakeven,
            STEPS => r.steps.map(|st| st.units),
            NEXT_STEP => r.steps.map(|st| st.next),
            _ => None,
        });
        cells.retain(|c| c.0 != col);
        cells.push((col, formula, value));
    }
    let paid = s.lines[i].paid / 100.0;
    if let Some(c) = cells.iter_mut().find(|c| c.0 == PAID_Y1) {
        c.2 = Some(year1.saving * paid);
    }
}

/// The cells of member i of the group `members` (its events' line first):
/// its own group columns, and the Lines columns its credit changes.
fn member_cells(s: &Scenario, members: &[usize], i: usize) -> Vec<Cell> {
    let line = &s.lines[i];
    let j = members.iter().position(|&m| m == i).unwrap_or(0);
    let b = baseline(&s.lines[members[0]], s.pop);
    let rs: Vec<f64> = members.iter().map(|&m| reduction(&s.lines[m])).collect();
    let us: Vec<f64> = members.iter().map(|&m| s.lines[m].uptake / 100.0).collect();
    let ru: Vec<f64> = rs.iter().zip(&us).map(|(r, u)| r * u).collect();
    let (c, c1) = (shares(&rs)[j], shares(&ru)[j]);
    let full = credits(s, members, b, Reach::Full);
    let first = credits(s, members, b, Reach::FirstYear);
    let bf = baseline_formula(s, i);
    let credit = format!("{bf}*{}*{}", here(i, RED), here(i, SHARE));
    let credit_y1 = format!("{bf}*{}*{}*{}", here(i, RED), uptake(i), here(i, SHARE_Y1));
    let unit = line_input(i + 1, "unit");
    let priced = |events: &str| match line.kind {
        Kind::Spend => format!("{K}*({events})"),
        _ => format!("{K}*({events}*{unit})"),
    };
    let mut cells: Vec<Cell> = vec![
        (RED, Some(reduction_formula(s, i)), Some(rs[j])),
        (
            ALONE,
            Some(format!("{bf}*{}", here(i, RED))),
            Some(b * rs[j]),
        ),
        (SHARE, Some(share_formula(members, i, false)), Some(c)),
        (SHARE_Y1, Some(share_formula(members, i, true)), Some(c1)),
        (
            TOGETHER,
            Some(together_formula(s, members, i, false)),
            Some(full.together),
        ),
        (
            TOGETHER_Y1,
            Some(together_formula(s, members, i, true)),
            Some(first.together),
        ),
        (SAVING_Y1, Some(priced(&credit_y1)), None),
    ];
    if line.kind.counts_events() {
        cells.push((EVENTS, Some(credit.clone()), Some(full.credit[j])));
    } else {
        cells.push((SAVING, Some(priced(&credit)), None));
    }
    if line.kind == Kind::Rate {
        let per = format!("{unit}*{K}*{}", here(i, SHARE));
        let rate = format!(
            "{}-{}*1000/(pop*({per}))",
            line_input(i + 1, "base"),
            here(i, COST)
        );
        cells.push((
            BREAKEVEN,
            Some(format!(
                "IF({per}<>0,IF({rate}<0,\"{CANNOT_BREAK_EVEN}\",{rate}),\"\")"
            )),
            None,
        ));
    }
    if line.kind.counts_events() {
        cells.extend(stepped(i, &credit, &credit_y1));
        cells.extend(group_steps(i, j == 0));
    }
    cells
}

/// The group's whole steps and the events to the next, on its events'
/// line; none on the others (SPEC §2.10).
fn group_steps(i: usize, head: bool) -> Vec<Cell> {
    if !head {
        return vec![(STEPS, None, None), (NEXT_STEP, None, None)];
    }
    let step = line_input(i + 1, "step");
    let t = format!("{K}*{}", here(i, TOGETHER));
    vec![
        (
            STEPS,
            Some(format!(
                "IF({step}>0,IF({t}>0,FLOOR({t}/{step}+1E-9,1),0),\"\")"
            )),
            None,
        ),
        (
            NEXT_STEP,
            Some(format!(
                "IF({step}>0,({}+1)*{step}-{t},\"\")",
                here(i, STEPS)
            )),
            None,
        ),
    ]
}

/// Cost really avoided with a step: the group's whole steps, shared out by
/// credit; without one, the share `avoid` of the saving, as on its own.
fn stepped(i: usize, credit: &str, credit_y1: &str) -> Vec<Cell> {
    let input = |k| line_input(i + 1, k);
    let (step, step_cost) = (input("step"), input("step_cost"));
    let real = |together: u16, credit: &str, saving: u16| {
        let t = here(i, together);
        let steps = format!("IF({K}*{t}>0,FLOOR({K}*{t}/{step}+1E-9,1),0)");
        let share = format!("IF({t}>0,{steps}*{step_cost}*({credit})/{t},0)");
        let by_share = format!("{}*({}/100)", here(i, saving), input("avoid"));
        format!("IF({step}>0,{share},{by_share})")
    };
    vec![
        (REAL, Some(real(TOGETHER, credit, SAVING)), None),
        (REAL_Y1, Some(real(TOGETHER_Y1, credit_y1, SAVING_Y1)), None),
    ]
}
