//! Keeping work (SPEC §5): the stored format and its versions, the JSON
//! file, the CSV file, the summary text and the embed snippet.
#![cfg(not(target_arch = "wasm32"))]

use pilot_savings::document;
use pilot_savings::export::{figures_csv, file_name, iframe_snippet, summary_text};
use pilot_savings::keep::{
    aside_key, keep_autosave, read_autosave, read_saved, show_time, unique_name, write_autosave,
    write_saved, Saved, Stored, Unreadable,
};
use pilot_savings::link::{decode, encode};
use pilot_savings::model::project;
use proptest::prelude::*;

/// SPEC §10's worked example, frozen.
const EXAMPLE: &str = "?v=1&name=Bassetlaw%20PCH&pop=40000&l1.kind=rate&l1.name=Dermatology&l1.base=26&l1.after=6&l1.unit=120&l1.appts=6&l1.appt_cost=35&l2.kind=observed&l2.name=Care%20home%20pharmacist&l2.saved=230000&l2.months=12&l2.annual=45000&l3.kind=cost&l3.name=PCH%20running%20costs&l3.per_patient=1";

fn saved(name: &str, query: &str) -> Saved {
    Saved {
        name: name.into(),
        saved_at: "2026-11-23T10:04".into(),
        query: query.into(),
    }
}

/// Values as version 1 writes them. Frozen: a later release must still
/// read these, through a migration if the format changes.
const STORED_V1_AUTOSAVE: &str = r#"{"version":1,"saved_at":"2026-11-23T10:04","query":"v=1&pop=30000&l1.kind=cost&l1.annual=5000"}"#;
const STORED_V1_SAVED: &str = r#"{"version":1,"scenarios":[{"name":"Bassetlaw","saved_at":"2026-11-23T10:04","query":"v=1&pop=40000"},{"name":"<b>x</b>","saved_at":"2026-11-24T09:00","query":""}]}"#;

#[test]
fn version_1_values_read_back() {
    assert_eq!(
        read_autosave(Some(STORED_V1_AUTOSAVE)),
        Stored::Read("v=1&pop=30000&l1.kind=cost&l1.annual=5000".to_string())
    );
    let Stored::Read(list) = read_saved(Some(STORED_V1_SAVED)) else {
        panic!("saved list not read");
    };
    assert_eq!(list.len(), 2);
    assert_eq!(list[0], saved("Bassetlaw", "v=1&pop=40000"));
    assert_eq!(list[1].name, "<b>x</b>");
}

#[test]
fn what_is_written_reads_back() {
    let written = write_autosave(EXAMPLE, "2026-11-23T10:04");
    assert_eq!(read_autosave(Some(&written)), Stored::Read(EXAMPLE.into()));
    let list = vec![saved("A \"quoted\" name", EXAMPLE), saved("B", "v=1")];
    assert_eq!(read_saved(Some(&write_saved(&list))), Stored::Read(list));
    assert_eq!(read_saved(Some(&write_saved(&[]))), Stored::Read(vec![]));
}

#[test]
fn nothing_stored_is_missing() {
    assert_eq!(read_autosave(None), Stored::Missing);
    assert_eq!(read_saved(None), Stored::Missing);
}

#[test]
fn corrupted_values_are_unreadable() {
    for raw in [
        "",
        "not json",
        "{\"version\":1",
        "[]",
        "{}",
        "{\"version\":\"1\",\"query\":\"v=1\"}",
        "{\"version\":0,\"query\":\"v=1\"}",
        "{\"version\":1,\"query\":5}",
    ] {
        assert_eq!(
            read_autosave(Some(raw)),
            Stored::Unreadable(Unreadable::Corrupt),
            "{raw}"
        );
    }
    // One broken entry makes the list unreadable, so saving cannot drop it.
    let one_broken =
        r#"{"version":1,"scenarios":[{"name":"A","saved_at":"x","query":"v=1"},{"name":"B"}]}"#;
    assert_eq!(
        read_saved(Some(one_broken)),
        Stored::Unreadable(Unreadable::Corrupt)
    );
}

#[test]
fn a_later_version_is_not_read() {
    let later = r#"{"version":2,"query":"v=2&pop=1","extra":{"mc":1}}"#;
    assert_eq!(
        read_autosave(Some(later)),
        Stored::Unreadable(Unreadable::Future(2))
    );
    let later_list = r#"{"version":7,"scenarios":[]}"#;
    assert_eq!(
        read_saved(Some(later_list)),
        Stored::Unreadable(Unreadable::Future(7))
    );
}

#[test]
fn unreadable_values_are_kept_aside_under_a_free_key() {
    let taken = ["k:unreadable", "k:unreadable-2"];
    assert_eq!(aside_key("k", |_| false).as_deref(), Some("k:unreadable"));
    assert_eq!(
        aside_key("k", |k| taken.contains(&k)).as_deref(),
        Some("k:unreadable-3")
    );
}

/// A storage that reports a value for every key: a bounded search that
/// gives up, rather than a page that hangs before it draws.
#[test]
fn a_storage_that_answers_every_key_does_not_hang() {
    let asked = std::cell::Cell::new(0);
    let found = aside_key("k", |_| {
        asked.set(asked.get() + 1);
        true
    });
    assert_eq!(found, None);
    assert_eq!(asked.get(), pilot_savings::keep::TRIES);
}

/// 10,000 clashing names: linear-ish, and the first free number.
#[test]
fn ten_thousand_clashing_names_find_a_free_one_quickly() {
    let mut list = vec![saved("Plan", "v=1")];
    list.extend((2..=10_000).map(|n| saved(&format!("Plan ({n})"), "v=1")));
    let start = std::time::Instant::now();
    assert_eq!(unique_name(&list, "Plan"), "Plan (10001)");
    assert_eq!(unique_name(&list[..5_000], "Plan"), "Plan (5001)");
    let took = start.elapsed();
    assert!(took.as_millis() < 100, "{took:?}");
}

#[test]
fn saving_never_replaces_another_scenario() {
    let list = vec![saved("Plan", "a"), saved("Plan (2)", "b")];
    assert_eq!(unique_name(&list, "Plan"), "Plan (3)");
    assert_eq!(unique_name(&list, "Other"), "Other");
}

#[test]
fn opening_a_link_keeps_unsaved_autosaved_work() {
    let mut list = vec![saved("Mine", "v=1&pop=2")];
    let now = "2026-11-23T10:04";
    // Already saved, the same as the link, or nothing: nothing to keep.
    assert_eq!(
        keep_autosave(&mut list, "v=1&pop=2", "v=1", "Mine", now),
        None
    );
    assert_eq!(keep_autosave(&mut list, "v=1", "v=1", "X", now), None);
    assert_eq!(keep_autosave(&mut list, "", "v=1", "X", now), None);
    assert_eq!(list.len(), 1);
    let kept = keep_autosave(&mut list, "v=1&pop=3", "v=1", "Draft", now);
    assert_eq!(kept.as_deref(), Some("Draft (kept 23 Nov 2026, 10:04)"));
    assert_eq!(list[1].query, "v=1&pop=3");
}

#[test]
fn times_read_as_people_write_them() {
    assert_eq!(show_time("2026-11-23T10:04"), "23 Nov 2026, 10:04");
    assert_eq!(show_time("2027-01-05T00:00:00"), "5 Jan 2027, 00:00");
    assert_eq!(show_time("garbage"), "garbage");
    assert_eq!(show_time("2026-13-01T00:00"), "2026-13-01T00:00");
}

#[test]
fn json_file_round_trips_the_scenario() {
    let draft = decode(EXAMPLE).draft;
    let file = document::export(&draft);
    assert!(file.contains("\"format\": \"pilot-savings-calculator\""));
    assert!(
        file.contains("\"pop\": 40000"),
        "numbers as numbers: {file}"
    );
    assert!(file.contains("\"name\": \"Dermatology\""));
    let imported = document::import(&file).expect("our own file imports");
    assert_eq!(imported.draft.check(), draft.check());
    assert!(imported.ignored.is_empty());
    assert_eq!(encode(&imported.draft), encode(&draft));
}

#[test]
fn json_file_keeps_bad_values_and_reports_them_like_a_link() {
    let link = "v=1&pop=abc&l1.kind=rate&l1.after=-5&l1.name=2024";
    let file = document::export(&decode(link).draft);
    assert!(file.contains("\"pop\": \"abc\""));
    assert!(
        file.contains("\"name\": \"2024\""),
        "names stay text: {file}"
    );
    let from_file = document::import(&file).expect("imports").draft.check();
    let from_link = decode(link).draft.check();
    assert_eq!(from_file, from_link);
    assert!(from_link.is_err());
}

#[test]
fn json_file_written_by_hand_is_read_leniently() {
    let file = r#"{"format":"pilot-savings-calculator","version":1,"scenario":{
        "pop":"40,000","share":null,"colour":"blue","lines":[
        {"kind":"cost","annual":45000.5,"cash":true,"setup":[1,2]}, "oops"]}}"#;
    let decoded = document::import(file).expect("imports");
    let scenario = decoded.draft.check().expect("valid");
    assert_eq!(scenario.pop, 40_000.0);
    assert_eq!(scenario.share, 50.0);
    assert_eq!(scenario.lines[0].annual, 45_000.5);
    let mut ignored = decoded.ignored.clone();
    ignored.sort();
    assert_eq!(ignored, ["colour", "l1.setup", "lines[2]"]);
}

#[test]
fn broken_or_foreign_files_are_refused_with_a_reason() {
    let cases = [
        ("", "not a JSON scenario file"),
        ("<script>alert(1)</script>", "not a JSON scenario file"),
        (
            "{\"format\":\"other\",\"scenario\":{}}",
            "not a scenario from this calculator",
        ),
        ("[1,2,3]", "not a scenario from this calculator"),
        (
            "{\"format\":\"pilot-savings-calculator\"}",
            "not a scenario from this calculator",
        ),
        (
            "{\"format\":\"pilot-savings-calculator\",\"scenario\":[]}",
            "not a scenario from this calculator",
        ),
    ];
    for (file, says) in cases {
        let message = document::import(file).expect_err(file);
        assert!(message.contains(says), "{file}: {message}");
        assert!(message.ends_with("Nothing was changed."));
    }
    let deep = "[".repeat(100_000);
    assert!(document::import(&deep).is_err());
    let huge = format!(
        "{{\"format\":\"pilot-savings-calculator\",\"scenario\":{{\"name\":\"{}\"}}}}",
        "x".repeat(document::MAX_BYTES)
    );
    assert!(document::import(&huge)
        .expect_err("too big")
        .contains("larger than 1 MB"));
}

#[test]
fn a_file_from_a_later_version_is_noticed_like_a_link() {
    let file = r#"{"format":"pilot-savings-calculator","version":2,"scenario":{"pop":5000}}"#;
    let decoded = document::import(file).expect("imports");
    assert_eq!(decoded.newer_version.as_deref(), Some("2"));
    assert_eq!(decoded.draft.check().expect("valid").pop, 5000.0);
}

/// Issue 29: a break-even the page calls "Cannot break even" is said so in
/// the CSV, not written as a negative rate.
#[test]
fn the_csv_says_a_line_cannot_break_even_as_the_page_does() {
    let costly = format!("{EXAMPLE}&l1.annual=500000");
    let scenario = decode(&costly).draft.check().expect("valid");
    let results = project(&scenario);
    assert!(results.lines[0].breakeven.is_some_and(|b| b < 0.0));
    let csv = figures_csv(&scenario, &results, "https://example.nhs.uk/calc/?v=1");
    let derm = csv
        .split("\r\n")
        .find(|r| r.starts_with("1,Dermatology,rate,"))
        .expect("line 1");
    assert_eq!(derm.split(',').nth(8), Some("Cannot break even"), "{derm}");
}

#[test]
fn csv_holds_what_an_analyst_needs_for_excel() {
    let setup = format!("{EXAMPLE}&l1.setup=5000&scale=250000");
    let scenario = decode(&setup).draft.check().expect("valid");
    let results = project(&scenario);
    let csv = figures_csv(&scenario, &results, "https://example.nhs.uk/calc/?v=1");
    assert!(csv.starts_with('\u{feff}'), "byte-order mark for Excel");
    let rows: Vec<Vec<&str>> = csv
        .trim_start_matches('\u{feff}')
        .trim_end()
        .split("\r\n")
        .map(|r| r.split(',').collect())
        .collect();
    let row = |first: &str| -> Vec<&str> {
        rows.iter()
            .find(|r| r[0] == first)
            .unwrap_or_else(|| panic!("no row {first:?} in {csv}"))
            .clone()
    };
    assert_eq!(row("Scenario"), ["Scenario", "Bassetlaw PCH"]);
    assert_eq!(row("Link")[1], "https://example.nhs.uk/calc/?v=1");
    // Every assumption, with its unit.
    assert_eq!(row("Population"), ["Population", "40000"]);
    assert_eq!(row("Discount rate (%)"), ["Discount rate (%)", "3.5"]);
    assert_eq!(
        row("First financial year"),
        ["First financial year", "2017/18"]
    );
    assert_eq!(row("Scale up to a population of")[1], "250000");
    let assumptions: Vec<&str> = rows
        .iter()
        .skip_while(|r| r[0] != "Assumption")
        .skip(1)
        .take_while(|r| r.len() == 2)
        .map(|r| r[0])
        .collect();
    assert_eq!(assumptions.len(), 16, "{assumptions:?}");
    // The yearly table: set-up apart from running costs, and totals.
    let head = row("Financial year");
    assert_eq!(
        head[..6],
        [
            "Financial year",
            "Savings (£)",
            "Set-up costs (£)",
            "Running costs (£)",
            "Costs (£)",
            "Net (£)"
        ]
    );
    // SPEC §10 plus £5,000 set-up: year 1 costs 142,920, then 137,920.
    assert_eq!(
        row("2017/18")[1..6],
        [
            "326000.00",
            "5000.00",
            "137920.00",
            "142920.00",
            "183080.00"
        ]
    );
    assert_eq!(
        row("2021/22")[1..7],
        [
            "326000.00",
            "0.00",
            "137920.00",
            "137920.00",
            "188080.00",
            "0.871442"
        ]
    );
    let total = row("Total");
    assert_eq!(
        total[1..6],
        [
            "1630000.00",
            "5000.00",
            "689600.00",
            "694600.00",
            "935400.00"
        ]
    );
    assert_eq!(total[6], "", "no total of discount factors");
    let npv: f64 = total[7].parse().expect("a number");
    assert!(
        (npv - results.summary.npv).abs() < 0.03,
        "present values add up to npv"
    );
    assert_eq!(
        row("Net present value (£)")[1],
        format!("{:.2}", results.summary.npv)
    );
    // Each line at full effect.
    let derm = row("1");
    assert_eq!(
        derm,
        [
            "1",
            "Dermatology",
            "rate",
            "800",
            "96000.00",
            "5000.00",
            "52920.00",
            "43080.00",
            "14.975",
            "100",
            "50",
            "The commissioner",
            "-48000.00",
            "-4920.00",
            // Six 10-minute appointments a day (SPEC §2.7); no step.
            "252",
            "0.13333333333333333",
            "1.2",
            "",
            "",
            "",
            // On its own (SPEC §2.10): no events' line; alone, its events.
            "",
            "800",
            "0",
            // Each referral avoided saves £120 and costs £66.15 to run
            // (SPEC §10); its take-up is 100% from year 1.
            "120.00",
            "66.15",
            "100"
        ]
    );
    assert_eq!(
        row("3")[1..],
        [
            "PCH running costs",
            "cost",
            "",
            "0.00",
            "0.00",
            "40000.00",
            "-40000.00",
            "",
            "",
            "",
            "The commissioner",
            "0.00",
            "-40000.00",
            "",
            "",
            "",
            "",
            "",
            "",
            // A line of costs avoids no events, alone or in a group, and
            // has no saving per event nor take-up.
            "",
            "",
            "",
            "",
            "",
            ""
        ]
    );
    assert_eq!(
        row("Net present value for the NHS as a whole (£)")[1],
        format!("{:.2}", results.summary.nhs_npv)
    );
}

#[test]
fn summary_text_reads_as_a_business_case() {
    let scenario = decode(EXAMPLE).draft.check().expect("valid");
    let results = project(&scenario);
    let text = summary_text(&scenario, &results, "https://example.nhs.uk/calc/?v=1");
    for expected in [
        "Bassetlaw PCH\n",
        "over 5 years from 2017/18",
        "- Population: 40,000",
        "- Discount rate: 3.5%",
        "- First financial year: 2017/18",
        "- Net present value over 5 years: £878,913 (Savings at unit cost less costs, whoever\u{2019}s budget they fall in)\n",
        // Issue 29: the NHS as a whole beside it, and what each counts.
        "- The NHS as a whole, over 5 years: £654,605 (Cost really avoided less costs, present value: the Green Book\u{2019}s view)\n",
        "- At unit cost, every event avoided is valued at its full unit cost, whoever\u{2019}s budget it falls in. The NHS as a whole counts only the cost really avoided",
        "- Pays back: Straight away",
        "- Costs: no set-up cost; £137,920 a year to run",
        "- Dermatology: saves £96,000 a year, costs £52,920 a year to run, net £43,080 a year",
        "- Care home pharmacist: saves £230,000 a year, costs £45,000 a year to run, net £185,000 a year",
        "- PCH running costs: saves £0 a year, costs £40,000 a year to run, net \u{2212}£40,000 a year; for the NHS as a whole \u{2212}£40,000 a year",
        "- Saving the commissioner keeps first: none\n",
        "Who gains and who loses\n- The NHS as a whole saves £140,080 a year. The commissioner keeps £94,040 and primary care gets £94,040 to reinvest; the hospital is £48,000 a year worse off: it is no longer paid for 800 cases of Dermatology but saves only half of their cost.\n",
        "- Over 5 years: the commissioner £470,200, primary care £470,200, the hospital \u{2212}£240,000, the NHS as a whole £700,400 (net present value £654,605)\n",
        "- Passing 25.53% of the shareable saving to the hospital leaves no party worse off over 5 years.\n",
        "Open this scenario: https://example.nhs.uk/calc/?v=1\nHow the figures are worked out: https://example.nhs.uk/calc/method.html\n",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    // The set-up cost is named, apart from running costs.
    let scenario = decode(&format!("{EXAMPLE}&l1.setup=5000"))
        .draft
        .check()
        .expect("valid");
    let text = summary_text(&scenario, &project(&scenario), "x");
    for expected in [
        "- Costs: £5,000 one-off set-up in year 1, then £137,920 a year to run",
        "- Dermatology: saves £96,000 a year, costs £52,920 a year to run (and £5,000 to set up), net £43,080 a year",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
}

/// Issue 29: a loss is said as a loss in words, never by a minus sign
/// alone, and "back for every £1" below a pound says what is lost.
#[test]
fn the_summary_says_a_loss_in_words() {
    let losing = format!("{EXAMPLE}&pop=10000&l3.per_patient=40");
    let scenario = decode(&losing).draft.check().expect("valid");
    let results = project(&scenario);
    assert!(results.summary.npv < 0.0);
    let text = summary_text(&scenario, &results, "x");
    for expected in [
        "- Net present value over 5 years: A loss of £",
        "- Pays back: Not within 5 years (Savings at unit cost)",
        "- Cash the ICB pays out, all years: £",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    let bcr = results.summary.bcr.expect("costs");
    assert!((0.0..1.0).contains(&bcr), "{bcr}");
    assert!(text.contains("- Back for every £1 spent: £0."), "{text}");
    assert!(text.contains("p on every £1 spent"), "{text}");
}

#[test]
fn embed_snippet_escapes_the_scenario_name() {
    let snippet = iframe_snippet(
        "https://intranet/calc/?v=1&name=x&embed=1",
        "\"><script>alert(1)</script>",
        900,
    );
    assert!(!snippet.contains("<script>"));
    assert!(snippet.contains("title=\"Pilot savings calculator: &quot;&gt;&lt;script&gt;"));
    assert!(snippet.contains("src=\"https://intranet/calc/?v=1&amp;name=x&amp;embed=1\""));
    assert!(snippet.contains("loading=\"lazy\""));
    assert!(snippet.contains("width=\"100%\""));
}

#[test]
fn file_names_are_safe() {
    assert_eq!(
        file_name("Bassetlaw PCH", "yearly.csv"),
        "bassetlaw-pch-yearly.csv"
    );
    assert_eq!(file_name("../../etc/passwd", "x.json"), "etc-passwd-x.json");
    assert_eq!(file_name("", "x.json"), "pilot-savings-x.json");
}

proptest! {
    #[test]
    fn any_stored_text_reads_without_panic(raw in ".*") {
        let _ = read_autosave(Some(&raw));
        let _ = read_saved(Some(&raw));
        let _ = document::import(&raw);
    }

    #[test]
    fn any_names_survive_the_saved_list(names in prop::collection::vec(".*", 0..5)) {
        let list: Vec<Saved> = names.iter().map(|n| saved(n, "v=1")).collect();
        prop_assert_eq!(read_saved(Some(&write_saved(&list))), Stored::Read(list));
    }
}
