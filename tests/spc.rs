//! Making Data Count charts (SPEC §2.8): the test series the team
//! published, with the flags they expect, and each rule one by one.
#![cfg(not(target_arch = "wasm32"))]

use pilot_savings::model::spc::{spc, Assurance, Special, Variation};

/// `tests/data/mdc-xmr-series.csv` (its README says where it comes from): each series' values and flags.
fn published() -> Vec<(String, Vec<f64>, Vec<Special>)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/mdc-xmr-series.csv");
    let text = std::fs::read_to_string(path).expect("the published test series");
    let mut series: Vec<(String, Vec<f64>, Vec<Special>)> = Vec::new();
    for row in text.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let cells: Vec<&str> = row.split(',').collect();
        let [name, _, value, expected] = cells[..] else {
            panic!("a row of four: {row}");
        };
        let flag = match expected.trim() {
            "improvement" => Special::Improvement,
            "concern" => Special::Concern,
            _ => Special::None,
        };
        if series.last().map(|s| s.0.as_str()) != Some(name) {
            series.push((name.to_string(), Vec::new(), Vec::new()));
        }
        let last = series.last_mut().expect("just pushed");
        last.1.push(value.parse().expect("a number"));
        last.2.push(flag);
    }
    series
}

#[test]
fn every_published_series_gets_the_flags_the_team_expects() {
    let all = published();
    assert_eq!(all.len(), 11);
    for (name, values, expected) in all {
        let chart = spc(&values, None, None);
        assert_eq!(chart.special, expected, "{name}");
    }
}

#[test]
fn the_published_limits_check_figures() {
    let all = published();
    let (_, values, _) = all
        .iter()
        .find(|s| s.0 == "Process limits - 15")
        .expect("series");
    let chart = spc(values, None, None);
    assert!(chart.shown);
    assert!((chart.limits.mean - 976.80).abs() < 0.005);
    assert!((chart.limits.lower - 962.36).abs() < 0.005);
    assert!((chart.limits.upper - 991.24).abs() < 0.005);
    let (_, values, _) = all
        .iter()
        .find(|s| s.0 == "Number of points - 12")
        .expect("series");
    assert!(!spc(values, None, None).shown, "12 months show no limits");
    let (_, values, _) = all
        .iter()
        .find(|s| s.0 == "Number of points - 13")
        .expect("series");
    assert!(spc(values, None, None).shown, "13 months do");
}

/// Twelve steady months around 10 (mean 10, mean moving range 2: limits
/// 4.68 and 15.32, two-sigma lines 6.45 and 13.55), then `then`.
fn steady_then(then: &[f64]) -> Vec<Special> {
    let mut x = vec![
        9.0, 11.0, 9.0, 11.0, 9.0, 11.0, 9.0, 11.0, 9.0, 11.0, 9.0, 11.0,
    ];
    x.extend_from_slice(then);
    let chart = spc(&x, Some(12), None);
    chart.special[12..].to_vec()
}

use Special::{Concern as C, Improvement as I, None as N};

#[test]
fn a_month_beyond_a_limit_is_special_cause() {
    assert_eq!(steady_then(&[4.0, 16.0, 10.0]), [I, C, N]);
    // On the limit is not beyond it.
    let x = [
        9.0, 11.0, 9.0, 11.0, 9.0, 11.0, 9.0, 11.0, 9.0, 11.0, 9.0, 11.0,
    ];
    let l = pilot_savings::model::spc::Limits::of(&x);
    assert!((l.lower - 4.68).abs() < 1e-9 && (l.upper - 15.32).abs() < 1e-9);
}

#[test]
fn a_shift_is_six_months_on_one_side_and_a_month_on_the_mean_breaks_it() {
    assert_eq!(steady_then(&[8.0, 9.0, 8.0, 9.0, 8.0, 9.0]), [I; 6]);
    assert_eq!(steady_then(&[8.0, 9.0, 8.0, 10.0, 8.0, 9.0, 8.0]), [N; 7]);
    assert_eq!(steady_then(&[12.0, 11.0, 12.0, 11.0, 12.0, 11.0]), [C; 6]);
}

#[test]
fn a_trend_is_six_months_each_lower_than_the_one_before_and_a_tie_breaks_it() {
    // Through the mean, so that no shift is there too; a month on the
    // mean after it.
    assert_eq!(
        steady_then(&[13.0, 12.0, 11.0, 9.5, 9.0, 8.5, 10.0]),
        [I, I, I, I, I, I, N]
    );
    assert_eq!(
        steady_then(&[13.0, 12.0, 11.0, 11.0, 9.0, 8.5, 10.0]),
        [N; 7]
    );
    // Five falls are not a trend.
    assert_eq!(steady_then(&[13.0, 12.0, 11.0, 9.5, 9.0, 10.0]), [N; 6]);
}

#[test]
fn two_of_three_beyond_a_two_sigma_line_flags_those_two() {
    // 6 and 6.2 are beyond the lower two-sigma line (6.45), not the limit.
    assert_eq!(steady_then(&[6.0, 9.0, 6.2, 10.0]), [I, N, I, N]);
    // One beyond the limit (rule 1) does not count for this rule.
    assert_eq!(steady_then(&[4.0, 9.0, 6.2, 10.0]), [I, N, N, N]);
    // All three must be on the same side of the mean.
    assert_eq!(steady_then(&[6.0, 10.5, 6.2, 12.0]), [N; 4]);
}

#[test]
fn variation_and_assurance_read_the_last_month_and_the_process_as_it_runs() {
    let mut x = vec![
        26.0, 24.0, 27.0, 25.0, 28.0, 26.0, 25.0, 27.0, 24.0, 26.0, 27.0, 25.0,
    ];
    x.extend([6.0, 5.0, 7.0]);
    let chart = spc(&x, Some(12), Some(5.0));
    assert_eq!(chart.variation, Variation::Improvement);
    assert_eq!(chart.pilot, 3);
    assert_eq!(
        chart.assurance,
        Assurance::None,
        "3 pilot months cannot be judged yet"
    );
    // No pilot: every month's limits.
    let steady = [
        9.0, 11.0, 9.0, 11.0, 9.0, 11.0, 9.0, 11.0, 9.0, 11.0, 9.0, 11.0, 10.0,
    ];
    assert_eq!(spc(&steady, None, Some(16.0)).assurance, Assurance::Pass);
    assert_eq!(spc(&steady, None, Some(4.0)).assurance, Assurance::Fail);
    assert_eq!(
        spc(&steady, None, Some(10.0)).assurance,
        Assurance::HitAndMiss
    );
    assert_eq!(spc(&steady, None, Some(10.0)).variation, Variation::Common);
    assert_eq!(
        spc(&steady[..12], None, Some(10.0)).variation,
        Variation::None
    );
}

/// SPEC §2.9's formulas, worked by hand for the dermatology pilot: 26 → 6
/// per 1,000, 10,000 people, 3 months before and 3 during.
#[test]
fn the_planner_follows_the_spec_for_the_dermatology_pilot() {
    use pilot_savings::model::plan::plan;
    let p = plan(10_000.0, 26.0, 6.0, 3.0, None).expect("a fall");
    let (m0, m1) = (10_000.0 * 26.0 / 12_000.0, 10_000.0 * 6.0 / 12_000.0);
    let d2: f64 = (f64::sqrt(m0) - f64::sqrt(m1)).powi(2);
    let k = (1.959964_f64 + 0.841621).powi(2);
    assert_eq!(p.phi, 1.0);
    assert!(p.power.expect("power") > 99.0);
    let months = 1.0 / (4.0 * (d2 / k - 1.0 / 12.0));
    assert!((p.months.expect("months") - months).abs() < 1e-12);
    assert!(
        months < 1.0,
        "a fall this large shows within a month: {months}"
    );
    let pop = k * (1.0 / 12.0 + 1.0 / 12.0)
        / (f64::sqrt(26.0 / 12_000.0) - f64::sqrt(6.0 / 12_000.0)).powi(2);
    assert!((p.pop.expect("pop") - pop).abs() < 1e-9);
    // A small fall needs more than the pilot had: no months can do it when
    // the baseline alone is too short.
    let small = plan(2_000.0, 26.0, 24.0, 3.0, None).expect("a fall");
    assert!(small.power.expect("power") < 20.0);
    assert_eq!(small.months, None);
    // No fall, nothing to plan.
    assert_eq!(plan(10_000.0, 6.0, 26.0, 3.0, None), None);
    // A baseline that varies more than chance: φ from its moving ranges.
    let noisy = [
        20.0, 30.0, 18.0, 32.0, 21.0, 29.0, 19.0, 31.0, 20.0, 30.0, 22.0, 28.0,
    ];
    let q = plan(10_000.0, 26.0, 6.0, 3.0, Some(&noisy)).expect("a fall");
    let l = pilot_savings::model::spc::Limits::of(&noisy);
    assert!((q.phi - (l.mr / 1.128).powi(2) / l.mean).abs() < 1e-12 && q.phi > 1.0);
    let power = 100.0
        * pilot_savings::model::evidence::normal_cdf(
            d2.sqrt() / (q.phi * (1.0 / 48.0 + 1.0 / 12.0)).sqrt() - 1.959964,
        );
    assert!((q.power.expect("power") - power).abs() < 1e-9);
}

/// Issue 29: the planner's words follow its figures. A fall that no
/// length of pilot can show is not said to show quickly; a figure that
/// cannot be given says what is missing; 80% power is said in words.
#[test]
fn the_planner_says_only_what_its_figures_say() {
    use pilot_savings::model::plan::plan;
    use pilot_savings::words::spc::{plan_words, POWER_MEANS};
    let quick = "A fall this large shows in a short pilot if it is real.";
    // Dermatology: 80% power within a month.
    let said = plan_words(
        &plan(10_000.0, 26.0, 6.0, 3.0, None).expect("a fall"),
        3.0,
        None,
    );
    assert_eq!(said[0], POWER_MEANS);
    assert!(POWER_MEANS.contains("four pilots in five"));
    assert!(said.iter().any(|w| w == quick), "{said:?}");
    assert!(
        said.iter()
            .any(|w| w == "1 month of pilot would give 80% power."),
        "{said:?}"
    );
    // A small fall: no length of pilot gives 80% power, so it does not
    // show quickly.
    let small = plan_words(
        &plan(2_000.0, 26.0, 24.0, 3.0, None).expect("a fall"),
        3.0,
        None,
    );
    assert!(
        small
            .iter()
            .any(|w| w
                .starts_with("No length of pilot gives 80% power against only 3 months before it")),
        "{small:?}"
    );
    assert!(
        !small.iter().any(|w| w.contains("shows in a short pilot")),
        "{small:?}"
    );
    // Without the pilot's months: what is missing, for each figure.
    let unknown = plan_words(
        &plan(10_000.0, 26.0, 6.0, 0.0, None).expect("a fall"),
        0.0,
        None,
    );
    assert!(unknown.iter().any(|w| w.starts_with("The months of pilot 80% power needs cannot be given yet: enter how many months the pilot ran")), "{unknown:?}");
    assert!(
        unknown
            .iter()
            .any(|w| w.starts_with("The population 80% power needs cannot be given yet")),
        "{unknown:?}"
    );
    assert!(
        !unknown.iter().any(|w| w.contains("shows in a short pilot")),
        "{unknown:?}"
    );
    assert!(unknown
        .last()
        .is_some_and(|w| w.starts_with("What power cannot see")));
}

#[test]
fn the_normal_distribution_function_is_right_to_a_part_in_a_billion() {
    use pilot_savings::model::evidence::normal_cdf;
    for (z, p) in [
        (0.0, 0.5),
        (1.959963984540054, 0.975),
        (-1.959963984540054, 0.025),
        (0.8416212335729143, 0.8),
        (3.0, 0.998650101968),
    ] {
        assert!(
            (normal_cdf(z) - p).abs() < 1e-9,
            "Φ({z}) = {}",
            normal_cdf(z)
        );
    }
}

#[test]
fn a_pasted_column_reads_with_or_without_its_months_and_each_problem_is_said() {
    use pilot_savings::model::series::parse_counts;
    assert_eq!(parse_counts("12\n15\n9\n"), Ok(vec![12.0, 15.0, 9.0]));
    assert_eq!(
        parse_counts("Apr 2025\t12\r\nMay 2025\t15\r\nJun 2025\t9"),
        Ok(vec![12.0, 15.0, 9.0])
    );
    assert_eq!(parse_counts("2025-04,12\n2025-05,15"), Ok(vec![12.0, 15.0]));
    assert_eq!(parse_counts("12, 15, 9"), Ok(vec![12.0, 15.0, 9.0]));
    assert_eq!(parse_counts("12\t15\t9"), Ok(vec![12.0, 15.0, 9.0]));
    assert_eq!(
        parse_counts("12\n\n9").unwrap_err(),
        "Month 2 is blank: enter its events, 0 if there were none (a gap breaks the chart)"
    );
    assert_eq!(
        parse_counts("12,-3").unwrap_err(),
        "Month 2 is -3: events cannot be fewer than 0"
    );
    assert_eq!(
        parse_counts("12,many").unwrap_err(),
        "Month 2 is “many”: enter the events as a whole number"
    );
    assert_eq!(
        parse_counts("12,2.5").unwrap_err(),
        "Month 2 is “2.5”: enter the events as a whole number"
    );
    let long = vec!["3"; 121].join(",");
    assert_eq!(
        parse_counts(&long).unwrap_err(),
        "121 months are more than the 120 a chart takes: keep the latest 120"
    );
    assert_eq!(
        parse_counts(&vec!["3"; 120].join("\n")).map(|c| c.len()),
        Ok(120)
    );
}

#[test]
fn a_series_travels_in_links_and_files_and_its_errors_stay_as_typed() {
    use pilot_savings::link::{decode, encode};
    use pilot_savings::model::{FieldKey, SeriesKey};
    let link = "?v=1&fy=2025&l1.kind=rate&l1.base=26&l1.after=6&l1.unit=120&l1.series=22,21,23&l1.series_from=2025-4&l1.pilot_from=2025-06";
    let d = decode(link).draft;
    let s = d.check().expect("valid");
    let series = s.lines[0].series.as_ref().expect("a series");
    assert_eq!(
        (series.counts.clone(), series.pilot_at),
        (vec![22.0, 21.0, 23.0], Some(2))
    );
    assert_eq!(
        encode(&d),
        "v=1&fy=2025&l1.kind=rate&l1.series=22%2C21%2C23&l1.series_from=2025-04&l1.pilot_from=2025-06&l1.base=26&l1.after=6&l1.unit=120"
    );
    let file = pilot_savings::document::export(&d);
    assert!(file.contains("\"series\": \"22,21,23\""), "{file}");
    assert_eq!(
        pilot_savings::document::import(&file).map(|x| x.draft.check()),
        Ok(Ok(s.clone()))
    );
    assert_eq!(
        decode(&encode(&pilot_savings::model::Draft::from_scenario(&s)))
            .draft
            .check(),
        Ok(s)
    );
    // Bad values stay as typed, each with its message.
    let bad =
        "?v=1&l1.kind=count&l1.events=10&l1.pct=5&l1.unit=1&l1.series=4,x&l1.pilot_from=2030-01";
    let d = decode(bad).draft;
    let errors = d.check().unwrap_err();
    let keys: Vec<String> = errors.iter().map(|e| e.key.to_string()).collect();
    assert_eq!(keys, ["l1.series", "l1.series_from"]);
    assert_eq!(errors[0].key, FieldKey::Series(1, SeriesKey::Counts));
    assert!(encode(&d).contains("l1.series=4%2Cx&l1.pilot_from=2030-01"));
    let d = decode("?v=1&l1.kind=count&l1.events=10&l1.pct=5&l1.unit=1&l1.series=4,5&l1.series_from=2025-01&l1.pilot_from=2030-01").draft;
    let errors = d.check().unwrap_err();
    assert_eq!(errors[0].message, "Line 1: the pilot’s first month must be within the counts, 2025-01 to 2025-02, for example 2025-02");
}

const SEED: &str = "?v=1&fy=2026&l1.kind=rate&l1.name=Dermatology&l1.series=22,20,23,21,24,19,22,23,20,21,24,21,6,4,5&l1.series_from=2025-04&l1.pilot_from=2026-04&l1.base=26&l1.after=6&l1.unit=254.21&l1.pilot_months=3";

#[test]
fn the_seeds_chart_marks_its_three_pilot_months_and_says_so_for_a_board() {
    use pilot_savings::chart::{draw::render, spc_chart};
    let s = pilot_savings::link::decode(SEED)
        .draft
        .check()
        .expect("valid");
    let series = s.lines[0].series.as_ref().expect("a series");
    let chart = series.chart(pilot_savings::model::series::monthly_target(
        &s.lines[0],
        s.pop,
    ));
    assert_eq!(&chart.special[12..], [Special::Improvement; 3]);
    assert!(chart.special[..12].iter().all(|f| *f == Special::None));
    assert_eq!(
        (chart.variation, chart.assurance),
        (Variation::Improvement, Assurance::None)
    );
    let words = pilot_savings::words::spc::spc_sentence(&s.lines[0], 0, series, &chart, s.pop);
    assert_eq!(words, "Dermatology: events fell below the lower limit in each of the 3 pilot months: special cause improvement. Before the pilot, the target of 6 per 1,000 was never met. Whether the pilot meets the target reliably can be judged after 12 pilot months: 9 more.");
    for width in [300, 640] {
        let c = spc_chart(&s, 0, width).expect("a chart");
        assert_eq!(c.id, "spc-l1");
        let svg = render(&c);
        // Three improvement circles (radius 6, NHS blue) and the key's one.
        let blue = svg.matches("r=\"6\"").count();
        assert!(blue >= 4, "{blue} circles of radius 6");
        assert!(svg.contains("Apr 2025") && svg.contains("Pilot"), "{width}");
    }
    // Used, the figures come back as the inputs they were.
    let used =
        pilot_savings::model::series::figures_from(&s.lines[0], series, s.pop).expect("figures");
    let close = |a: f64, b: f64| (a - b).abs() < 1e-9;
    assert!(
        close(used[0].1, 26.0) && close(used[1].1, 6.0) && close(used[2].1, 3.0),
        "{used:?}"
    );
}

/// The SVG's texts, with where each starts.
fn svg_texts(svg: &str) -> Vec<(f64, String)> {
    svg.split("<text ")
        .skip(1)
        .filter_map(|t| {
            let (attrs, rest) = t.split_once('>')?;
            let text = rest.split('<').next()?.trim().to_string();
            let x = attrs
                .split("x=\"")
                .nth(1)?
                .split('"')
                .next()?
                .parse()
                .ok()?;
            Some((x, text))
        })
        .collect()
}

/// The texts that are months ("Sep 2026").
fn month_labels(svg: &str) -> Vec<(f64, String)> {
    let is_month = |t: &str| {
        t.len() == 8 && t.as_bytes()[3] == b' ' && t[4..].chars().all(|c| c.is_ascii_digit())
    };
    svg_texts(svg)
        .into_iter()
        .filter(|(_, t)| is_month(t))
        .collect()
}

/// Issue 29: the chart names its axis, has enough values on it to read a
/// count off, draws the target its sentence cites, and no two month
/// labels overlap, at any width and length of series.
#[test]
fn the_months_chart_is_readable_at_every_width_and_length() {
    use pilot_savings::chart::{draw::render, spc_chart};
    for months in [15usize, 24, 40, 120] {
        let counts: Vec<String> = (0..months).map(|i| (20 + i % 5).to_string()).collect();
        let link = format!("?v=1&fy=2026&pop=10000&l1.kind=rate&l1.base=26&l1.after=6&l1.unit=254&l1.series={}&l1.series_from=2016-09", counts.join(","));
        let s = pilot_savings::link::decode(&link)
            .draft
            .check()
            .expect("valid");
        for width in [300u32, 360, 480, 640, 1000] {
            let svg = render(&spc_chart(&s, 0, width).expect("a chart"));
            assert!(
                svg_texts(&svg).iter().any(|(_, t)| t == "Events a month"),
                "the value axis is named"
            );
            // The target: 6 per 1,000 a year for 10,000 people, 5 a month.
            assert!(svg.contains("#007F3B"), "the target is drawn");
            let labels = month_labels(&svg);
            assert!(labels.len() >= 2, "{months} months at {width}: {labels:?}");
            for pair in labels.windows(2) {
                let (a, b) = (&pair[0], &pair[1]);
                // Arial at 14 px is under 7.5 px a character.
                assert!(
                    a.0 + 7.5 * a.1.len() as f64 <= b.0,
                    "{months} months at {width}: {a:?} runs into {b:?}"
                );
            }
            let last = labels.last().expect("a label");
            assert!(
                last.0 >= 0.0 && last.0 + 7.5 * 8.0 <= f64::from(width),
                "{last:?} within {width}"
            );
        }
    }
    // A narrow range still has four or more values on its axis.
    let s = pilot_savings::link::decode(SEED)
        .draft
        .check()
        .expect("valid");
    let svg = render(&spc_chart(&s, 0, 640).expect("a chart"));
    let numbers = |t: &str| !t.is_empty() && t.chars().all(|c| c.is_ascii_digit());
    let ticks = svg_texts(&svg).iter().filter(|(_, t)| numbers(t)).count();
    assert!(ticks >= 4, "{ticks} values on the axis");
}

#[test]
fn the_csv_and_the_summary_carry_the_months_and_the_plan() {
    use pilot_savings::export::{figures_csv, summary_text};
    let s = pilot_savings::link::decode(SEED)
        .draft
        .check()
        .expect("valid");
    let r = pilot_savings::model::project(&s);
    let csv = figures_csv(&s, &r, "https://example.nhs.uk/calc/?v=1");
    assert!(csv.contains("Evidence over time: Dermatology\r\n"), "{csv}");
    assert!(
        csv.contains(
            "Month,Events,\"Rate per 1,000 a year\",Mean,Lower limit,Upper limit,Special cause\r\n"
        ),
        "{csv}"
    );
    assert!(csv.contains("Jun 2026,5,6,21.666666666666668,"), "{csv}");
    assert!(csv.trim_end().ends_with(",improvement"), "{csv}");
    let text = summary_text(&s, &r, "https://example.nhs.uk/calc/?v=1");
    assert!(text.contains("Evidence over time, and how long a pilot must run\n- Dermatology: events fell below the lower limit in each of the 3 pilot months"), "{text}");
    assert!(text.contains("- Dermatology, how long a pilot must run: Run as it was, 3 months against 12 months before it, the pilot had a 99.9% chance"), "{text}");
}
