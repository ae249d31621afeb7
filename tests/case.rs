//! The business case (SPEC §5.2) as a file: well-formed parts, the
//! outline in order, every prompt in the checklist, user text inert, and
//! what the model leaves out said as the method page says it.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::io::{Cursor, Read};

use pilot_savings::case::business_case_of_query;
use pilot_savings::words::method::LEAVES_OUT;
use pilot_savings::workbook::Made;
use quick_xml::events::Event;
use quick_xml::Reader;

const RICH: &str = "?v=1&name=Bassetlaw%20PCH&years=10&pop=40000&l1.kind=rate&l1.name=Dermatology&l1.base=26&l1.after=6&l1.unit=120&l1.appts=6&l1.appt_cost=35&l1.after.lo=4&l1.after.hi=9&l1.grad=2&l2.kind=observed&l2.name=Care%20home%20pharmacist&l2.saved=230000&l2.months=12&l2.annual=45000&l3.kind=cost&l3.name=PCH%20running%20costs&l3.per_patient=1&l4.kind=rate&l4.name=Teledermatology&l4.with=1&l4.after=20&l4.annual=12000";

fn made() -> Made {
    Made {
        link: format!("https://intranet.example.nhs.uk/calculator/{RICH}"),
        method: "https://intranet.example.nhs.uk/calculator/method.html".into(),
        release: "1.0.0".into(),
        date: "2026-12-07".into(),
    }
}

/// Every part of the package, by name, checking each was compressed.
fn parts(query: &str) -> Vec<(String, String)> {
    let bytes = match business_case_of_query(query, &made()) {
        Ok(bytes) => bytes,
        Err(e) => panic!("no business case: {e}"),
    };
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
    (0..zip.len())
        .map(|i| {
            let mut file = zip.by_index(i).expect("a part");
            let name = file.name().map(|n| n.to_string()).unwrap_or_default();
            assert_eq!(
                file.compression(),
                zip::CompressionMethod::Deflated,
                "{name} is compressed"
            );
            let mut text = String::new();
            file.read_to_string(&mut text).expect("UTF-8");
            (name, text)
        })
        .collect()
}

fn part<'a>(parts: &'a [(String, String)], name: &str) -> &'a str {
    &parts
        .iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("no {name}"))
        .1
}

/// Each paragraph's style and text, in order; panics on XML that is not
/// well formed.
fn paragraphs(xml: &str) -> Vec<(String, String)> {
    let mut reader = Reader::from_str(xml);
    let (mut out, mut style, mut text, mut in_text) =
        (Vec::new(), String::new(), String::new(), false);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) if e.name().as_ref() == b"w:t" => in_text = true,
            Ok(Event::End(e)) if e.name().as_ref() == b"w:t" => in_text = false,
            Ok(Event::Empty(e)) if e.name().as_ref() == b"w:pStyle" => {
                style = e
                    .try_get_attribute("w:val")
                    .ok()
                    .flatten()
                    .map(|a| String::from_utf8_lossy(&a.value).into_owned())
                    .unwrap_or_default();
            }
            Ok(Event::Text(t)) if in_text => text.push_str(&t.decode().expect("text")),
            Ok(Event::GeneralRef(r)) if in_text => text.push(match r.into_inner().as_ref() {
                [b'a', b'm', b'p'] => '&',
                [b'l', b't'] => '<',
                [b'g', b't'] => '>',
                [b'q', b'u', b'o', b't'] => '"',
                _ => '\'',
            }),
            Ok(Event::End(e)) if e.name().as_ref() == b"w:p" => {
                out.push((std::mem::take(&mut style), std::mem::take(&mut text)))
            }
            Ok(Event::Eof) => return out,
            Err(e) => panic!("not well formed at {}: {e}", reader.buffer_position()),
            _ => {}
        }
    }
}

fn well_formed(xml: &str) {
    let mut reader = Reader::from_str(xml);
    loop {
        match reader.read_event() {
            Ok(Event::Eof) => return,
            Err(e) => panic!("not well formed: {e}"),
            _ => {}
        }
    }
}

#[test]
fn every_part_is_well_formed_compressed_and_the_outline_in_order() {
    let parts = parts(RICH);
    for (_, xml) in &parts {
        well_formed(xml);
    }
    let body = paragraphs(part(&parts, "word/document.xml"));
    let headings: Vec<&str> = body
        .iter()
        .filter(|(s, _)| s == "Heading1")
        .map(|(_, t)| t.as_str())
        .collect();
    assert_eq!(
        headings,
        [
            "Executive summary",
            "1 Strategic case",
            "2 Economic case",
            "3 Commercial case",
            "4 Financial case",
            "5 Management case",
            "6 Impact assessments",
            "7 Recommendation",
            "Appendices"
        ]
    );
    let title = &body[0];
    assert_eq!(
        (title.0.as_str(), title.1.as_str()),
        ("Title", "Bassetlaw PCH: business case")
    );
    let core = part(&parts, "docProps/core.xml");
    assert!(
        core.contains("<dc:title>Bassetlaw PCH: business case</dc:title>")
            && core.contains("<dc:language>en-GB</dc:language>")
    );
    let styles = part(&parts, "word/styles.xml");
    assert!(
        styles.contains(r#"w:ascii="Arial""#)
            && styles.contains(r#"<w:lang w:val="en-GB""#)
            && styles.contains(r#"<w:name w:val="heading 1"/>"#)
    );
    assert!(
        part(&parts, "word/document.xml").contains(r#"<w:pgSz w:w="11906" w:h="16838"/>"#),
        "A4"
    );
}

#[test]
fn every_prompt_is_in_the_checklist_and_every_table_has_a_caption_and_a_repeated_header() {
    let parts = parts(RICH);
    let xml = part(&parts, "word/document.xml");
    let body = paragraphs(xml);
    let checklist = body
        .iter()
        .position(|(_, t)| t == "F Checklist")
        .expect("a checklist");
    let prompts: Vec<String> = body[..checklist]
        .iter()
        .flat_map(|(_, t)| {
            t.match_indices("[To complete: ").map(move |(i, _)| {
                t[i + 14..]
                    .split(']')
                    .next()
                    .unwrap_or_default()
                    .to_string()
            })
        })
        .collect();
    assert!(prompts.len() >= 40, "{} prompts", prompts.len());
    let rows: Vec<&str> = body[checklist..].iter().map(|(_, t)| t.as_str()).collect();
    for prompt in &prompts {
        assert!(
            rows.contains(&prompt.as_str()),
            "{prompt} is not in the checklist"
        );
    }
    assert!(prompts
        .iter()
        .any(|p| p.contains("Provider Selection Regime")));
    assert!(prompts.iter().any(|p| p.contains("never a recommendation")));
    let tables = xml.matches("<w:tbl>").count();
    assert_eq!(xml.matches("<w:tblHeader/>").count(), tables);
    let captions = body
        .iter()
        .filter(|(s, t)| s == "Caption" && t.starts_with("Table "))
        .count();
    assert_eq!(captions, tables);
}

#[test]
fn user_text_stays_text_and_makes_no_field_link_or_outside_reference() {
    let hostile = [
        "{ PAGE }",
        "=HYPERLINK(\"https://evil.example\",\"x\")",
        "<w:fldSimple w:instr=\" DATE \"/>",
        "a\u{1}b\u{b}c\u{fffe}d",
        "https://evil.example/&x=<y>",
        "]]> & \" '",
    ];
    for name in hostile {
        let query = format!(
            "?v=1&name={}&l1.kind=rate&l1.name={}&l1.base=26&l1.after=6&l1.unit=120",
            encode(name),
            encode(name)
        );
        let parts = parts(&query);
        for (part_name, xml) in &parts {
            well_formed(xml);
            for markup in [
                "<w:hyperlink",
                "TargetMode=",
                "<w:fldChar",
                "<w:instrText",
                "<w:fldSimple w:instr=\"\u{20}DATE",
            ] {
                assert!(
                    !xml.contains(markup),
                    "{part_name} has {markup} for {name:?}"
                );
            }
            let fields: Vec<&str> = xml
                .match_indices("w:instr=\"")
                .map(|(i, _)| &xml[i..i + 20])
                .collect();
            let allowed = part_name == "word/footer1.xml"
                && fields == [r#"w:instr=" PAGE "><w:"#, r#"w:instr=" NUMPAGES ""#];
            assert!(
                fields.is_empty() || allowed,
                "{part_name} has fields {fields:?} for {name:?}"
            );
        }
        let body = paragraphs(part(&parts, "word/document.xml"));
        let shown: String = name
            .chars()
            .filter(|c| !c.is_control() && *c != '\u{fffe}')
            .collect();
        assert_eq!(
            body[0].1,
            format!("{}: business case", shown.trim()),
            "the title of {name:?}"
        );
    }
}

fn encode(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

#[test]
fn the_model_leaves_out_what_the_method_page_says() {
    let method = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/model.md"))
        .expect("docs/model.md");
    let section = method
        .split("## What the model leaves out")
        .nth(1)
        .and_then(|s| s.split("\n## ").next())
        .expect("the section");
    let said = section.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(
        said.matches("- **").count(),
        LEAVES_OUT.len(),
        "every point, no more"
    );
    for (what, words) in LEAVES_OUT {
        assert!(said.contains(&format!("- **{what}** {words}")), "{what}");
    }
}

#[test]
fn a_scenario_with_no_lines_and_no_ranges_says_so_rather_than_leave_gaps() {
    let parts = parts("?v=1");
    let body = paragraphs(part(&parts, "word/document.xml"));
    let said = |text: &str| body.iter().any(|(_, t)| t.contains(text));
    assert!(said("with no intervention lines yet"));
    assert!(said("No ranges were entered, so no random draws were made"));
    assert!(said(
        "who benefits by deprivation (Core20PLUS5): no deprivation gradient or reach was entered"
    ));
    assert_eq!(body[0].1, "Pilot savings scenario: business case");
}

#[test]
fn uptake_by_year_and_a_growing_population_are_said_where_the_figures_assume_them() {
    let ramped = parts(&format!("{RICH}&fy=2026&growth=1&l1.uptake=25,60,90"));
    let body = paragraphs(part(&ramped, "word/document.xml"));
    let said = |text: &str| body.iter().any(|(_, t)| t.contains(text));
    assert!(said(
        "Take-up builds over the first years (Dermatology: 25% in 2026/27, 60% in 2027/28, then 90% a year)"
    ));
    assert!(said(
        "The population grows 1% a year, from 40,000 in 2026/27 to 43,747 in 2035/36"
    ));
    // Appendix C's first table starts with each year's population, and the
    // economic case's table by year too, as it grows.
    let at = |text: &str| body.iter().position(|(_, t)| t == text);
    assert!(at("Population").is_some());
    assert!(at("40,400").is_some(), "year 2's population");
    // Appendix C holds every column of the yearly table.
    for col in pilot_savings::model::year::YearCol::ALL {
        assert!(at(col.heading()).is_some(), "{} by year", col.heading());
    }
    // Each line's running cost per event avoided: line 1's £52,920 over
    // its credit of 707.69 referrals, teledermatology sharing its events.
    assert!(at("Cost per event avoided").is_some());
    assert!(at("£74.78").is_some());
    // Without them, the assumptions say the population stays as it is.
    let flat = paragraphs(part(&parts(RICH), "word/document.xml"));
    assert!(flat
        .iter()
        .any(|(_, t)| t.contains("The population stays at 40,000 throughout.")));
}
