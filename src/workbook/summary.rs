//! The Summary sheet (SPEC §5.1): every output of §2.4 and §2.6 as a
//! formula over the Years and Lines sheets, npv as the sum of present
//! values and payback by §2.4's rule, each named by the page's test hook.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::cells::{headings, put, span, text, Formats};
use super::columns::{all, COST as LINE_COST, NET as LINE_NET, SETUP};
use super::years::*;
use crate::model::{Results, Summary};

/// How a figure is shown.
#[derive(Clone, Copy)]
enum Shown {
    Money,
    Ratio,
    Percent,
    Months,
}

struct Output {
    label: &'static str,
    key: &'static str,
    formula: String,
    value: Option<f64>,
    shown: Shown,
}

/// The cell of output `i` in this sheet's value column.
fn at(i: usize) -> String {
    format!("C{}", i + 2)
}

const NPV: usize = 0;
const PV_GROSS: usize = 6;
const PV_COST: usize = 7;

fn outputs(s: &Summary, years: u32) -> Vec<Output> {
    let y = |col| span(Some("Years"), col, 1, years);
    let sum = |col| format!("SUM({})", y(col));
    let by_df = |col| format!("SUMPRODUCT({},{})", y(col), y(DF));
    let even = format!("100*MAX(0,-{})/{}", sum(HOSPITAL_BEFORE_SHARE), sum(BASE));
    let net_year = format!("SUM({})", all(LINE_NET));
    let o = |label, key, formula: String, value: Option<f64>, shown| Output {
        label,
        key,
        formula,
        value,
        shown,
    };
    use Shown::*;
    vec![
        o("Net present value", "npv", sum(PV), Some(s.npv), Money),
        o(
            "Savings, all years",
            "gross-total",
            sum(GROSS),
            Some(s.gross_total),
            Money,
        ),
        o(
            "Costs, all years",
            "cost-total",
            sum(COSTS),
            Some(s.cost_total),
            Money,
        ),
        o(
            "Net, all years (not discounted)",
            "net-total",
            sum(NET),
            Some(s.net_total),
            Money,
        ),
        o(
            "Cash released, all years",
            "cash-total",
            sum(CASH),
            Some(s.cash_total),
            Money,
        ),
        o(
            "Capacity freed, not cash, all years",
            "noncash-total",
            sum(NONCASH),
            Some(s.noncash_total),
            Money,
        ),
        o(
            "Present value of savings",
            "pv-gross",
            by_df(GROSS),
            Some(s.pv_gross),
            Money,
        ),
        o(
            "Present value of costs",
            "pv-cost",
            by_df(COSTS),
            Some(s.pv_cost),
            Money,
        ),
        o(
            "Back for every £1 spent (benefit-cost ratio)",
            "bcr",
            format!("IF({c}=0,\"\",{g}/{c})", g = at(PV_GROSS), c = at(PV_COST)),
            s.bcr,
            Ratio,
        ),
        o(
            "Switching value: how far every saving could fall before the NPV is 0",
            "switching",
            format!(
                "IF(AND({n}>0,{g}<>0),100*{n}/{g},\"\")",
                n = at(NPV),
                g = at(PV_GROSS)
            ),
            s.switching,
            Percent,
        ),
        o(
            "Payback (months from the start of year 1)",
            "payback-months",
            format!(
                "IF(AND(-SUM({setup})>=0,Years!${flow}$2>=0),0,IF(COUNT({p})=0,\"\",MIN({p})))",
                setup = all(SETUP),
                flow = super::cells::column(FLOW),
                p = y(PAYBACK)
            ),
            s.payback_months,
            Months,
        ),
        o(
            "Gain-share spendable within the horizon",
            "reinvest-total",
            sum(REINVEST),
            Some(s.reinvest_total),
            Money,
        ),
        o(
            "Gain-share earned but spendable only after the horizon",
            "beyond-horizon",
            format!(
                "SUMIF({t},\">\"&(COUNT({t})-lag),{share})",
                t = y(T),
                share = y(SHARE)
            ),
            Some(s.beyond_horizon),
            Money,
        ),
        o(
            "Running cost per patient a year",
            "cost-per-patient",
            format!("SUM({})/pop", all(LINE_COST)),
            Some(s.cost_per_patient),
            Money,
        ),
        o(
            "Net a year at full effect per 1,000 patients",
            "net-per-1000",
            format!("{net_year}/pop*1000"),
            Some(s.net_per_1000),
            Money,
        ),
        o(
            "Net a year at full effect, scaled to the larger population",
            "scale-net-year",
            format!("IF(scale=\"\",\"\",{net_year}*scale/pop)"),
            s.scale_net_year,
            Money,
        ),
        o(
            "Net present value, scaled to the larger population",
            "scale-npv",
            format!("IF(scale=\"\",\"\",{}*scale/pop)", at(NPV)),
            s.scale_npv,
            Money,
        ),
        o(
            "The commissioner, all years",
            "comm-total",
            sum(RETAINED),
            Some(s.comm_total),
            Money,
        ),
        o(
            "Primary care, all years",
            "primary-total",
            sum(PRIMARY),
            Some(s.primary_total),
            Money,
        ),
        o(
            "The hospital, all years",
            "hosp-total",
            sum(HOSP),
            Some(s.hosp_total),
            Money,
        ),
        o(
            "The NHS as a whole, all years",
            "nhs-total",
            sum(NHS),
            Some(s.nhs_total),
            Money,
        ),
        o(
            "The NHS as a whole, present value",
            "nhs-npv",
            by_df(NHS),
            Some(s.nhs_npv),
            Money,
        ),
        o(
            "Hospital's gain-share that leaves it no worse off",
            "hshare-even",
            format!(
                "IF({base}>0,IF(share+{even}<=100,{even},\"\"),\"\")",
                base = sum(BASE)
            ),
            s.hshare_even,
            Percent,
        ),
    ]
}

/// Writes the Summary sheet.
pub fn summary_sheet(results: &Results, f: &Formats) -> Result<Worksheet, XlsxError> {
    let mut sheet = Worksheet::new();
    sheet.set_name("Summary")?;
    // The workbook opens on its summary; the inputs are one tab away.
    sheet.set_active(true);
    headings(
        &mut sheet,
        f,
        &[
            ("Figure", 58.0),
            ("Name on the page", 18.0),
            ("Value", 18.0),
        ],
    )?;
    let years = results.years.len() as u32;
    for (row, out) in (1u32..).zip(outputs(&results.summary, years)) {
        text(&mut sheet, (row, 0), out.label)?;
        text(&mut sheet, (row, 1), out.key)?;
        let format = match out.shown {
            Shown::Money => &f.money,
            Shown::Percent => &f.percent,
            Shown::Months => &f.months,
            Shown::Ratio => &f.number,
        };
        put(&mut sheet, (row, 2), &out.formula, out.value, format)?;
    }
    Ok(sheet)
}
