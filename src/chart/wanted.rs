//! A chart as the page asks the views module for it: which chart, of which
//! scenario (its link's query, read and projected again there, so that no
//! chart code or words are in the page's first load) and how wide. The
//! draws' histogram is drawn beside the draws (`how_sure::draws_app`).

use serde::Deserialize;

use super::{Chart, Row};
use crate::keep::Out;
use crate::link::decode;
use crate::model::uncertainty::tornado;
use crate::model::{project, Results, Scenario};
use crate::words::swing_label;

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Wanted {
    /// The chart's id: `yearly`, `cumulative`, `gain-share`, `lines`,
    /// `steps-l3` or `tornado`. (The ladder, the parties' chart, each
    /// line's monthly chart, the draws' histogram and who benefits are
    /// drawn inside views of their own, which build them.)
    pub chart: String,
    pub query: String,
    pub width: u32,
}

impl Wanted {
    /// As the page sends it.
    pub fn json(&self) -> String {
        crate::keep::write(vec![
            ("chart", Out::Text(&self.chart)),
            ("query", Out::Text(&self.query)),
            ("width", Out::Whole(self.width.into())),
        ])
    }
}

/// The chart wanted; none when the scenario has a problem or no such
/// chart (a line without steps).
pub fn chart_of(wanted: &Wanted) -> Option<(Scenario, Chart)> {
    let (s, r) = figures_of(&wanted.query)?;
    let chart = chart_for(wanted, &s, &r)?;
    Some((s, chart))
}

/// The scenario a query gives, and its figures; none with a problem.
pub fn figures_of(query: &str) -> Option<(Scenario, Results)> {
    let s = decode(query).draft.check().ok()?;
    let r = project(&s);
    Some((s, r))
}

/// The chart wanted of the scenario `s`, whose figures are `r`.
pub fn chart_for(wanted: &Wanted, s: &Scenario, r: &Results) -> Option<Chart> {
    chart(&wanted.chart, s, r, wanted.width)
}

fn chart(id: &str, s: &Scenario, r: &Results, width: u32) -> Option<Chart> {
    Some(match id {
        "yearly" => super::yearly(r, s.fy, width),
        "cumulative" => super::cumulative(s, r, width),
        "gain-share" => super::gain_share(r, s.fy, width),
        "lines" => super::lines(s, r, width),
        "tornado" => {
            let rows = tornado(s)
                .iter()
                .map(|w| Row {
                    label: swing_label(s, w),
                    values: vec![w.low.npv, w.high.npv],
                })
                .collect();
            super::tornado(rows, r.summary.npv, width)
        }
        steps => {
            let n: usize = steps.strip_prefix("steps-l")?.parse().ok()?;
            let i = n.checked_sub(1)?;
            super::steps(
                &s.lines.get(i)?.name,
                i,
                r.lines.get(i)?.steps.as_ref()?,
                width,
            )
        }
    })
}
