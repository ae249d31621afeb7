//! Share links (SPEC §3) and bad input (SPEC §7).
#![cfg(not(target_arch = "wasm32"))]

use pilot_savings::link::{decode, encode};
use pilot_savings::model::keys::{GlobalKey, Input, LineKey, COST_KEYS};
use pilot_savings::model::kind::Kind;
use pilot_savings::model::{project, Draft, LineDraft};
use proptest::prelude::*;

mod common;

use common::arb::arb_scenario;

fn errors_of(link: &str) -> Vec<(String, String)> {
    match decode(link).draft.check() {
        Ok(_) => Vec::new(),
        Err(errors) => errors
            .into_iter()
            .map(|e| (e.key.to_string(), e.message))
            .collect(),
    }
}

fn message(link: &str, key: &str) -> String {
    errors_of(link)
        .into_iter()
        .find(|(k, _)| k == key)
        .map(|(_, m)| m)
        .unwrap_or_default()
}

/// Links of released versions and the figures they must keep giving.
/// Frozen: a change here breaks someone's bookmark.
const CORPUS: [(&str, f64, Option<f64>); 5] = [
    (
        "?v=1&name=Bassetlaw%20PCH&pop=40000&l1.kind=rate&l1.name=Dermatology&l1.base=26&l1.after=6&l1.unit=120&l1.appts=6&l1.appt_cost=35&l2.kind=observed&l2.name=Care%20home%20pharmacist&l2.saved=230000&l2.months=12&l2.annual=45000&l3.kind=cost&l3.name=PCH%20running%20costs&l3.per_patient=1",
        878_912.74,
        Some(0.0),
    ),
    (
        "?v=1&pop=30000&years=3&disc=0&l1.kind=count&l1.events=400&l1.pct=17&l1.unit=1590&l1.cash=0&l1.setup=40000",
        3.0 * 68.0 * 1590.0 - 40_000.0,
        Some(40_000.0 / (68.0 * 1590.0) * 12.0),
    ),
    (
        "?v=1&years=2&disc=0&share=100&lag=0&l1.kind=spend&l1.spend=230000&l1.pct=100&l1.uptake=50",
        115_000.0 + 230_000.0,
        Some(0.0),
    ),
    ("?v=1&years=1&l1.kind=cost&l1.annual=1000", -1000.0, None),
    // Written before saving inputs were required: a rate of 0 with the
    // pilot was left out of the link.
    (
        "?v=1&years=1&l1.kind=rate&l1.base=26&l1.unit=120",
        26.0 * 10.0 * 120.0,
        Some(0.0),
    ),
];

#[test]
fn corpus_of_released_links_keeps_its_figures() {
    for (link, npv, payback) in CORPUS {
        let scenario = decode(link).draft.check();
        let Ok(scenario) = scenario else {
            panic!("{link} no longer opens: {scenario:?}");
        };
        let s = project(&scenario).summary;
        assert!((s.npv - npv).abs() < 0.005, "{link}: npv {} ≠ {npv}", s.npv);
        match (s.payback_months, payback) {
            (Some(a), Some(e)) => assert!((a - e).abs() < 1e-9, "{link}: payback {a} ≠ {e}"),
            (a, e) => assert_eq!(a, e, "{link}"),
        }
    }
}

#[test]
fn defaults_are_left_out_and_numbers_are_plain() {
    let mut draft = Draft::default();
    draft.globals.insert(GlobalKey::Pop, "£1,200".into());
    draft.globals.insert(GlobalKey::Disc, "3.5".into());
    draft.globals.insert(GlobalKey::Share, "12%".into());
    assert_eq!(encode(&draft), "v=1&pop=1200&fy=2017&share=12");
}

#[test]
fn bad_values_stay_in_the_link_as_typed() {
    let mut draft = Draft::default();
    draft.globals.insert(GlobalKey::Pop, "abc".into());
    let link = encode(&draft);
    assert_eq!(link, "v=1&pop=abc&fy=2017");
    assert_eq!(decode(&link).draft.text(GlobalKey::Pop), Some("abc"));
}

#[test]
fn unknown_keys_are_listed_and_ignored() {
    let d = decode(
        "?v=1&pop=5000&colour=red&l1.kind=rate&l1.events=4&l0.kind=rate&l01.kind=rate&l25.colour=1",
    );
    assert_eq!(
        d.ignored,
        vec!["colour", "l0.kind", "l01.kind", "l25.colour", "l1.events"]
    );
    assert_eq!(d.draft.lines.len(), 1);
    assert!(d.draft.check().is_ok());
    assert_eq!(d.dropped_words(), None);
}

#[test]
fn lines_past_twenty_are_said_to_be_left_out_not_unknown() {
    let lines: String = (1..=39)
        .map(|n| format!("&l{n}.kind=cost&l{n}.annual={n}"))
        .collect();
    let d = decode(&format!("?v=1{lines}"));
    assert_eq!(d.draft.lines.len(), 20);
    assert!(d.ignored.is_empty(), "{:?}", d.ignored);
    assert_eq!(
        d.dropped_words().as_deref(),
        Some("This link has 39 lines; the calculator takes 20: lines 21 to 39 were left out.")
    );
    let d = decode("?v=1&l1.kind=cost&l25.kind=cost&l25.annual=5&l30.kind=rate&l41.name=x");
    assert_eq!(
        d.dropped_words().as_deref(),
        Some("This link has 4 lines; the calculator takes 20: lines 25, 30 and 41 were left out.")
    );
    let d = decode("?v=1&l21.kind=cost");
    assert_eq!(
        d.dropped_words().as_deref(),
        Some("This link has 1 line; the calculator takes 20: line 21 was left out.")
    );
}

#[test]
fn a_newer_version_is_noticed() {
    assert_eq!(decode("?v=2&pop=5").newer_version.as_deref(), Some("2"));
    assert_eq!(decode("?v=1&pop=5").newer_version, None);
}

#[test]
fn lenient_numbers() {
    for (text, pop) in [("£1,200", 1200.0), ("1 200", 1200.0), ("40000", 40000.0)] {
        let link = format!("?pop={}", text.replace(' ', "%20").replace('£', "%C2%A3"));
        let scenario = decode(&link).draft.check();
        assert_eq!(scenario.map(|s| s.pop), Ok(pop), "{text}");
    }
    let share = decode("?share=12%25").draft.check().map(|s| s.share);
    assert_eq!(share, Ok(12.0));
}

#[test]
fn messages_say_what_is_wrong_and_what_is_allowed() {
    assert_eq!(
        message("?pop=abc", "pop"),
        "Population must be a whole number between 1 and 100,000,000"
            .replace("whole number", "number")
    );
    assert_eq!(
        message("?pop=2.5", "pop"),
        "Population must be a whole number between 1 and 100,000,000"
    );
    assert_eq!(
        message("?disc=-5", "disc"),
        "Discount rate must be between 0% and 20%"
    );
    assert_eq!(message("?pop=", "pop"), "Enter the population");
    assert_eq!(
        message("?l1.kind=rate&l1.base=26&l1.after=&l1.unit=120", "l1.after"),
        "Line 1: enter the rate with the pilot"
    );
    assert_eq!(
        message("?fy=1999", "fy"),
        "First financial year must be between 2000 and 2100"
    );
    assert_eq!(
        message("?l1.kind=rate&l1.after=1001", "l1.after"),
        "Line 1: rate with the pilot must be between 0 and 1,000"
    );
    assert_eq!(
        message("?l1.kind=rate&l1.unit=-1", "l1.unit"),
        "Line 1: cost of each event avoided must be between £0 and £10,000,000"
    );
    assert_eq!(
        message("?l1.kind=magic", "l1.kind"),
        "Line 1: choose what kind of saving this line is"
    );
    assert_eq!(
        message("?l1.kind=spend&l1.spend=1&l1.pct=1&l1.cash=2", "l1.cash"),
        "Line 1: does the saving release cash? must be 0 (no) or 1 (yes)"
    );
    let long = "x".repeat(121);
    assert_eq!(
        message(&format!("?name={long}"), "name"),
        "Scenario name must be 120 characters or fewer"
    );
}

/// SPEC §2.6: `paid` generalises `cash`. Links of earlier releases keep
/// their figures: cash, capacity and gain-share as well as npv.
#[test]
fn links_carrying_cash_open_as_before_and_are_written_with_paid() {
    // (link, cash-total, noncash-total, reinvest-total, what it is written as)
    let corpus = [
        (
            "?v=1&pop=30000&years=3&disc=0&l1.kind=count&l1.events=400&l1.pct=17&l1.unit=1590&l1.cash=0&l1.setup=40000",
            -40_000.0,
            3.0 * 68.0 * 1590.0,
            0.0,
            "l1.paid=0",
        ),
        (
            "?v=1&years=2&l1.kind=spend&l1.spend=10000&l1.pct=50&l1.cash=1&l2.kind=cost&l2.annual=1000&l2.cash=0",
            2.0 * (5000.0 - 1000.0),
            0.0,
            2000.0,
            "l1.spend=10000&l1.pct=50&l2.kind=cost",
        ),
        (
            "?v=1&years=1&lag=0&l1.kind=observed&l1.saved=6000&l1.months=6&l1.cash=0&l1.paid=50",
            6000.0,
            6000.0,
            3000.0,
            "l1.paid=50",
        ),
    ];
    for (link, cash, noncash, reinvest, written) in corpus {
        let decoded = decode(link);
        assert!(decoded.ignored.is_empty(), "{link}: {:?}", decoded.ignored);
        let Ok(s) = decoded.draft.check() else {
            panic!("{link} no longer opens")
        };
        let summary = project(&s).summary;
        assert!(
            (summary.cash_total - cash).abs() < 0.005,
            "{link}: cash {}",
            summary.cash_total
        );
        assert!((summary.noncash_total - noncash).abs() < 0.005, "{link}");
        assert!((summary.reinvest_total - reinvest).abs() < 0.005, "{link}");
        let again = encode(&decoded.draft);
        assert!(again.contains(written), "{again} should hold {written}");
        assert!(!again.contains("cash"), "{again} should not write cash");
    }
    // On a line of costs `cash` never applied: a bad one is listed, not an
    // error nobody could fix.
    let decoded = decode("?v=1&l1.kind=cost&l1.cash=2");
    assert_eq!(decoded.ignored, ["l1.cash"]);
    assert!(decoded.draft.check().is_ok());
}

#[test]
fn every_bad_value_is_reported_and_the_others_kept() {
    let d = decode("?pop=abc&disc=-5&years=7&l1.kind=rate&l1.base=26&l1.after=x");
    let keys: Vec<String> =
        errors_of("?pop=abc&disc=-5&years=7&l1.kind=rate&l1.base=26&l1.after=x")
            .into_iter()
            .map(|(k, _)| k)
            .collect();
    assert_eq!(keys, vec!["pop", "disc", "l1.after"]);
    assert_eq!(d.draft.text(GlobalKey::Years), Some("7"));
    assert_eq!(d.draft.lines[0].value(LineKey::Base), Some("26"));
}

#[test]
fn empty_optional_fields_are_not_errors() {
    let s = decode("?scale=&ob=&l1.kind=rate&l1.setup=&l1.pilot_months=")
        .draft
        .check();
    let Ok(s) = s else { panic!("{s:?}") };
    assert_eq!(s.scale, None);
    assert_eq!(s.ob, 0.0);
    assert_eq!(s.lines[0].setup, 0.0);
}

/// SPEC §2.2: a blank saving input is an error, never a silent 0, for every
/// kind; a cost left blank is 0.
#[test]
fn a_blank_saving_input_is_an_error_never_zero() {
    for (kind, keys) in [
        ("rate", &["base", "after", "unit"][..]),
        ("count", &["events", "pct", "unit"][..]),
        ("spend", &["spend", "pct"][..]),
        ("observed", &["saved", "months"][..]),
    ] {
        for blank in keys {
            let others: String = keys
                .iter()
                .filter(|k| *k != blank)
                .map(|k| format!("&l1.{k}=5"))
                .collect();
            let link = format!("?v=1&l1.kind={kind}{others}&l1.{blank}=&l1.annual=");
            let errors = errors_of(&link);
            assert_eq!(errors.len(), 1, "{link}: {errors:?}");
            assert_eq!(errors[0].0, format!("l1.{blank}"), "{link}");
            assert!(errors[0].1.starts_with("Line 1: enter the "), "{errors:?}");
        }
    }
}

/// Links written before saving inputs were required left a 0 out; they
/// keep their figures, and a new link writes the 0.
#[test]
fn a_saving_input_left_out_by_an_older_link_is_zero_and_now_written() {
    let old = "?v=1&pop=10000&l1.kind=rate&l1.base=26&l1.unit=120";
    let d = decode(old);
    let scenario = d.draft.check().expect("an older link opens");
    assert_eq!(scenario.lines[0].after, 0.0);
    let s = project(&scenario).summary;
    assert_eq!(s.gross_total, 5.0 * 260.0 * 120.0);
    // Written again, the zero is explicit, and reads back the same.
    let mut draft = d.draft.clone();
    draft.lines[0]
        .values
        .insert(Input::Value(LineKey::After), "0".into());
    let link = encode(&draft);
    assert!(link.contains("l1.after=0"), "{link}");
    assert_eq!(decode(&link).draft.check(), Ok(scenario));
    // A line the form adds waits for its figures, and its link keeps them blank.
    let mut draft = Draft::default();
    draft.lines.push(LineDraft::blank(Kind::Count));
    let link = encode(&draft);
    assert_eq!(
        link,
        "v=1&fy=2017&l1.kind=count&l1.events=&l1.pct=&l1.unit="
    );
    assert_eq!(errors_of(&link).len(), 3);
}

#[test]
fn hostile_names_survive_the_round_trip_as_text() {
    let hostile = "\"><script>alert(1)</script><img src=x onerror=alert(1)>&pop=1";
    let draft = Draft {
        name: hostile.into(),
        ..Draft::default()
    };
    let link = encode(&draft);
    assert!(!link.contains('<') && !link.contains('"') && !link.contains("&pop"));
    assert_eq!(decode(&link).draft.name, hostile);
    assert_eq!(decode(&link).draft.text(GlobalKey::Pop), None);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn encode_then_decode_gives_the_same_scenario(s in arb_scenario()) {
        let link = encode(&Draft::from_scenario(&s));
        let back = decode(&link);
        prop_assert!(back.ignored.is_empty(), "ignored {:?}", back.ignored);
        prop_assert_eq!(back.draft.check(), Ok(s));
    }

    /// Issue 16: a link written back is never more than three times the
    /// link read (each byte at most one `%XX`), plus the version key and
    /// the first year (issue 23: every new link writes it), so
    /// no link grows past what a browser opens however often it is
    /// opened and shared.
    #[test]
    fn a_link_written_back_never_outgrows_the_link_read(
        pairs in prop::collection::vec((key(), value()), 0..40),
    ) {
        let link: String = pairs.iter().map(|(k, v)| format!("{k}={v}&")).collect();
        let written = encode(&decode(&link).draft);
        prop_assert!(
            written.len() <= 3 * link.len() + "v=1&".len() + "&fy=2017".len(),
            "{} from {}: {link:?} became {written:?}", written.len(), link.len()
        );
    }

    #[test]
    fn any_text_as_any_key_never_panics(
        pairs in prop::collection::vec((key(), any::<String>()), 0..30),
        raw in any::<String>(),
    ) {
        let link: String = pairs.iter().map(|(k, v)| format!("{k}={v}&")).collect();
        for query in [link.as_str(), raw.as_str()] {
            let d = decode(query);
            if let Ok(s) = d.draft.check() {
                let r = project(&s);
                prop_assert!(r.summary.npv.is_finite());
            }
            let _ = encode(&d.draft);
        }
    }
}

/// Values as links carry them, hostile ones most: runs of spaces, `+`,
/// escapes of any byte, lenient numbers.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        "[ +]{0,40}[a-z]{0,3}[ +]{0,40}",
        prop::collection::vec(
            prop::sample::select(vec![
                "%FF",
                "%20",
                "+",
                "%E2%80%9C",
                "%zz",
                "%",
                "~",
                "<",
                "é",
                "£1,2",
                ".5",
                "-",
                "0"
            ]),
            0..30
        )
        .prop_map(|parts| parts.concat()),
        any::<String>(),
    ]
}

/// Real keys most of the time, so values reach validation, and noise else.
fn key() -> impl Strategy<Value = String> {
    let globals = [
        "v", "name", "pop", "years", "disc", "infl", "share", "lag", "days", "fy", "scale", "ob",
    ];
    let line_keys: Vec<&str> = ["kind", "name"]
        .into_iter()
        .chain(LineKey::ALL.iter().map(|k| k.name()))
        .chain(COST_KEYS.iter().map(|k| k.name()))
        .collect();
    prop_oneof![
        prop::sample::select(globals.to_vec()).prop_map(str::to_string),
        (1usize..=21, prop::sample::select(line_keys)).prop_map(|(n, k)| format!("l{n}.{k}")),
        any::<String>(),
    ]
}

#[test]
fn embed_is_read_and_kept_in_the_view_address() {
    use pilot_savings::link::encode_view;
    let decoded = decode("?v=1&pop=2000&embed=1");
    assert!(decoded.embed);
    assert!(decoded.ignored.is_empty());
    assert_eq!(
        encode_view(&encode(&decoded.draft), true),
        "v=1&pop=2000&fy=2017&embed=1"
    );
    assert_eq!(
        encode(&decoded.draft),
        "v=1&pop=2000&fy=2017",
        "share links leave it out"
    );
    assert!(!decode("?v=1&embed=0").embed);
}

/// Links are read as the URL standard reads a query: `+` is a space, a
/// broken escape stays as typed, bad UTF-8 becomes U+FFFD, and `&` alone
/// or a key without `=` is harmless.
#[test]
fn escapes_read_as_browsers_write_them() {
    let d = decode("?name=A+%26+B%zz%2%FF&&pop&l1.kind=cost&l1.name=%E2%80%9Cq%E2%80%9D");
    assert_eq!(d.draft.name, "A & B%zz%2\u{FFFD}");
    assert_eq!(d.draft.text(GlobalKey::Pop), Some(""));
    assert_eq!(d.draft.lines[0].name, "\u{201c}q\u{201d}");
    let draft = Draft {
        name: "A & B/é ~x_y.z-".into(),
        ..Draft::default()
    };
    assert_eq!(encode(&draft), "v=1&name=A+%26+B%2F%C3%A9+~x_y.z-&fy=2017");
}

/// Found by `make fuzz`: a cap of 0 (no gain-share for primary care at
/// all) is a figure, not "no cap", so a link keeps it.
#[test]
fn a_cap_of_nothing_is_kept_in_the_link() {
    let draft = decode("?v=1&cap=0&l1.kind=cost").draft;
    assert_eq!(encode(&draft), "v=1&fy=2017&cap=0&l1.kind=cost");
    let s = draft.check().expect("valid");
    assert_eq!(s.cap, Some(0.0));
    let again = Draft::from_scenario(&s);
    assert_eq!(decode(&encode(&again)).draft.check(), Ok(s));
}

/// SPEC §3: a link over 64 KB is refused whole, a value over 4 KB left out;
/// the notice names 20 unknown keys and counts the rest.
#[test]
fn links_are_bounded_and_say_what_they_left() {
    let huge = format!("?v=1&name={}&l1.kind=cost", "a".repeat(2 * 1024 * 1024));
    let d = decode(&huge);
    assert_eq!(d.too_long, Some(huge.len() - 1));
    assert_eq!(d.draft, Draft::default());
    assert_eq!(
        d.too_long_words().as_deref(),
        Some("This link is 2,049 KB long, more than the 64 KB the calculator reads, so it was not opened and nothing of it was kept.")
    );
    let long_name = format!("?v=1&name={}&pop=5&l1.kind=cost", "b".repeat(4097));
    let d = decode(&long_name);
    assert_eq!(d.draft.name, "");
    assert_eq!(
        d.draft.text(pilot_savings::model::GlobalKey::Pop),
        Some("5")
    );
    assert_eq!(d.too_long_values, ["name"]);
    // At each cap it is read; one byte over, it is not.
    use pilot_savings::link::{MAX_QUERY, MAX_VALUE};
    let at_cap = decode(&format!("?v=1&name={}", "n".repeat(MAX_VALUE)));
    assert_eq!(at_cap.draft.name.len(), MAX_VALUE);
    assert!(at_cap.too_long_values.is_empty());
    let filler = |len: usize| format!("?v=1&name=x&{}", "z".repeat(len - "v=1&name=x&".len()));
    let whole = decode(&filler(MAX_QUERY));
    assert_eq!((whole.too_long, whole.draft.name.as_str()), (None, "x"));
    assert_eq!(decode(&filler(MAX_QUERY + 1)).too_long, Some(MAX_QUERY + 1));
    assert!(pilot_savings::link::too_long_to_keep(
        &decode(&format!("?name={}", "c".repeat(3000))).draft,
        &"x".repeat(70_000)
    ));
    // 10,000 unknown keys within 64 KB.
    let unknown: Vec<String> = (0..10_000).map(|i| format!("x{}", i % 1000)).collect();
    let d = decode(&format!("?v=1&{}", unknown.join("&")));
    assert_eq!(d.ignored.len(), 10_000);
    let named = pilot_savings::link::named(&d.ignored);
    assert!(named.starts_with("x0, x1, x2,"), "{named}");
    assert!(named.ends_with("x19, and 9,980 more"), "{named}");
}

/// Issue 16: values are written as checked: names trimmed, and spaces as
/// `+`, so a name of spaces does not become three times its length.
#[test]
fn values_are_written_as_checked() {
    let d = decode("?v=1&name=%20%20Bassetlaw%20PCH%20%20&pop=+40000+&l1.kind=+cost+&l1.name=++Running++costs++&l1.annual=%20abc%20");
    assert_eq!(
        encode(&d.draft),
        "v=1&name=Bassetlaw+PCH&pop=40000&fy=2017&l1.kind=cost&l1.name=Running++costs&l1.annual=abc"
    );
    let spaces = format!("?v=1&name={}&l1.kind=cost", "%20".repeat(1000));
    assert_eq!(encode(&decode(&spaces).draft), "v=1&fy=2017&l1.kind=cost");
    // Bad UTF-8 is read as U+FFFD and written as its escape: three times
    // the `%FF` read, never more.
    let bad = format!("?v=1&name={}", "%FF".repeat(1000));
    assert_eq!(
        encode(&decode(&bad).draft),
        format!("v=1&name={}&fy=2017", "%EF%BF%BD".repeat(1000))
    );
}

/// SPEC §3: a link over 2,000 characters keeps its scenario after `#`;
/// the page reads the fragment when it holds `v=`, else the query.
#[test]
fn long_links_keep_the_scenario_after_the_hash() {
    use pilot_savings::link::{address, scenario_of, QUERY_LINK_MAX};
    let base = "https://intranet.nhs.uk/calc/";
    let fits = "a".repeat(QUERY_LINK_MAX - base.len() - 1);
    assert_eq!(address(base, &fits), format!("{base}?{fits}"));
    assert_eq!(address(base, &fits).len(), QUERY_LINK_MAX);
    let over = format!("{fits}b");
    assert_eq!(address(base, &over), format!("{base}#{over}"));
    assert_eq!(scenario_of("?v=1&pop=1", "#v=1&pop=2"), "v=1&pop=2");
    assert_eq!(scenario_of("?v=1&pop=1", "#main"), "v=1&pop=1");
    assert_eq!(scenario_of("", "#pop=2&v=1"), "pop=2&v=1");
    assert_eq!(scenario_of("?pop=3", "#xv=1"), "pop=3");
    assert_eq!(scenario_of("", ""), "");
    // A fragment reads exactly as the same query does.
    let worked = CORPUS[0].0;
    let fragment = worked.replacen('?', "#", 1);
    assert_eq!(decode(scenario_of("", &fragment)), decode(worked));
}

/// Issue 23: a link without `fy` means 2017, as every earlier release
/// meant; a new scenario starts in today's financial year; and every new
/// link says which.
#[test]
fn every_new_link_says_its_first_year_and_an_old_one_keeps_2017() {
    use pilot_savings::model::year::financial_year_on;
    let old = decode("?v=1&pop=5000&l1.kind=cost&l1.annual=10");
    assert_eq!(old.draft.first_year(), 2017);
    let s = old.draft.check().expect("valid");
    assert_eq!(s.fy, 2017);
    assert_eq!(
        encode(&old.draft),
        "v=1&pop=5000&fy=2017&l1.kind=cost&l1.annual=10"
    );
    // April to March, by the user's clock.
    assert_eq!(financial_year_on(2026, 12), 2026);
    assert_eq!(financial_year_on(2027, 3), 2026);
    assert_eq!(financial_year_on(2027, 4), 2027);
    let new = Draft::new_scenario(financial_year_on(2026, 12));
    assert!(new.is_blank());
    assert_eq!(encode(&new), "v=1&fy=2026");
    assert_eq!(decode(&encode(&new)).draft.check().map(|s| s.fy), Ok(2026));
    // A first year typed explicitly, even 2017, is kept.
    assert_eq!(encode(&decode("?v=1&fy=2017").draft), "v=1&fy=2017");
    assert_eq!(encode(&decode("?v=1&fy=2030").draft), "v=1&fy=2030");
    // The frozen corpus keeps its years' labels: 2017/18 onwards.
    for (link, _, _) in CORPUS {
        let s = decode(link).draft.check().expect("valid");
        assert_eq!(
            pilot_savings::format::financial_year(s.fy, 1),
            "2017/18",
            "{link}"
        );
        assert!(encode(&decode(link).draft).contains("&fy=2017"), "{link}");
    }
}

/// Issue 23: 50% (the 2022/23 "below plan" deduction, never implemented)
/// is no longer a choice; links that carry it open as "another %" with
/// every figure unchanged.
#[test]
fn a_link_paying_fifty_percent_keeps_its_figures() {
    use pilot_savings::model::fields::PaymentRule;
    let link = format!("{}&l1.paid=50", common::WORKED);
    let d = decode(&link);
    assert!(d.ignored.is_empty());
    let s = d.draft.check().expect("valid");
    assert_eq!(s.lines[0].paid, 50.0);
    assert_eq!(PaymentRule::of(s.lines[0].paid), None);
    let r = project(&s);
    // 800 referrals × £120: half no longer paid, half of it really avoided.
    assert_eq!(r.lines[0].hosp, 48_000.0 - 48_000.0);
    assert_eq!(r.years[0].cash, 48_000.0 + 230_000.0 - 137_920.0);
    assert!(encode(&d.draft).contains("&l1.paid=50"));
}
