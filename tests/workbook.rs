//! The workbook (SPEC §5.1), natively: written for every kind of scenario
//! without a panic, hostile names kept as text. Its formulas are
//! recalculated in LibreOffice by the end-to-end tests
//! (tests/e2e/workbook.test.mjs).

use pilot_savings::workbook::{workbook_of_query, Made};

const SPEC_EXAMPLE: &str = "?v=1&name=Bassetlaw%20PCH&pop=40000&l1.kind=rate&l1.name=Dermatology&l1.base=26&l1.after=6&l1.unit=120&l1.appts=6&l1.appt_cost=35&l2.kind=observed&l2.name=Care%20home%20pharmacist&l2.saved=230000&l2.months=12&l2.annual=45000&l3.kind=cost&l3.name=PCH%20running%20costs&l3.per_patient=1";

fn made() -> Made {
    Made {
        link: format!("https://example.nhs.uk/calculator/{SPEC_EXAMPLE}"),
        method: "https://example.nhs.uk/calculator/method.html".into(),
        release: "test".into(),
        date: "2026-12-06".into(),
    }
}

/// The workbook's bytes, written to `$WORKBOOK_OUT/<file>` when that is set
/// (to open it by hand).
fn written(query: &str, file: &str) -> Vec<u8> {
    let bytes = workbook_of_query(query, &made()).expect("a valid scenario gives a workbook");
    if let Ok(dir) = std::env::var("WORKBOOK_OUT") {
        std::fs::write(format!("{dir}/{file}"), &bytes).expect("writable");
    }
    bytes
}

#[test]
fn the_spec_example_gives_a_workbook() {
    let bytes = written(SPEC_EXAMPLE, "spec.xlsx");
    assert_eq!(&bytes[..2], b"PK", "an .xlsx file is a zip");
}

#[test]
fn a_scenario_with_a_problem_says_so_in_words() {
    let why = workbook_of_query("?v=1&pop=abc", &made()).expect_err("a bad population");
    assert!(why.contains("problem"), "{why}");
}

#[test]
fn a_link_longer_than_a_cell_holds_is_named_not_written() {
    let long = Made {
        link: format!("https://example.nhs.uk/?{}", "x".repeat(40_000)),
        ..made()
    };
    let bytes = workbook_of_query(SPEC_EXAMPLE, &long).expect("still a workbook");
    assert_eq!(&bytes[..2], b"PK");
}

#[test]
fn every_example_and_kind_gives_a_workbook() {
    for preset in pilot_savings::presets::PRESETS {
        let query = pilot_savings::link::encode(&preset.draft_at(2026));
        let bytes = written(&query, "preset.xlsx");
        assert_eq!(&bytes[..2], b"PK", "{}", preset.title);
    }
}
