//! The charts of SPEC §6 drawn for §10's worked example and the edges: the
//! SVG is read back as a browser would, element by element.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::WORKED;
use pilot_savings::chart::{self, Chart, WIDE};
use pilot_savings::link::decode;
use pilot_savings::model::{project, Results, Scenario};

const BLUE: &str = "#005EB8";
const DARK_PINK: &str = "#7C2855";
const GREEN: &str = "#007F3B";
const PURPLE: &str = "#330072";
const RED: &str = "#D5281B";
const DARK_BLUE: &str = "#003087";

fn checked(link: &str) -> (Scenario, Results) {
    match decode(link).draft.check() {
        Ok(s) => {
            let r = project(&s);
            (s, r)
        }
        Err(e) => panic!("link should be valid: {e:?}"),
    }
}

/// One SVG element: its tag, attributes, and text content.
#[derive(Debug)]
struct Element {
    tag: String,
    attrs: Vec<(String, String)>,
    text: String,
}

impl Element {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    fn num(&self, name: &str) -> f64 {
        self.attr(name)
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("{name} on {self:?}"))
    }
}

/// The elements of an SVG as written by plotters: one tag per line, each
/// attribute `name="value"` with no `"` inside a value.
fn elements(svg: &str) -> Vec<Element> {
    let mut out = Vec::new();
    for piece in svg.split('<').skip(1) {
        if piece.starts_with('/') {
            continue;
        }
        let (tag_part, text) = piece.split_once('>').unwrap_or((piece, ""));
        let tag_part = tag_part.trim_end_matches('/');
        let (tag, rest) = tag_part.split_once(' ').unwrap_or((tag_part, ""));
        let mut attrs = Vec::new();
        for chunk in rest.split("\" ") {
            if let Some((k, v)) = chunk.trim().split_once("=\"") {
                attrs.push((k.to_string(), v.trim_end_matches('"').to_string()));
            }
        }
        out.push(Element {
            tag: tag.to_string(),
            attrs,
            text: text.trim().to_string(),
        });
    }
    out
}

/// Bars of one colour, leaving out the legend's swatch (16 × 14 at the top).
fn bars<'a>(chart: &'a [Element], fill: &str) -> Vec<&'a Element> {
    chart
        .iter()
        .filter(|e| e.tag == "rect" && e.attr("fill") == Some(fill))
        .filter(|e| !(e.num("width") == 16.0 && e.num("height") == 14.0))
        .collect()
}

fn texts(chart: &[Element]) -> Vec<&str> {
    chart
        .iter()
        .filter(|e| e.tag == "text")
        .map(|e| e.text.as_str())
        .collect()
}

fn text_x(chart: &[Element], text: &str) -> f64 {
    chart
        .iter()
        .find(|e| e.tag == "text" && e.text == text)
        .unwrap_or_else(|| panic!("no label {text:?} in {:?}", texts(chart)))
        .num("x")
}

fn svg_of(c: &Chart) -> String {
    chart::draw::render(c)
}

fn drawn(c: &Chart) -> Vec<Element> {
    let svg = svg_of(c);
    assert!(svg.starts_with("<svg "), "{}", &svg[..40.min(svg.len())]);
    assert!(svg.trim_end().ends_with("</svg>"));
    elements(&svg)
}

#[test]
fn yearly_chart_has_a_bar_for_each_year_of_savings_and_of_costs_and_a_net_line() {
    let (s, r) = checked(WORKED);
    let c = chart::yearly(&r, s.fy, WIDE);
    let svg = drawn(&c);
    let savings = bars(&svg, BLUE);
    let costs = bars(&svg, DARK_PINK);
    assert_eq!((savings.len(), costs.len()), (5, 5));
    // Every year is the same: 326,000 of savings against 137,920 of costs.
    let ratio = costs[0].num("height") / savings[0].num("height");
    assert!((ratio - 137_920.0 / 326_000.0).abs() < 0.02, "{ratio}");
    assert!(savings
        .iter()
        .all(|b| b.num("height") == savings[0].num("height")));
    let net_points = svg
        .iter()
        .filter(|e| e.tag == "circle" && e.attr("fill") == Some("#212B32"))
        .count();
    assert_eq!(net_points, 5 + 1, "a point a year, and the legend's");
    for year in ["2017/18", "2018/19", "2019/20", "2020/21", "2021/22"] {
        assert!(texts(&svg).contains(&year), "{year} in {:?}", texts(&svg));
    }
    assert!(texts(&svg)
        .iter()
        .any(|t| t.starts_with('£') && t.ends_with('k')));
    assert_eq!(
        c.caption,
        "Savings are more than costs in every year: £940k net over 5 years."
    );
    assert_eq!(
        c.table.rows[0].values,
        vec![326_000.0, 137_920.0, 188_080.0]
    );
}

/// The payback marker's centre, and where the axis says that month is.
fn payback_marker(link: &str) -> (f64, f64, Option<f64>) {
    let (s, r) = checked(link);
    let c = chart::cumulative(&s, &r, WIDE);
    let svg = drawn(&c);
    let marker = svg
        .iter()
        .find(|e| e.tag == "circle" && e.attr("fill") == Some(DARK_BLUE))
        .expect("a payback marker");
    let months = r.summary.payback_months.expect("pays back");
    let end = format!("{}", 12 * s.years);
    let (x0, x1) = (text_x(&svg, "0"), text_x(&svg, &end));
    let expected = x0 + (x1 - x0) * months / f64::from(12 * s.years);
    (marker.num("cx"), expected, r.summary.payback_months)
}

#[test]
fn cumulative_chart_marks_payback_within_a_pixel_of_the_computed_month() {
    let (at, expected, months) = payback_marker(WORKED);
    assert_eq!(months, Some(0.0));
    assert!((at - expected).abs() <= 1.0, "{at} vs {expected}");
    // A setup cost of £110,000 is paid back in the eighth month.
    let (at, expected, months) = payback_marker(&format!("{WORKED}&l1.setup=110000"));
    assert!(
        months.is_some_and(|m| (m - 7.018).abs() < 0.001),
        "{months:?}"
    );
    assert!((at - expected).abs() <= 1.0, "{at} vs {expected}");
    assert!(at > expected - 60.0 && at > 100.0, "not at the start: {at}");
}

#[test]
fn cumulative_caption_says_payback_and_npv_in_words() {
    let (s, r) = checked(WORKED);
    let c = chart::cumulative(&s, &r, WIDE);
    assert_eq!(
        c.caption,
        "Pays back straight away; £879k net present value over 5 years."
    );
    assert!(texts(&drawn(&c)).contains(&"Pays back from the start"));
    let (s, r) = checked(&format!("{WORKED}&l1.setup=110000"));
    let c = chart::cumulative(&s, &r, WIDE);
    assert!(
        c.caption.starts_with("Pays back in month 8; "),
        "{}",
        c.caption
    );
    assert!(texts(&drawn(&c)).contains(&"Pays back: month 8"));
    let (s, r) = checked(&format!("{WORKED}&l1.setup=5000000"));
    let c = chart::cumulative(&s, &r, WIDE);
    assert!(c.caption.starts_with("Does not pay back within 5 years; "));
    assert!(!drawn(&c).iter().any(|e| e.attr("fill") == Some(DARK_BLUE)));
}

#[test]
fn gain_share_chart_splits_each_year_between_provider_and_commissioner() {
    let (s, r) = checked(WORKED);
    let c = chart::gain_share(&r, s.fy, WIDE);
    let svg = drawn(&c);
    let (provider, kept) = (bars(&svg, GREEN), bars(&svg, PURPLE));
    assert_eq!((provider.len(), kept.len()), (5, 5));
    // share = 50%: the two bars are the same height every year.
    assert!(provider
        .iter()
        .zip(&kept)
        .all(|(a, b)| (a.num("height") - b.num("height")).abs() <= 1.0));
    assert_eq!(
        c.table.rows[0].values,
        vec![188_080.0, 94_040.0, 94_040.0, 0.0]
    );
    assert_eq!(c.table.rows[1].values[3], 94_040.0);
    assert_eq!(
        c.caption,
        "£470k of gain-share is earned over 5 years, £376k of it spendable within them; the commissioner keeps £470k."
    );
}

#[test]
fn lines_chart_sorts_lines_by_net_with_savings_and_costs_coloured_apart() {
    let (s, r) = checked(WORKED);
    let c = chart::lines(&s, &r, WIDE);
    let svg = drawn(&c);
    let labels: Vec<&str> = texts(&svg)
        .into_iter()
        .filter(|t| t.contains(": "))
        .collect();
    assert_eq!(
        labels,
        [
            "Care home pharmacist: £185k",
            "Dermatology: £43k",
            "PCH running costs: \u{2212}£40k"
        ]
    );
    assert_eq!(bars(&svg, GREEN).len(), 2);
    assert_eq!(bars(&svg, RED).len(), 1);
    let widths: Vec<f64> = bars(&svg, GREEN).iter().map(|b| b.num("width")).collect();
    assert!(widths[0] > 4.0 * widths[1], "{widths:?}");
    assert_eq!(
        c.caption,
        "Care home pharmacist saves the most: £185k a year net at full effect; 1 line costs more than it saves."
    );
}

#[test]
fn hostile_names_are_text_in_every_chart() {
    let hostile =
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E%26";
    let (s, r) = checked(&format!("{WORKED}&l2.name={hostile}"));
    let c = chart::lines(&s, &r, WIDE);
    assert!(c.caption.starts_with("<script>alert(1)</script>\"><img"));
    for svg in [&svg_of(&c), &svg_of(&chart::cumulative(&s, &r, WIDE))] {
        assert!(!svg.contains("<script"), "{svg}");
        assert!(!svg.contains("<img"), "{svg}");
    }
    assert!(svg_of(&c).contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img"));
    // The caption is the SVG's title: escaped there too.
    assert!(svg_of(&c).contains("<title>&lt;script&gt;"));
    assert_eq!(svg_opening_tags(&svg_of(&c)), 1);
}

fn svg_opening_tags(svg: &str) -> usize {
    svg.matches("<svg").count()
}

#[test]
fn long_names_are_cut_to_fit_and_keep_their_figure() {
    let long = "A".repeat(80);
    let (s, r) = checked(&format!("{WORKED}&l2.name={long}"));
    let narrow = chart::lines(&s, &r, chart::NARROW);
    let label = texts(&drawn(&narrow))
        .into_iter()
        .find(|t| t.starts_with("AAA"))
        .map(str::to_string)
        .expect("the long name");
    assert!(label.ends_with("\u{2026}: £185k"), "{label}");
    assert!(
        label.chars().count() * 15 / 2 <= chart::NARROW as usize,
        "{label}"
    );
    assert_eq!(narrow.table.rows[0].label, long);
}

#[test]
fn ladder_scales_net_and_npv_in_proportion_to_population() {
    let (s, r) = checked(&format!("{WORKED}&scale=300000"));
    let rungs = chart::rungs(&r.summary, s.pop, s.scale);
    let figures: Vec<(f64, f64)> = rungs.iter().map(|g| (g.pop, g.net_year)).collect();
    // A practice, a primary care network or neighbourhood at both ends,
    // this population, a place, the user's footprint and an ICS.
    assert_eq!(
        figures,
        [
            (10_000.0, 47_020.0),
            (30_000.0, 141_060.0),
            (40_000.0, 188_080.0),
            (50_000.0, 235_100.0),
            (250_000.0, 1_175_500.0),
            (300_000.0, 1_410_600.0),
            (1_000_000.0, 4_702_000.0)
        ]
    );
    let labels: Vec<&str> = rungs.iter().map(|g| g.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "A practice",
            "A primary care network or neighbourhood, smaller",
            "This population",
            "A primary care network or neighbourhood, larger",
            "A place",
            "Your larger footprint",
            "An integrated care system (ICS)"
        ]
    );
    assert!((rungs[3].npv - 878_912.74 * 1.25).abs() < 0.01);
    let c = chart::ladder(&rungs, s.years, WIDE);
    let svg = drawn(&c);
    assert_eq!((bars(&svg, BLUE).len(), bars(&svg, GREEN).len()), (7, 7));
    for label in [
        "10,000",
        "40,000",
        "30,000",
        "50,000",
        "250,000",
        "300,000",
        "1,000,000",
    ] {
        assert!(texts(&svg).contains(&label), "{label}");
    }
    assert!(c.caption.starts_with("For 1,000,000 people: £4.7m a year net at full effect and £22m net present value over 5 years"), "{}", c.caption);
    let (s, r) = checked(WORKED);
    assert_eq!(chart::rungs(&r.summary, s.pop, s.scale).len(), 6);
}

#[test]
fn empty_and_one_year_scenarios_draw_without_panicking() {
    for link in [
        "?v=1",
        "?v=1&years=1",
        &format!("{WORKED}&years=1"),
        &format!("{WORKED}&years=10"),
    ] {
        let (s, r) = checked(link);
        let rungs = chart::rungs(&r.summary, s.pop, s.scale);
        for c in [
            chart::yearly(&r, s.fy, WIDE),
            chart::cumulative(&s, &r, chart::NARROW),
            chart::gain_share(&r, s.fy, chart::NARROW),
            chart::lines(&s, &r, WIDE),
            chart::ladder(&rungs, s.years, chart::NARROW),
        ] {
            drawn(&c);
            assert!(!c.caption.is_empty(), "{link}: {}", c.id);
        }
        let yearly = chart::yearly(&r, s.fy, WIDE);
        assert_eq!(
            bars(&drawn(&yearly), BLUE).len(),
            s.years as usize,
            "{link}"
        );
    }
    let (s, r) = checked("?v=1");
    assert_eq!(
        chart::lines(&s, &r, WIDE).caption,
        "No lines yet: add a line to see what each saves or costs."
    );
    assert_eq!(
        chart::yearly(&r, s.fy, WIDE).caption,
        "No savings or costs yet: add a line to see them here."
    );
}

/// Texts of a drawing that are a money figure alone: an axis's labels.
fn axis_texts(chart: &[Element]) -> Vec<String> {
    texts(chart)
        .into_iter()
        .map(str::trim)
        .filter(|t| {
            let t = t.trim_start_matches('\u{2212}');
            t.starts_with('£')
                && t[2..]
                    .chars()
                    .all(|c| c.is_ascii_digit() || ",.km".contains(c))
        })
        .map(String::from)
        .collect()
}

#[test]
fn an_axis_uses_one_money_style() {
    let labels = |ticks: &[f64]| chart::axis_labels(ticks);
    assert_eq!(
        labels(&[0.0, 5_000.0, 10_000.0, 15_000.0]),
        ["£0", "£5k", "£10k", "£15k"]
    );
    assert_eq!(labels(&[0.0, 2_000.0, 4_000.0]), ["£0", "£2,000", "£4,000"]);
    assert_eq!(
        labels(&[-500.0, 0.0, 500.0]),
        ["\u{2212}£500", "£0", "£500"]
    );
    assert_eq!(
        labels(&[0.0, 200_000.0, 400_000.0, 1_000_000.0, 1_200_000.0]),
        ["£0", "£0.2m", "£0.4m", "£1.0m", "£1.2m"]
    );
    assert_eq!(
        labels(&[5_000.0, 7_500.0, 10_000.0]),
        ["£5.0k", "£7.5k", "£10.0k"]
    );
    // Every chart of the worked example and of a small scheme: an axis
    // is all in pounds, or all in thousands or millions.
    for link in [
        WORKED.to_string(),
        format!("{WORKED}&pop=2000&scale=250000"),
    ] {
        let (s, r) = checked(&link);
        let rungs = chart::rungs(&r.summary, s.pop, s.scale);
        for c in [
            chart::yearly(&r, s.fy, WIDE),
            chart::cumulative(&s, &r, chart::NARROW),
            chart::gain_share(&r, s.fy, WIDE),
            chart::lines(&s, &r, chart::NARROW),
            chart::ladder(&rungs, s.years, WIDE),
        ] {
            let axis = axis_texts(&drawn(&c));
            let short = axis
                .iter()
                .filter(|t| t.ends_with('k') || t.ends_with('m'))
                .count();
            let zero = axis.iter().filter(|t| *t == "£0").count();
            assert!(
                short == 0 || short + zero == axis.len(),
                "{link} {}: {axis:?}",
                c.id
            );
        }
    }
}

fn tornado_of(link: &str, width: u32) -> (Scenario, Chart) {
    let (s, r) = checked(link);
    let rows = pilot_savings::model::uncertainty::tornado(&s)
        .iter()
        .map(|w| chart::Row {
            label: pilot_savings::words::swing_label(&s, w),
            values: vec![w.low.npv, w.high.npv],
        })
        .collect();
    let c = chart::tornado(rows, r.summary.npv, width);
    (s, c)
}

#[test]
fn tornado_labels_its_centre_and_its_labels_fit_a_phone() {
    let ranged = format!(
        "{WORKED}&l1.name=Dermatology%20referrals%20to%20the%20hospital%20outpatient%20clinic&l1.after.lo=4&l1.after.hi=8&l2.saved.lo=100000&l2.saved.hi=250000"
    );
    for width in [chart::NARROW, WIDE] {
        let (_, c) = tornado_of(&ranged, width);
        let svg = drawn(&c);
        let all = texts(&svg);
        assert!(all.contains(&"As entered: £879k"), "{width}: {all:?}");
        // Each label is whole, on two lines at most where it is long: the
        // words of the longest are all there.
        let room = ((width - 40) * 2 / 15) as usize;
        assert!(
            all.iter().all(|t| t.chars().count() <= room),
            "{width}: {all:?}"
        );
        let words: String = all.join(" ");
        for word in [
            "Dermatology",
            "outpatient",
            "clinic:",
            "rate",
            "pilot,",
            "4",
            "8",
            "per",
            "1,000",
        ] {
            assert!(words.contains(word), "{width}: {word} in {words}");
        }
        // The centre line sits at npv as entered, inside the drawing.
        let centre = text_x(&svg, "As entered: £879k");
        assert!(centre > 0.0 && centre < f64::from(width), "{centre}");
    }
}

#[test]
fn histogram_names_its_axes() {
    let (s, _) = checked(&format!("{WORKED}&l1.after.lo=4&l1.after.hi=8&mc=2000"));
    let spread = pilot_savings::model::uncertainty::monte_carlo(&s).expect("draws");
    for width in [chart::NARROW, WIDE] {
        let svg = drawn(&chart::histogram(&spread, s.years, width));
        let all = texts(&svg);
        assert!(all.contains(&"Number of draws"), "{all:?}");
        assert!(all.contains(&"Net present value over 5 years"), "{all:?}");
    }
}

#[test]
fn ladder_does_not_repeat_a_footprint() {
    let (s, r) = checked(&WORKED.replace("pop=40000", "pop=30000"));
    let rungs = chart::rungs(&r.summary, s.pop, s.scale);
    let pops: Vec<f64> = rungs.iter().map(|g| g.pop).collect();
    assert_eq!(pops, [10_000.0, 30_000.0, 50_000.0, 250_000.0, 1_000_000.0]);
    assert_eq!(
        rungs[1].label,
        "This population, the size of a primary care network or neighbourhood, smaller"
    );
    let (s, r) = checked(&format!("{WORKED}&scale=250000"));
    let rungs = chart::rungs(&r.summary, s.pop, s.scale);
    let labels: Vec<&str> = rungs.iter().map(|g| g.label.as_str()).collect();
    assert_eq!(labels[4], "Your larger footprint, the size of a place");
    assert_eq!(rungs.len(), 6);
    let svg = drawn(&chart::ladder(&rungs, s.years, WIDE));
    assert_eq!(texts(&svg).iter().filter(|t| **t == "250,000").count(), 1);
}

/// What the views module builds for the page's request (`chart::wanted`,
/// sent as JSON with the scenario's query) is the chart of the scenario.
#[test]
fn a_chart_asked_for_by_name_is_the_scenarios_chart() {
    use pilot_savings::chart::wanted::{chart_of, Wanted};
    let link = format!(
        "{WORKED}&l1.after.lo=4&l1.after.hi=8&l1.step=552&l1.step_cost=30000&mc=2000&scale=250000"
    );
    let (s, r) = checked(&link);
    let ask = |id: &str| {
        let wanted = Wanted {
            chart: id.to_string(),
            query: link.trim_start_matches('?').to_string(),
            width: WIDE,
        };
        let json = wanted.json();
        let read: Wanted = serde_json::from_str(&json).expect("reads back");
        chart_of(&read).map(|(_, c)| c)
    };
    for (id, direct) in [
        ("yearly", chart::yearly(&r, s.fy, WIDE)),
        ("cumulative", chart::cumulative(&s, &r, WIDE)),
        ("gain-share", chart::gain_share(&r, s.fy, WIDE)),
        ("lines", chart::lines(&s, &r, WIDE)),
    ] {
        assert_eq!(ask(id).as_ref(), Some(&direct), "{id}");
    }
    let steps = ask("steps-l1").expect("line 1 has steps");
    assert_eq!(steps.id, "steps-l1");
    assert!(ask("steps-l2").is_none(), "line 2 has no steps");
    assert!(ask("steps-l99").is_none());
    let tornado = ask("tornado").expect("a tornado");
    assert_eq!(tornado.table.rows.len(), 1);
    // The histogram is drawn beside the draws, in the views module
    // (`how_sure::draws_app`), not asked for by name.
    assert!(ask("histogram").is_none());
    assert!(ask("no-such-chart").is_none());
    let bad = Wanted {
        chart: "yearly".into(),
        query: "v=1&pop=abc".into(),
        width: WIDE,
    };
    assert!(
        chart_of(&bad).is_none(),
        "a scenario with a problem draws nothing"
    );
}

/// A step of one event in a population of millions frees a unit per event:
/// the chart and its table stay small and quick (a table of every unit
/// would be a hundred million rows).
#[test]
fn a_line_of_millions_of_steps_draws_a_ramp_and_lists_the_last_units() {
    let link = "?v=1&pop=100000000&l1.kind=rate&l1.base=1000&l1.after=0&l1.unit=100&l1.step=1&l1.step_cost=1";
    let (s, r) = checked(link);
    let steps = r.lines[0].steps.as_ref().expect("steps");
    assert_eq!(steps.units, 100_000_000.0);
    let c = chart::steps(&s.lines[0].name, 0, steps, WIDE);
    let units: Vec<&str> = c.table.rows.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(
        units.len(),
        12,
        "this pilot, then the last ten units and the next: {units:?}"
    );
    assert_eq!(units[1], "Unit 99,999,991");
    assert_eq!(units[11], "Unit 100,000,001");
    let svg = svg_of(&c);
    assert!(svg.len() < 20_000, "{} characters", svg.len());
    // A few units are still drawn as a staircase, every one in the table.
    let (s, r) = checked(&format!("{WORKED}&l1.step=200&l1.step_cost=30000"));
    let c = chart::steps(
        &s.lines[0].name,
        0,
        r.lines[0].steps.as_ref().expect("steps"),
        WIDE,
    );
    let units: Vec<&str> = c.table.rows.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(
        units,
        [
            "This pilot",
            "Unit 1",
            "Unit 2",
            "Unit 3",
            "Unit 4",
            "Unit 5"
        ]
    );
}
