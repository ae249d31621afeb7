//! The examples of SPEC §1 and the unit costs of UNIT_COSTS.md.
#![cfg(not(target_arch = "wasm32"))]

use pilot_savings::model::project;
use pilot_savings::model::LineKey;
use pilot_savings::presets::PRESETS;
use pilot_savings::unit_costs::{matching, suggestions_for, UNIT_COSTS};

#[test]
fn every_example_opens_without_an_error_and_saves_what_its_pilot_did() {
    for preset in PRESETS {
        let scenario = match preset.draft().check() {
            Ok(s) => s,
            Err(e) => panic!("{}: {e:?}", preset.id),
        };
        assert_eq!(scenario.lines.len(), preset.lines.len(), "{}", preset.id);
        assert!(!scenario.name.is_empty(), "{}", preset.id);
    }
    let saving = |id: &str| {
        let preset = PRESETS.iter().find(|p| p.id == id).expect("a preset");
        let s = preset.draft().check().expect("valid");
        project(&s)
            .lines
            .iter()
            .map(|l| l.saving)
            .collect::<Vec<_>>()
    };
    // 10,000 people × 20 fewer referrals per 1,000 × £120.
    assert_eq!(saving("dermatology"), [24_000.0]);
    assert_eq!(saving("pharmacist"), [230_000.0]);
    // £130,000 in six months is £260,000 a year, as capacity not cash.
    assert_eq!(saving("admissions"), [260_000.0]);
    // A rate line: 10,000 people × 8 fewer referrals per 1,000 × £120.
    assert!((saving("msk")[0] - 9_600.0).abs() < 1e-6);
    assert_eq!(saving("pch"), [0.0]);
    let pch = PRESETS
        .iter()
        .find(|p| p.id == "pch-40000")
        .expect("combined");
    let s = pch.draft().check().expect("valid");
    assert_eq!(s.pop, 40_000.0);
    // Admissions under a block contract: none of it stops being paid, half
    // of it is cost the hospital really avoids.
    assert_eq!((s.lines[2].paid, s.lines[2].avoid), (0.0, 50.0));
    let r = project(&s);
    // The running costs: £1 a patient and £40,000 to start.
    assert_eq!(r.lines[4].cost, 40_000.0);
    assert_eq!(r.years[0].cost - r.years[1].cost, 40_000.0);
    // MSK: referrals per 1,000 before and after, about £2 back for every £1.
    assert_eq!(s.lines[3].kind, pilot_savings::model::Kind::Rate);
    assert_eq!((s.lines[3].base, s.lines[3].after), (28.0, 20.0));
    assert!((r.lines[3].saving / r.lines[3].cost - 2.087).abs() < 0.001);
}

#[test]
fn every_unit_cost_names_its_source_and_price_year() {
    assert_eq!(UNIT_COSTS.len(), 13);
    for c in UNIT_COSTS {
        assert!(c.pounds > 0.0 && !c.source.is_empty(), "{}", c.id);
        assert!(c.price_year.starts_with(&c.year.to_string()), "{}", c.id);
    }
    let op = matching(LineKey::Unit, 120.0).expect("outpatient attendance");
    assert_eq!(
        op.describe(),
        "Outpatient attendance, all specialties: £120, NHS Reference Costs 2016/17; price year 2016/17"
    );
    assert!(op.older_than(2017) && !op.older_than(2016));
    assert_eq!(
        matching(LineKey::Unit, 68.3).map(|c| c.id),
        Some("ooh-case")
    );
    assert_eq!(
        matching(LineKey::ApptCost, 120.0),
        None,
        "an appointment is not an outpatient attendance"
    );
    assert_eq!(suggestions_for(LineKey::Setup).len(), 1);
    assert_eq!(suggestions_for(LineKey::ApptCost).len(), 5);
    assert_eq!(suggestions_for(LineKey::Unit).len(), 12);
    assert!(suggestions_for(LineKey::Annual).is_empty());
}
