//! The Inputs sheet (SPEC §5.1): every global and line input with its
//! label, link key, value and unit, each value a named cell, so that the
//! other sheets' formulas read `pop*(l1_base-l1_after)/1000`.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::cells::{headings, put, text, Formats};
use crate::model::equity::{EquityKey, Grad};
use crate::model::keys::{GlobalKey, LineKey};
use crate::model::overlap::SHARED_KEYS;
use crate::model::{Line, Scenario, Unit};
use crate::text::line_name;

/// A named cell: its name, and where it is (`Inputs!$C$3`).
pub type Named = (String, String);

/// The name of line `n`'s input `key` (n from 1): `l1_base`. A link's
/// `l1.base` with `_` for `.`, which no spreadsheet reads as a cell.
pub fn line_input(n: usize, key: &str) -> String {
    format!("l{n}_{key}")
}

/// The name of line `n`'s payer of costs.
pub fn funder_of(n: usize) -> String {
    line_input(n, "funder")
}

fn unit_words(unit: Unit) -> &'static str {
    match unit {
        Unit::Money => "pounds",
        Unit::Percent => "per cent",
        Unit::Rate => "per 1,000 people a year",
        Unit::Year => "April to March: 2026 is 2026/27",
        Unit::Count | Unit::Flag => "",
    }
}

struct Rows<'a> {
    sheet: &'a mut Worksheet,
    f: &'a Formats,
    /// The years shown, for uptake year by year.
    years: u32,
    row: u32,
    named: Vec<Named>,
}

impl Rows<'_> {
    /// One input: label, link key, value (blank for none), unit, name.
    fn input(
        &mut self,
        (label, key, name): (&str, &str, String),
        value: Option<f64>,
        unit: Unit,
        from: Option<String>,
    ) -> Result<(), XlsxError> {
        let r = self.row;
        text(self.sheet, (r, 0), label)?;
        text(self.sheet, (r, 1), key)?;
        // A ratio or weight (1.5) is not rounded to a whole number.
        let format = match value {
            Some(v) if unit == Unit::Count && v.fract() != 0.0 => &self.f.number,
            _ => self.f.of_unit(unit),
        };
        match (value, from) {
            // A joined line's shared input is its events' line's cell.
            (v, Some(from)) => put(self.sheet, (r, 2), &from, v, format)?,
            (Some(v), None) => {
                self.sheet.write_number_with_format(r, 2, v, format)?;
            }
            (None, None) => {
                self.sheet.write_blank(r, 2, format)?;
            }
        };
        self.sheet
            .write_string_with_format(r, 3, unit_words(unit), &self.f.beside)?;
        text(self.sheet, (r, 4), &name)?;
        self.named.push((name, format!("Inputs!$C${}", r + 1)));
        self.row += 1;
        Ok(())
    }

    /// A row of text: a heading, or an input that is words.
    fn words(&mut self, cells: [&str; 3], name: Option<String>) -> Result<(), XlsxError> {
        let r = self.row;
        for (col, value) in (0u16..).zip(cells) {
            text(self.sheet, (r, col), value)?;
        }
        if let Some(name) = name {
            text(self.sheet, (r, 4), &name)?;
            self.named.push((name, format!("Inputs!$C${}", r + 1)));
        }
        self.row += 1;
        Ok(())
    }

    fn line(&mut self, n: usize, line: &Line) -> Result<(), XlsxError> {
        self.row += 1;
        let r = self.row;
        let title = line_name(&line.name, n - 1);
        self.sheet
            .write_string_with_format(r, 0, format!("Line {n}: {title}"), &self.f.heading)?;
        self.row += 1;
        let prefix = format!("l{n}.");
        self.words(["Kind", &format!("{prefix}kind"), line.kind.key()], None)?;
        self.words(["Name", &format!("{prefix}name"), &line.name], None)?;
        if let Some(m) = line.with {
            let events_line = (m + 1).to_string();
            self.words(
                [
                    "Acts on the same events as line",
                    &format!("{prefix}with"),
                    &events_line,
                ],
                None,
            )?;
        }
        for key in line.kind.keys() {
            let field = line.kind.field_of(key);
            if key == LineKey::Uptake {
                self.uptakes(n, line, field.unit)?;
                continue;
            }
            let link = format!("{prefix}{}", key.name());
            let name = line_input(n, key.name());
            let from = line
                .with
                .filter(|_| SHARED_KEYS.contains(&key))
                .map(|m| line_input(m + 1, key.name()));
            self.input(
                (field.label, &link, name),
                Some(line.get(key)),
                field.unit,
                from,
            )?;
        }
        self.words(
            [
                "Who pays the line's costs",
                &format!("{prefix}funder"),
                line.funder.name(),
            ],
            Some(funder_of(n)),
        )?;
        if line.kind.counts_events() {
            self.equity(n, line)?;
        }
        Ok(())
    }

    /// A line's deprivation inputs (SPEC §2.11): its gradient (one ratio,
    /// or five rates), reach by fifth (1 each when not given) and whether
    /// a fall is a gain in health; a joined line's gradient is its events'
    /// line's.
    fn equity(&mut self, n: usize, line: &Line) -> Result<(), XlsxError> {
        let e = &line.equity;
        let grad = EquityKey::Grad.label();
        match (&e.grad, line.with) {
            (_, Some(_)) => {}
            (Grad::Ratio(g), None) => {
                let at = (grad, &*format!("l{n}.grad"), line_input(n, "grad"));
                self.input(at, Some(*g), Unit::Count, None)?;
            }
            (Grad::Rates(q), None) => self.fifths(n, "grad", grad, q)?,
        }
        let reach = e.reach.unwrap_or([1.0; 5]);
        self.fifths(n, "reach", EquityKey::Reach.label(), &reach)?;
        let health = (
            EquityKey::Health.label(),
            &*format!("l{n}.health"),
            line_input(n, "health"),
        );
        self.input(
            health,
            Some(f64::from(u8::from(e.health))),
            Unit::Flag,
            None,
        )
    }

    /// Line n's uptake in each year shown (SPEC §2.2), one input a year:
    /// `l1_uptake_1` … , so that a ramp is as easy to change as one number.
    fn uptakes(&mut self, n: usize, line: &Line, unit: Unit) -> Result<(), XlsxError> {
        for t in 1..=self.years {
            let label = format!("Saving reached in year {t} (uptake)");
            let name = line_input(n, &format!("uptake_{t}"));
            let at = (&*label, &*format!("l{n}.uptake"), name);
            self.input(at, Some(line.ramp.in_year(line.uptake, t)), unit, None)?;
        }
        Ok(())
    }

    /// Five inputs of line n, one a fifth: `l1_reach_1` … `l1_reach_5`.
    fn fifths(&mut self, n: usize, key: &str, label: &str, q: &[f64; 5]) -> Result<(), XlsxError> {
        for (i, v) in q.iter().enumerate() {
            let label = format!("{label}: fifth {}", i + 1);
            let name = line_input(n, &format!("{key}_{}", i + 1));
            self.input(
                (&label, &format!("l{n}.{key}"), name),
                Some(*v),
                Unit::Count,
                None,
            )?;
        }
        Ok(())
    }
}

/// Writes the Inputs sheet; the named cells, to be defined in the workbook.
pub fn inputs_sheet(s: &Scenario, f: &Formats) -> Result<(Worksheet, Vec<Named>), XlsxError> {
    let mut sheet = Worksheet::new();
    sheet.set_name("Inputs")?;
    headings(
        &mut sheet,
        f,
        &[
            ("Input", 44.0),
            ("Link key", 16.0),
            ("Value", 16.0),
            ("Unit", 26.0),
            ("Name in formulas", 18.0),
        ],
    )?;
    let mut rows = Rows {
        sheet: &mut sheet,
        f,
        years: s.years,
        row: 1,
        named: Vec::new(),
    };
    rows.words(["Scenario name", "name", &s.name], None)?;
    for key in GlobalKey::ALL {
        let field = key.field();
        let name = key.name().to_string();
        rows.input(
            (field.label, key.name(), name),
            s.get(key),
            field.unit,
            None,
        )?;
    }
    for (q, v) in s.imd.iter().enumerate() {
        let label = format!(
            "Population in deprivation fifth {} (1 most deprived)",
            q + 1
        );
        rows.input(
            (&label, "imd", format!("imd_{}", q + 1)),
            Some(*v),
            Unit::Percent,
            None,
        )?;
    }
    for (i, line) in s.lines.iter().enumerate() {
        rows.line(i + 1, line)?;
    }
    let named = rows.named;
    Ok((sheet, named))
}
