//! `make fuzz`: the link decoder and encoder, the JSON file reader, the
//! stored-value readers and the projection on many generated inputs each
//! (1,000,000 unless a count is given: `cargo run --release --example fuzz
//! -- 20000`), structured (valid scenarios of up to 20 lines) and
//! byte-level (hostile keys, odd numbers, broken escapes, invalid UTF-8,
//! repeated keys, up to 1,000 lines, deep nesting). Checks that nothing
//! panics, that decode(encode(x)) = x, and that every figure is finite or
//! none; prints how many ran and how long each took, and on a failure the
//! input, to become a named test in `make test`.
//!
//! The inputs come from the calculator's own seeded generator rather than
//! proptest's strategies, which made 25 minutes of a million scenarios.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::run();
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::panic::{catch_unwind, AssertUnwindSafe};
    use std::time::Instant;

    use pilot_savings::document;
    use pilot_savings::keep::{read_autosave, read_saved, write_saved, Saved, Stored};
    use pilot_savings::link::{decode, encode};
    use pilot_savings::model::fields::Field;
    use pilot_savings::model::keys::{GlobalKey, LineKey};
    use pilot_savings::model::overlap::{share_inputs, SHARED_KEYS};
    use pilot_savings::model::project::YearCol;
    use pilot_savings::model::scenario::{Funder, Range};
    use pilot_savings::model::uncertainty::Rng;
    use pilot_savings::model::{project, Draft, Kind, Line, Scenario};

    type Check = fn(&mut Gen) -> Result<(), String>;

    pub fn run() {
        let cases: u64 = std::env::args()
            .nth(1)
            .and_then(|n| n.parse().ok())
            .unwrap_or(1_000_000);
        println!("{cases} generated inputs for each target, on 2 threads:");
        let targets: [(&str, Check); 7] = [
            ("links: valid scenarios, decode(encode(x)) = x", valid_link),
            (
                "links: hostile text, written once and for all",
                hostile_link,
            ),
            ("JSON files: valid scenarios read back the same", valid_file),
            ("JSON files: hostile text", hostile_file),
            ("stored values: hostile text", hostile_stored),
            ("stored values: saved lists read back the same", saved_lists),
            ("projection: every figure finite or none", finite_figures),
        ];
        let start = Instant::now();
        // Every target runs, whatever an earlier one found, so that one
        // failure never hides the rest.
        let found = targets
            .into_iter()
            .enumerate()
            .filter(|(seed, (what, check))| !target(what, *seed as u64, cases, *check))
            .count();
        let secs = start.elapsed().as_secs_f64();
        if found > 0 {
            println!("{found} of 7 targets FOUND a failure, in {secs:.0} s");
            std::process::exit(1);
        }
        println!("all 7 targets ok in {secs:.0} s");
    }

    /// Runs `check` `cases` times over two threads, each stopping at its
    /// first failure or panic; prints what failed. Whether it all passed.
    fn target(what: &str, seed: u64, cases: u64, check: Check) -> bool {
        let start = Instant::now();
        let found = std::thread::scope(|scope| {
            let halves: Vec<_> = (0..2u64)
                .map(|half| {
                    scope.spawn(move || {
                        let mut gen = Gen(Rng::new(seed * 1_000 + half));
                        for _ in 0..(cases / 2 + cases % 2 * (1 - half)) {
                            let outcome = catch_unwind(AssertUnwindSafe(|| check(&mut gen)));
                            match outcome {
                                Ok(Ok(())) => {}
                                Ok(Err(failure)) => return Some(failure),
                                Err(_) => return Some("a panic (above)".to_string()),
                            }
                        }
                        None
                    })
                })
                .collect();
            halves.into_iter().find_map(|h| h.join().ok().flatten())
        });
        let secs = start.elapsed().as_secs_f64();
        match &found {
            None => println!("  ok    {what}: {cases} in {secs:.1} s"),
            Some(failure) => println!("  FOUND {what}, after {secs:.1} s:\n{failure}"),
        }
        found.is_none()
    }

    fn valid_link(gen: &mut Gen) -> Result<(), String> {
        let s = gen.scenario();
        let written = encode(&Draft::from_scenario(&s));
        match decode(&written).draft.check() {
            Ok(read) if read == s => Ok(()),
            Ok(read) => Err(format!("{written}\n{}", differ(&s, &read))),
            Err(e) => Err(format!("{written}\nrefused: {e:?}")),
        }
    }

    /// Where two values' descriptions first differ, with some context.
    fn differ(a: &impl std::fmt::Debug, b: &impl std::fmt::Debug) -> String {
        let (a, b) = (format!("{a:?}"), format!("{b:?}"));
        let at = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
        let from = at.saturating_sub(60);
        let part = |s: &str| s.chars().skip(from).take(160).collect::<String>();
        format!("wrote …{}\nread  …{}", part(&a), part(&b))
    }

    fn hostile_link(gen: &mut Gen) -> Result<(), String> {
        // Lenient text (`1,200`) is written plainly (`1200`): the figures,
        // and the link once written, stay the same.
        let query = gen.query();
        let first = decode(&query).draft;
        let written = encode(&first);
        let again = decode(&written).draft;
        if again.check() != first.check() || encode(&again) != written {
            return Err(format!("{query:?}\nwritten as {written:?}"));
        }
        // Issue 16: each byte read is written as at most one `%XX`; the
        // version and first year are written whatever was read.
        if written.len() > 3 * query.len() + "v=1&fy=2100&".len() {
            return Err(format!("{query:?}\ngrew to {written:?}"));
        }
        Ok(())
    }

    fn valid_file(gen: &mut Gen) -> Result<(), String> {
        let draft = Draft::from_scenario(&gen.scenario());
        let file = document::export(&draft);
        match document::import(&file) {
            Ok(read) if read.draft == draft => Ok(()),
            other => Err(format!("{file}\nread as {other:?}")),
        }
    }

    fn hostile_file(gen: &mut Gen) -> Result<(), String> {
        if let Ok(d) = document::import(&gen.json()) {
            let _ = d.draft.check();
        }
        Ok(())
    }

    fn hostile_stored(gen: &mut Gen) -> Result<(), String> {
        let text = gen.json();
        let _ = read_autosave(Some(&text));
        match read_saved(Some(&text)) {
            Stored::Read(list)
                if read_saved(Some(&write_saved(&list))) != Stored::Read(list.clone()) =>
            {
                Err(format!("{text:?}"))
            }
            _ => Ok(()),
        }
    }

    fn saved_lists(gen: &mut Gen) -> Result<(), String> {
        let list: Vec<Saved> = (0..gen.below(8))
            .map(|_| Saved {
                name: gen.text(40),
                query: gen.text(80),
                saved_at: gen.text(20),
            })
            .collect();
        match read_saved(Some(&write_saved(&list))) {
            Stored::Read(read) if read == list => Ok(()),
            other => Err(format!("{list:?}\nread as {other:?}")),
        }
    }

    /// SPEC §8: every figure finite, or none where it does not apply.
    fn finite_figures(gen: &mut Gen) -> Result<(), String> {
        let s = gen.scenario();
        let r = project(&s);
        let m = &r.summary;
        let mut figures: Vec<f64> = r
            .years
            .iter()
            .flat_map(|y| YearCol::ALL.map(|c| y.column(c)))
            .collect();
        figures.extend([
            m.npv,
            m.gross_total,
            m.cost_total,
            m.net_total,
            m.cash_total,
            m.noncash_total,
            m.pv_gross,
            m.pv_cost,
            m.reinvest_total,
            m.beyond_horizon,
            m.cost_per_patient,
            m.net_year,
            m.net_per_1000,
            m.comm_total,
            m.primary_total,
            m.hosp_total,
            m.nhs_total,
            m.nhs_npv,
        ]);
        figures.extend(
            [
                m.bcr,
                m.switching,
                m.payback_months,
                m.scale_net_year,
                m.scale_npv,
                m.hshare_even,
            ]
            .into_iter()
            .flatten(),
        );
        for l in &r.lines {
            figures.extend([l.saving, l.cost, l.net, l.hosp, l.nhs, l.comm]);
            figures.extend(l.events.into_iter().chain(l.breakeven));
            figures.extend(
                l.workforce
                    .map(|w| [w.hours, w.wte, w.sessions])
                    .into_iter()
                    .flatten(),
            );
            figures.extend(
                l.steps
                    .map(|s| [s.units, s.next, s.events])
                    .into_iter()
                    .flatten(),
            );
        }
        match figures.iter().find(|v| !v.is_finite()) {
            None => Ok(()),
            Some(v) => Err(format!("{v} in {}", encode(&Draft::from_scenario(&s)))),
        }
    }

    /// The calculator's seeded generator, turned to making inputs.
    struct Gen(Rng);

    const NAME_CHARS: &[char] = &[
        'a', 'B', 'z', '0', '9', ' ', '&', '=', '%', '+', '#', '?', '<', '>', '"', '\'', '/', '\\',
        '£', 'é', 'ß', '\u{202e}', '\u{200b}', '😀', '漢', '\n', '\t', '~', ',', '.',
    ];

    /// Keys that are no input (read apart, or read by no one): the inputs'
    /// own names come from `GlobalKey::ALL` and `LineKey::ALL`.
    const ODD_KEYS: &[&str] = &["v", "name", "embed", "x", "", "l", "l0.kind", "l1", "l1."];
    const ODD_LINE_KEYS: &[&str] = &["kind", "name", "funder", "nope", "kind.lo"];

    const VALUES: &[&str] = &[
        "1e999",
        "-1e999",
        "NaN",
        "inf",
        "-0",
        "0x10",
        "1,200",
        "£1 200",
        "12%",
        "%FF",
        "%E2%82",
        "%C0%80",
        "%00",
        "%",
        "%%",
        "%zz",
        "+",
        "<script>alert(1)</script>",
        "rate",
        "count",
        "spend",
        "observed",
        "cost",
        "primary",
        "commissioner",
        "1e-320",
        "9007199254740993",
        "0.1",
        "100",
        "1000",
        "0",
        "-1",
        "  5 ",
        "1.",
        ".5",
        "1e3",
        "",
    ];

    impl Gen {
        fn below(&mut self, n: usize) -> usize {
            (self.0.next_u64() % n.max(1) as u64) as usize
        }

        fn chance(&mut self, p: f64) -> bool {
            self.0.uniform() < p
        }

        fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
            &items[self.below(items.len())]
        }

        /// Up to `max` characters from a hostile alphabet, trimmed.
        fn text(&mut self, max: usize) -> String {
            let n = self.below(max + 1);
            let text: String = (0..n).map(|_| *self.pick(NAME_CHARS)).collect();
            text.trim().to_string()
        }

        /// A value within a field's limits: often an edge, else anywhere.
        fn number(&mut self, f: &Field) -> f64 {
            let v = match self.below(6) {
                0 => f.min,
                1 => f.max,
                2 => f.default.clamp(f.min, f.max),
                _ => f.min + self.0.uniform() * (f.max - f.min),
            };
            if f.whole {
                v.round().clamp(f.min, f.max)
            } else {
                v
            }
        }

        /// A valid scenario: every input within its limits, ranges
        /// included, up to 20 lines.
        fn scenario(&mut self) -> Scenario {
            let mut s = Scenario {
                name: self.text(120),
                ..Scenario::default()
            };
            for key in GlobalKey::ALL {
                let f = key.field();
                let v = self.number(f);
                s.set(key, (!f.optional || self.chance(0.5)).then_some(v));
            }
            // share + hshare ≤ 100 (SPEC §2.6).
            s.hshare = self.0.uniform() * (100.0 - s.share);
            for key in [GlobalKey::Threshold, GlobalKey::Cap] {
                if let Some(v) = s.get(key).filter(|_| self.chance(0.2)) {
                    let (lo, hi) = self.around(key.field(), v);
                    s.ranges.push(Range { key, lo, hi });
                }
            }
            let lines = if self.chance(0.05) { 20 } else { self.below(6) };
            s.lines = (0..lines).map(|_| self.line()).collect();
            self.join_some(&mut s);
            s
        }

        /// Lines that act on the same events (SPEC §2.10): now and then a
        /// line joins an earlier one of its kind, as a checked scenario
        /// has it (the shared inputs its events' line's).
        fn join_some(&mut self, s: &mut Scenario) {
            for i in 1..s.lines.len() {
                let m = self.below(i);
                let (own, theirs) = (&s.lines[i], &s.lines[m]);
                let joins = matches!(own.kind, Kind::Rate | Kind::Count | Kind::Spend);
                if joins && own.kind == theirs.kind && theirs.with.is_none() && self.chance(0.3) {
                    s.lines[i].with = Some(m);
                    s.lines[i].ranges.retain(|r| !SHARED_KEYS.contains(&r.key));
                }
            }
            share_inputs(s);
        }

        fn line(&mut self) -> Line {
            let kind = *self.pick(&Kind::ALL);
            let mut line = Line::new(kind);
            line.name = self.text(80);
            line.funder = *self.pick(&Funder::ALL);
            for key in kind.keys() {
                let f = kind.field_of(key);
                let v = if f.optional && self.chance(0.5) {
                    0.0
                } else {
                    self.number(&f)
                };
                line.set(key, v);
                if key.can_range() && !(f.optional && v == 0.0) && self.chance(0.2) {
                    let (lo, hi) = self.around(&f, v);
                    line.ranges.push(Range { key, lo, hi });
                }
            }
            line
        }

        /// A range that holds `v` within the field's limits.
        fn around(&mut self, f: &Field, v: f64) -> (f64, f64) {
            let lo = v - self.0.uniform() * (v - f.min);
            let hi = v + self.0.uniform() * (f.max - v);
            let (lo, hi) = if f.whole {
                (lo.floor(), hi.ceil())
            } else {
                (lo, hi)
            };
            (lo.clamp(f.min, v), hi.clamp(v, f.max))
        }

        /// A query string as a careless or hostile writer makes it.
        fn query(&mut self) -> String {
            let pairs = if self.chance(0.01) {
                1_000
            } else {
                self.below(60)
            };
            let mut out = String::from(if self.chance(0.8) { "?" } else { "" });
            for i in 0..pairs {
                if i > 0 {
                    let joint = *self.pick(&["&", "&", "&", "&&", ";"]);
                    out.push_str(joint);
                }
                let key = match self.below(3) {
                    0 => self.global_key(),
                    1 => format!("l{}.{}", 1 + self.below(1_000), self.line_key()),
                    _ => self.escaped(12),
                };
                let value = match self.below(4) {
                    0 => self.pick(VALUES).to_string(),
                    1 => format!("{}", self.0.uniform() * 10f64.powi(self.below(12) as i32)),
                    _ => self.escaped(40),
                };
                out.push_str(&key);
                if self.chance(0.95) {
                    out.push('=');
                    out.push_str(&value);
                }
            }
            out
        }

        /// An input's name, as it is or with a range's end; or an odd key.
        fn global_key(&mut self) -> String {
            if self.chance(0.3) {
                return self.pick(ODD_KEYS).to_string();
            }
            let key = self.pick(&GlobalKey::ALL).name();
            format!("{key}{}", self.end())
        }

        fn line_key(&mut self) -> String {
            if self.chance(0.2) {
                return self.pick(ODD_LINE_KEYS).to_string();
            }
            let key = self.pick(&LineKey::ALL).name();
            format!("{key}{}", self.end())
        }

        fn end(&mut self) -> &'static str {
            const ENDS: [&str; 5] = ["", "", "", ".lo", ".hi"];
            let end: &&str = self.pick(&ENDS);
            end
        }

        /// Hostile text with percent-escapes of any byte (invalid UTF-8
        /// included) among the characters.
        fn escaped(&mut self, max: usize) -> String {
            (0..self.below(max + 1))
                .map(|_| {
                    if self.chance(0.3) {
                        format!("%{:02X}", self.below(256))
                    } else {
                        self.pick(NAME_CHARS).to_string()
                    }
                })
                .collect()
        }

        /// Text that is nearly JSON: the shapes this calculator writes with
        /// hostile values, deep nesting, and plain noise.
        fn json(&mut self) -> String {
            let a = self.json_value();
            let b = self.json_value();
            match self.below(5) {
                0 => format!(
                    "{{\"format\":\"pilot-savings-calculator\",\"version\":{a},\"scenario\":{{\"v\":1,\"pop\":{b},\"lines\":[{{\"kind\":\"cost\",\"annual\":{a}}}]}}}}"
                ),
                1 => format!(
                    "{{\"version\":{a},\"scenarios\":[{{\"name\":{b},\"query\":\"v=1\",\"saved_at\":\"x\"}}]}}"
                ),
                2 => format!("{{\"version\":1,\"query\":{a},\"saved_at\":{b}}}"),
                3 => self.text(200),
                _ => {
                    let bytes: Vec<u8> = (0..self.below(200)).map(|_| self.below(256) as u8).collect();
                    String::from_utf8_lossy(&bytes).into_owned()
                }
            }
        }

        fn json_value(&mut self) -> String {
            match self.below(7) {
                0 => {
                    let odd = [
                        "1e999",
                        "-0",
                        "null",
                        "true",
                        "\"\\ud800\"",
                        "1",
                        "2",
                        "{}",
                        "[]",
                    ];
                    self.pick(&odd).to_string()
                }
                1 => format!("{}", self.0.next_u64()),
                2 => format!("{:?}", self.text(20)),
                3 => {
                    let n = 1 + self.below(3_000);
                    format!("{}{}", "[".repeat(n), "]".repeat(n))
                }
                4 => format!("\"{}\"", self.query().replace('"', "")),
                _ => format!("{}", self.0.uniform() * 1e6),
            }
        }
    }
}
