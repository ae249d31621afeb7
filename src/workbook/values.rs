//! The sheets of values (SPEC §5.1): Evidence (each line's months with
//! their mean and limits, §2.8) and How sure (the Monte Carlo percentiles
//! and the tornado, §2.5), labelled as figures the calculator worked out,
//! not formulas.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::cells::{headings, text, Formats};
use crate::export::special_word;
use crate::model::series::{month_name, monthly_target};
use crate::model::tornado::tornado;
use crate::model::uncertainty::monte_carlo;
use crate::model::Scenario;
use crate::text::line_name;

/// Writes the Evidence sheet, when a line has monthly counts.
pub fn evidence_sheet(s: &Scenario, f: &Formats) -> Result<Option<Worksheet>, XlsxError> {
    if s.lines.iter().all(|l| l.series.is_none()) {
        return Ok(None);
    }
    let mut sheet = Worksheet::new();
    sheet.set_name("Evidence")?;
    headings(
        &mut sheet,
        f,
        &[
            ("Line", 30.0),
            ("Month", 12.0),
            ("Events", 10.0),
            ("Mean", 12.0),
            ("Lower limit", 12.0),
            ("Upper limit", 12.0),
            ("Special cause", 14.0),
        ],
    )?;
    let mut row = 1;
    for (i, line) in s.lines.iter().enumerate() {
        let Some(series) = &line.series else { continue };
        let chart = series.chart(monthly_target(line, s.pop));
        let name = line_name(&line.name, i);
        for (m, (v, flag)) in series.counts.iter().zip(&chart.special).enumerate() {
            text(&mut sheet, (row, 0), &name)?;
            text(&mut sheet, (row, 1), &month_name(series.month(m)))?;
            sheet.write_number_with_format(row, 2, *v, &f.whole)?;
            sheet.write_number_with_format(row, 3, chart.limits.mean, &f.number)?;
            // Limits are shown only from 13 months with 12 in the period.
            if chart.shown {
                sheet.write_number_with_format(row, 4, chart.limits.lower, &f.number)?;
                sheet.write_number_with_format(row, 5, chart.limits.upper, &f.number)?;
            }
            text(&mut sheet, (row, 6), special_word(*flag))?;
            row += 1;
        }
    }
    Ok(Some(sheet))
}

/// Writes the How sure sheet: the seeded run's figures, as values.
pub fn how_sure_sheet(s: &Scenario, f: &Formats) -> Result<Worksheet, XlsxError> {
    let mut sheet = Worksheet::new();
    sheet.set_name("How sure")?;
    headings(
        &mut sheet,
        f,
        &[
            ("Figure", 58.0),
            ("Name on the page", 20.0),
            ("Lowest", 16.0),
            ("Highest", 16.0),
        ],
    )?;
    let spread = (s.range_count() > 0).then(|| monte_carlo(s)).flatten();
    let Some(spread) = spread else {
        let none = "No input has a range, so there is nothing uncertain to show: give an input a lowest and highest value in the calculator.";
        text(&mut sheet, (1, 0), none)?;
        return Ok(sheet);
    };
    let said = format!(
        "Values, not formulas: from the calculator's run of {} draws with seed {} (the same link gives the same figures).",
        spread.draws, s.seed
    );
    text(&mut sheet, (1, 0), &said)?;
    let figures = [
        ("Net present value, 5th percentile", "mc-p5", spread.p5),
        ("Net present value, median", "mc-p50", spread.p50),
        ("Net present value, 95th percentile", "mc-p95", spread.p95),
        ("Net present value, mean", "mc-mean", spread.mean),
        (
            "Draws with a net present value above 0 (%)",
            "mc-prob-positive",
            spread.prob_positive,
        ),
        (
            "NHS as a whole, present value, 5th percentile",
            "mc-nhs-p5",
            spread.nhs.p5,
        ),
        (
            "NHS as a whole, present value, median",
            "mc-nhs-p50",
            spread.nhs.p50,
        ),
        (
            "NHS as a whole, present value, 95th percentile",
            "mc-nhs-p95",
            spread.nhs.p95,
        ),
    ];
    let mut row = 2;
    for (label, key, value) in figures {
        text(&mut sheet, (row, 0), label)?;
        text(&mut sheet, (row, 1), key)?;
        let format = if key == "mc-prob-positive" {
            &f.percent
        } else {
            &f.money
        };
        sheet.write_number_with_format(row, 2, value, format)?;
        row += 1;
    }
    row += 1;
    let heading = "One input at a time (tornado): the net present value with the input at its lowest and at its highest";
    sheet.write_string_with_format(row, 0, heading, &f.heading)?;
    row += 1;
    for swing in tornado(s) {
        text(
            &mut sheet,
            (row, 0),
            &format!("{} from {} to {}", swing.field, swing.lo, swing.hi),
        )?;
        text(&mut sheet, (row, 1), &format!("tornado-{}", swing.field))?;
        sheet.write_number_with_format(row, 2, swing.low.npv, &f.money)?;
        sheet.write_number_with_format(row, 3, swing.high.npv, &f.money)?;
        row += 1;
    }
    Ok(sheet)
}
