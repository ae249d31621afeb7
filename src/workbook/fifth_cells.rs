//! Where the Deprivation sheet's figures stand (SPEC §2.11, §5.1), and how
//! a row of five fifths, a row's indices and a single figure are written:
//! beneath the sheet and its groups' rows, so that imports run one way.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::cells::{cell, put, text, Formats};
use crate::model::equity::Q;
use crate::model::fifths::Gap;

/// Columns C to G hold the fifths; H to J a row's SII, α and RII.
pub(super) const FIRST: u16 = 2;
const SII: u16 = 7;
pub(super) const RANK_ROW: u32 = 1;
pub(super) const SHARE_ROW: u32 = 2;
pub(super) const CENTRED_ROW: u32 = 3;
const SXX_ROW: u32 = 4;

/// A row's five cells, fixed: `$C$3:$G$3`.
pub(super) fn row_span(row: u32) -> String {
    format!("$C${r}:$G${r}", r = row + 1)
}

pub(super) fn at(row: u32, q: usize) -> String {
    cell(row, FIRST + q as u16)
}

pub(super) struct Sheet<'a> {
    pub sheet: Worksheet,
    pub f: &'a Formats,
    pub row: u32,
}

impl Sheet<'_> {
    /// A labelled row of five formulas (`formula(q)`), with their values.
    pub fn fifths(
        &mut self,
        label: &str,
        line: &str,
        formula: impl Fn(usize) -> String,
        values: &Q,
        money: bool,
    ) -> Result<u32, XlsxError> {
        let r = self.row;
        text(&mut self.sheet, (r, 0), label)?;
        text(&mut self.sheet, (r, 1), line)?;
        let format = if money { &self.f.money } else { &self.f.number };
        for (q, value) in values.iter().enumerate() {
            let c = FIRST + q as u16;
            put(&mut self.sheet, (r, c), &formula(q), Some(*value), format)?;
        }
        self.row += 1;
        Ok(r)
    }

    /// SII, α and RII of the rates on row `r`, as the page has them.
    pub fn gap(&mut self, r: u32, gap: &Gap) -> Result<(), XlsxError> {
        let y = row_span(r);
        let s = row_span(SHARE_ROW);
        let sii = format!(
            "IF(COUNTIF({s},\">0\")<2,\"\",SUMPRODUCT({s},{},{y})/$C${})",
            row_span(CENTRED_ROW),
            SXX_ROW + 1
        );
        let (h, i) = (cell(r, SII), cell(r, SII + 1));
        let alpha = format!(
            "IF({h}=\"\",\"\",SUMPRODUCT({s},{y})/SUM({s})-{h}*SUMPRODUCT({s},{})/SUM({s}))",
            row_span(RANK_ROW)
        );
        let rii = format!("IF(OR({h}=\"\",{i}=\"\"),\"\",IF({i}<=0,\"\",({i}+{h})/{i}))");
        let sheet = &mut self.sheet;
        put(sheet, (r, SII), &sii, gap.sii, &self.f.number)?;
        put(sheet, (r, SII + 1), &alpha, gap.alpha, &self.f.number)?;
        put(sheet, (r, SII + 2), &rii, gap.rii, &self.f.factor)
    }

    /// One figure in column C, labelled: a percentage (see `ratio`).
    pub fn single(
        &mut self,
        label: &str,
        line: &str,
        formula: &str,
        value: Option<f64>,
    ) -> Result<(), XlsxError> {
        let r = self.row;
        text(&mut self.sheet, (r, 0), label)?;
        text(&mut self.sheet, (r, 1), line)?;
        put(&mut self.sheet, (r, FIRST), formula, value, &self.f.percent)?;
        self.row += 1;
        Ok(())
    }
}

/// Line i's cell in `col` of the Lines sheet (line n on row n + 1).
pub(super) fn lines_cell(i: usize, col: u16) -> String {
    format!("Lines!${}${}", super::cells::column(col), i + 2)
}
