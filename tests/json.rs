//! The JSON the calculator reads and writes: files and stored values keep
//! the exact text the first releases wrote (with serde_json), and any text
//! read gives a value or an error.
#![cfg(not(target_arch = "wasm32"))]

use pilot_savings::json::{parse, write, Value};
use pilot_savings::{document, keep, link::decode};

const LINK: &str = "?v=1&name=Bassetlaw%20%22PCH%22%0A%5Ctab%09&pop=40000&disc=0.5&l1.kind=rate&l1.name=Dermatology&l1.base=26&l1.after=6.5&l1.unit=120&l2.kind=observed&l2.saved=abc&l3.kind=cost";

/// As the first release wrote this scenario's file.
const FILE_V1: &str = r#"{
  "format": "pilot-savings-calculator",
  "scenario": {
    "disc": 0.5,
    "lines": [
      {
        "after": 6.5,
        "base": 26,
        "kind": "rate",
        "name": "Dermatology",
        "unit": 120
      },
      {
        "kind": "observed",
        "saved": "abc"
      },
      {
        "kind": "cost"
      }
    ],
    "name": "Bassetlaw \"PCH\"\n\\tab\t",
    "pop": 40000
  },
  "version": 1
}"#;

#[test]
fn files_and_stored_values_are_written_as_the_first_release_wrote_them() {
    assert_eq!(document::export(&decode(LINK).draft), FILE_V1);
    let list = vec![keep::Saved {
        name: "A \"q\" \u{1}é".into(),
        saved_at: "2026-11-23T10:04".into(),
        query: "v=1&pop=5".into(),
    }];
    assert_eq!(
        keep::write_saved(&list),
        r#"{"scenarios":[{"name":"A \"q\" \u0001é","query":"v=1&pop=5","saved_at":"2026-11-23T10:04"}],"version":1}"#
    );
    assert_eq!(
        keep::write_autosave("v=1&pop=5", "2026-11-23T10:04"),
        r#"{"query":"v=1&pop=5","saved_at":"2026-11-23T10:04","version":1}"#
    );
}

#[test]
fn reading_gives_what_was_written() {
    let value = parse(FILE_V1).expect("our own file");
    assert_eq!(value.get("version").and_then(Value::as_u64), Some(1));
    let scenario = value.get("scenario").expect("a scenario");
    assert_eq!(
        scenario.get("name").and_then(Value::as_str),
        Some("Bassetlaw \"PCH\"\n\\tab\t")
    );
    assert_eq!(
        scenario
            .get("lines")
            .and_then(Value::as_array)
            .map(<[Value]>::len),
        Some(3)
    );
    assert_eq!(
        write(&value),
        write(&parse(&write(&value)).expect("compact"))
    );
}

#[test]
fn numbers_strings_and_nesting_follow_json() {
    let number = |text: &str| {
        parse(text).and_then(|v| match v {
            Value::Number(n) => Some(n),
            _ => None,
        })
    };
    assert_eq!(number("45000").as_deref(), Some("45000"));
    assert_eq!(number("-3").as_deref(), Some("-3"));
    assert_eq!(number("1E2").as_deref(), Some("100"));
    assert_eq!(number("0.25").as_deref(), Some("0.25"));
    assert_eq!(number(" 1e-7 ").as_deref(), Some("0.0000001"));
    for bad in ["01", "-", "1.", ".5", "1e", "+1", "1e400", "NaN", "0x10"] {
        assert_eq!(number(bad), None, "{bad}");
    }
    let string = |text: &str| parse(text).and_then(|v| v.as_str().map(str::to_string));
    assert_eq!(
        string(r#""\u00e9\ud83d\ude00\/\b""#).as_deref(),
        Some("é😀/\u{8}")
    );
    for bad in [r#""\ud83d""#, r#""\x""#, "\"a\nb\"", r#""open"#, r#""\u12"#] {
        assert_eq!(string(bad), None, "{bad}");
    }
    assert!(parse(&format!("{}{}", "[".repeat(128), "]".repeat(128))).is_some());
    assert!(parse(&format!("{}{}", "[".repeat(130), "]".repeat(130))).is_none());
    assert!(parse(&"[".repeat(100_000)).is_none());
    assert!(
        parse(r#"{"a":1,"a":2}"#).is_some_and(|v| v.get("a") == Some(&Value::Number("2".into())))
    );
    for bad in [
        "",
        "{",
        "[1,]",
        r#"{"a"}"#,
        r#"{"a":1,}"#,
        "[1] x",
        "tru",
        "{1:2}",
    ] {
        assert!(parse(bad).is_none(), "{bad}");
    }
}

proptest::proptest! {
    #[test]
    fn any_text_reads_without_panicking_and_any_string_survives_a_round_trip(text in "\\PC*", s in ".*") {
        let _ = parse(&text);
        let written = write(&Value::String(s.clone()));
        proptest::prop_assert_eq!(parse(&written), Some(Value::String(s)));
    }
}
