//! The examples of SPEC §1, the national unit costs and their index, and
//! the payment rules of SPEC §2.6.1.
#![cfg(not(target_arch = "wasm32"))]

use pilot_savings::model::fields::{PaymentRule, PAYMENT_RULES};
use pilot_savings::model::project;
use pilot_savings::model::LineKey;
use pilot_savings::presets::{example_title, starting_example, PRESETS, STARTING_TITLE};
use pilot_savings::unit_costs::{matching, suggestions_for, UNIT_COSTS};
use pilot_savings::words::costs::{offer, source_sentence};

fn preset(id: &str) -> &'static pilot_savings::presets::Preset {
    PRESETS.iter().find(|p| p.id == id).expect("a preset")
}

fn savings(id: &str, fy: i32) -> Vec<f64> {
    let s = preset(id).draft_at(fy).check().expect("valid");
    project(&s).lines.iter().map(|l| l.saving).collect()
}

#[test]
fn every_example_opens_without_an_error_in_any_first_year() {
    for fy in [2005, 2017, 2023, 2026, 2031] {
        for preset in PRESETS {
            let scenario = match preset.draft_at(fy).check() {
                Ok(s) => s,
                Err(e) => panic!("{} in {fy}: {e:?}", preset.id),
            };
            assert_eq!(scenario.lines.len(), preset.lines.len(), "{}", preset.id);
            assert_eq!(scenario.fy, fy);
            assert!(!scenario.name.is_empty(), "{}", preset.id);
            assert_eq!(example_title(&preset.draft_at(fy)), Some(preset.title));
        }
    }
}

#[test]
fn examples_save_what_their_pilots_did_at_the_first_years_prices() {
    // 10,000 people × 20 fewer first outpatient attendances per 1,000, at
    // £232.07 (2023/24 prices) and £254.21 (2026/27: × 105.31 / 96.14).
    assert_eq!(savings("dermatology", 2023), [46_414.0]);
    assert!((savings("dermatology", 2026)[0] - 50_842.0).abs() < 1e-6);
    let derm = preset("dermatology").draft_at(2026).check().expect("valid");
    assert_eq!(
        derm.lines[0].paid, 100.0,
        "first attendances are paid per case"
    );
    // A GP appointment: £48 at 2024/25 prices is £50.55 at 2026/27's.
    assert_eq!(derm.lines[0].appt_cost, 50.55);
    assert_eq!(savings("pharmacist", 2026), [230_000.0]);
    // £130,000 in six months is £260,000 a year, as capacity not cash.
    assert_eq!(savings("admissions", 2026), [260_000.0]);
    let all = preset("neighbourhood")
        .draft_at(2026)
        .check()
        .expect("valid");
    assert_eq!(all.pop, 40_000.0);
    // Admissions under a fixed payment: none of it stops being paid, half
    // of it is cost the hospital really avoids.
    assert_eq!((all.lines[2].paid, all.lines[2].avoid), (0.0, 50.0));
    // The dermatology clinic's months are counted for 10,000 people: not
    // carried to 40,000.
    assert!(all.lines[0].series.is_none());
    // £1 per patient a year for the network: £40,000, no start-up.
    assert_eq!((all.lines[4].per_patient, all.lines[4].setup), (1.0, 0.0));
    // MSK: about £2 back for every £1 at 2026/27 prices.
    assert_eq!((all.lines[3].base, all.lines[3].after), (28.0, 20.0));
    let msk = project(&preset("msk").draft_at(2026).check().expect("valid"));
    assert!((msk.lines[0].saving / msk.lines[0].cost - 2.097).abs() < 0.001);
}

#[test]
fn the_starting_example_starts_in_the_year_given_and_is_still_known_as_itself() {
    let draft = starting_example(2026);
    assert_eq!(draft.first_year(), 2026);
    assert_eq!(example_title(&draft), Some(STARTING_TITLE));
    // Issue 29: the pilots' own figures at today's national costs, under a
    // neutral name; the words of 2026.
    let s = draft.check().expect("valid");
    assert_eq!(s.name, "Example neighbourhood, 40,000 people");
    assert_eq!((s.pop, s.lines.len()), (40_000.0, 3));
    assert_eq!((s.lines[0].base, s.lines[0].after), (26.0, 6.0));
    assert_eq!((s.lines[0].unit, s.lines[0].appt_cost), (254.21, 50.55));
    assert_eq!(s.lines[1].saved, 230_000.0);
    assert_eq!(s.lines[2].name, "Network running costs");
    assert!(!STARTING_TITLE.contains("Bassetlaw"));
    assert_eq!(
        STARTING_TITLE.matches("Primary Care Home").count(),
        1,
        "the older name once, for readers of older papers"
    );
    for p in PRESETS {
        assert!(!p.title.contains("Primary Care Home"), "{}", p.title);
        assert!(
            !p.about().contains("Primary Care Home")
                || p.about().matches("Primary Care Home").count() == 1,
            "{}",
            p.id
        );
    }
    // An autosave of an earlier release's starting example, without a
    // first year: still an example, nobody's work.
    let old = pilot_savings::link::decode(pilot_savings::presets::EARLIER_STARTING).draft;
    assert_eq!(old.first_year(), 2017);
    assert!(example_title(&old).is_some_and(|t| t.contains("earlier releases")));
    assert!(pilot_savings::presets::is_starting_example(&old));
}

/// UNIT_COSTS.md's index, copied by hand: 2024/25 = 100.
const INDEX: [(i32, f64); 15] = [
    (2012, 74.59),
    (2013, 76.14),
    (2014, 77.22),
    (2015, 77.52),
    (2016, 79.14),
    (2017, 80.13),
    (2018, 81.41),
    (2019, 83.15),
    (2020, 85.22),
    (2021, 87.42),
    (2022, 93.82),
    (2023, 96.14),
    (2024, 100.00),
    (2025, 103.24),
    (2026, 105.31),
];

fn index(year: i32) -> f64 {
    INDEX
        .iter()
        .find(|(y, _)| *y == year)
        .expect("in the index")
        .1
}

#[test]
fn every_unit_cost_is_brought_to_the_first_years_prices_by_the_index() {
    assert_eq!(UNIT_COSTS.len(), 18);
    for c in UNIT_COSTS {
        assert!(c.pounds > 0.0 && !c.source().is_empty(), "{}", c.id);
        for fy in [2012, 2017, 2020, 2023, 2025, 2026] {
            let want = (c.pounds * index(fy) / index(c.year) * 100.0).round() / 100.0;
            let got = c.at_prices(fy, 60.0);
            let per_hour = if c.id.ends_with("-minute") { 60.0 } else { 1.0 };
            let want = if per_hour > 1.0 {
                (c.pounds * 60.0 * index(fy) / index(c.year) * 100.0).round() / 100.0
            } else {
                want
            };
            assert_eq!((got.pounds, got.year), (want, fy), "{} in {fy}", c.id);
        }
        // After the index: its last year; before it: the published figure.
        assert_eq!(c.at_prices(2031, 60.0), c.at_prices(2026, 60.0), "{}", c.id);
        assert_eq!(c.at_prices(2011, 60.0), c.published(60.0), "{}", c.id);
        assert_eq!(c.at_prices(c.year, 60.0), c.published(60.0), "{}", c.id);
    }
    let op = UNIT_COSTS.iter().find(|c| c.id == "op-attend").expect("op");
    // UNIT_COSTS.md's own example.
    assert_eq!(op.at_prices(2026, 10.0).pounds, 216.72);
    assert_eq!(
        offer(op, 2026, 10.0).prices,
        "£197.85 at 2023/24 prices; £216.72 at 2026/27 prices."
    );
    assert!(offer(op, 2026, 10.0)
        .source
        .contains("weighted by activity"));
    assert_eq!(
        offer(op, 2030, 10.0).prices,
        "£197.85 at 2023/24 prices; £216.72 at 2026/27 prices. The index stops at 2026/27: later years are not in it, so 2030/31 is at 2026/27 prices."
    );
    assert!(offer(op, 2010, 10.0).prices.starts_with(
        "£197.85 at 2023/24 prices. The index starts at 2012/13, after your first year, 2010/11"
    ));
    assert_eq!(offer(op, 2023, 10.0).prices, "£197.85 at 2023/24 prices.");
    // A nurse's hour, for a 10-minute appointment: £9.50, £10.00 in 2026/27.
    let nurse = UNIT_COSTS
        .iter()
        .find(|c| c.id == "nurse-hour")
        .expect("nurse");
    assert_eq!(
        offer(nurse, 2026, 10.0).prices,
        "£57 an hour: a 10-minute appointment, £9.50 at 2024/25 prices; £10 at 2026/27 prices."
    );
}

#[test]
fn either_figure_of_a_suggestion_is_known_as_national_and_a_users_own_is_not() {
    let (c, at) = matching(LineKey::Unit, 216.72, 2026, 10.0).expect("uplifted");
    assert_eq!((c.id, at.year), ("op-attend", 2026));
    let (c, at) = matching(LineKey::Unit, 197.85, 2026, 10.0).expect("published");
    assert_eq!((c.id, at.year), ("op-attend", 2023));
    let (text, now) = source_sentence(c, at, 2026, 10.0);
    assert_eq!(now.map(|p| p.pounds), Some(216.72), "one step to 2026/27");
    assert!(
        text.contains("at 2023/24 prices. At the prices of 2026/27, it is £216.72."),
        "{text}"
    );
    let (_, at) = matching(LineKey::Unit, 216.72, 2026, 10.0).expect("uplifted");
    let (text, now) = source_sentence(c, at, 2026, 10.0);
    assert_eq!(now, None);
    assert!(
        text.ends_with(
            "£197.85 at 2023/24 prices, brought to 2026/27 prices by the NHS Cost Inflation Index."
        ),
        "{text}"
    );
    // The old Reference Costs' £120 is now a figure of the user's own.
    assert_eq!(matching(LineKey::Unit, 120.0, 2026, 10.0), None);
    assert_eq!(matching(LineKey::Unit, 120.0, 2016, 10.0), None);
    assert_eq!(
        matching(LineKey::ApptCost, 216.72, 2026, 10.0),
        None,
        "an appointment is not an outpatient attendance"
    );
    let (c, _) = matching(LineKey::ApptCost, 10.0, 2026, 10.0).expect("a nurse's 10 minutes");
    assert_eq!(c.id, "nurse-hour");
    // UNIT_COSTS.md's rows of 2026: a first contact physiotherapist's hour,
    // GP-led telephone triage, and a network's core funding per patient;
    // the 2013 telephone consultation and home visit and the 2016/17
    // start-up figure are no longer offered.
    assert!(suggestions_for(LineKey::Setup).is_empty());
    let ids = |key| {
        suggestions_for(key)
            .iter()
            .map(|c| c.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(LineKey::PerPatient), ["pcn-core"]);
    assert!(ids(LineKey::ApptCost).contains(&"fcp-hour"));
    assert!(ids(LineKey::ApptCost).contains(&"gp-phone-triage"));
    assert_eq!(suggestions_for(LineKey::ApptCost).len(), 6);
    assert_eq!(suggestions_for(LineKey::Unit).len(), 13);
    for gone in ["gp-phone", "gp-home", "pch-start"] {
        assert!(UNIT_COSTS.iter().all(|c| c.id != gone), "{gone}");
    }
    assert!(suggestions_for(LineKey::Annual).is_empty());
    // The excess bed day is no longer published: not offered.
    assert!(UNIT_COSTS.iter().all(|c| !c.what().contains("bed day")));
}

#[test]
fn the_payment_rules_are_those_of_2026_and_the_proposal_says_so() {
    let paid: Vec<f64> = PAYMENT_RULES.iter().map(|r| r.paid).collect();
    assert_eq!(paid, [100.0, 0.0, 20.0]);
    for r in PAYMENT_RULES {
        assert!(r.source.contains("NHS Payment Scheme"), "{}", r.label);
        assert_eq!(r.proposed, r.label.contains("proposed"), "{}", r.label);
        assert_eq!(r.proposed, r.applies.contains("Proposed"), "{}", r.label);
        assert!(!r.applies.contains("tariff") && !r.applies.contains("CCG"));
    }
    assert!(PaymentRule::of(20.0).expect("UEC").proposed);
    // Earlier releases' 50% below plan: "another %" now.
    assert_eq!(PaymentRule::of(50.0), None);
    assert_eq!(PaymentRule::of(100.0).map(|r| r.paid), Some(100.0));
}

/// The method page is made from `docs/model.md`: it must say what the
/// calculator does, figure for figure.
#[test]
fn the_method_document_lists_every_cost_index_year_and_payment_rule() {
    use pilot_savings::format::{financial_year, price};
    use pilot_savings::unit_costs::{Per, INDEX};
    let doc = include_str!("../docs/model.md");
    for c in UNIT_COSTS {
        let per = match c.per {
            Per::Each => "",
            Per::Minute => " a minute",
            Per::Hour => " an hour",
        };
        let computed = if c.computed { " (computed)" } else { "" };
        // A price of time at 2026/27 prices, per minute or hour.
        let unit = if c.per == Per::Hour { 60.0 } else { 1.0 };
        let row = format!(
            "| {}{computed} | {}{per} | {} | {}{per} | {} |",
            c.what(),
            price(c.pounds),
            c.price_year(),
            price(c.at_prices(2026, unit).pounds),
            c.source()
        );
        assert!(doc.contains(&row), "docs/model.md lacks {row}");
    }
    for (year, index) in INDEX {
        let row = format!("| {} | {index:.2} |", financial_year(year, 1));
        assert!(doc.contains(&row), "docs/model.md lacks {row}");
    }
    for r in PAYMENT_RULES {
        let status = if r.proposed { "proposed" } else { "in force" };
        let row = format!(
            "| {} | {} | {} | {status} | {} |",
            r.paid, r.label, r.applies, r.source
        );
        assert!(doc.contains(&row), "docs/model.md lacks {row}");
    }
}
