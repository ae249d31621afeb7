//! The business case (SPEC §5.2): a `.docx` draft in HM Treasury's Five
//! Case Model, filled with the scenario's figures in the page's own
//! words, every part the calculator cannot know left as a prompt. Built
//! into the workbook's module (`src/bin/workbook.rs`), fetched on the
//! first click; no web types here, so it is tested natively too.

mod appendices;
mod commercial;
pub mod doc;
mod economic;
mod financial;
mod front;
mod management;
mod package;
mod parts;
mod strategic;
mod summary;
pub mod xml;
mod years;

use crate::link::decode;
use crate::model::uncertainty::{monte_carlo, tornado, Spread, Swing};
use crate::model::{project, Line, LineResult, Results, Scenario};
use crate::text::scenario_name;
use crate::workbook::Made;
use doc::Doc;

/// What every section reads: the scenario, its figures, the draws and
/// the tornado (worked out once), and where the document came from.
pub struct Case<'a> {
    pub s: &'a Scenario,
    pub r: &'a Results,
    pub spread: Option<Spread>,
    pub swings: Vec<Swing>,
    pub made: &'a Made,
}

impl Case<'_> {
    /// Each line with its number (from 0) and its figures.
    pub fn lines(&self) -> impl Iterator<Item = (usize, &Line, &LineResult)> {
        self.s
            .lines
            .iter()
            .zip(&self.r.lines)
            .enumerate()
            .map(|(i, (line, r))| (i, line, r))
    }

    /// The scenario's name, or what the page calls one without.
    pub fn name(&self) -> &str {
        scenario_name(&self.s.name)
    }
}

/// The document's title: "<name>: business case".
pub fn title(s: &Scenario) -> String {
    format!("{}: business case", scenario_name(&s.name))
}

/// The `.docx` file of a checked scenario and its figures.
pub fn business_case(s: &Scenario, r: &Results, made: &Made) -> Result<Vec<u8>, String> {
    let case = Case {
        s,
        r,
        spread: monte_carlo(s),
        swings: tornado(s),
        made,
    };
    let mut doc = Doc::default();
    front::front_matter(&mut doc, &case);
    summary::executive_summary(&mut doc, &case);
    strategic::strategic_case(&mut doc, &case);
    economic::economic_case(&mut doc, &case);
    commercial::commercial_case(&mut doc, &case);
    financial::financial_case(&mut doc, &case);
    management::management_case(&mut doc, &case);
    management::impact_and_recommendation(&mut doc);
    appendices::appendices(&mut doc, &case);
    package::package(doc.body(), &title(s), &made.date)
}

/// The business case of the scenario a link's query holds; why not, in
/// words, when the scenario has a problem.
pub fn business_case_of_query(query: &str, made: &Made) -> Result<Vec<u8>, String> {
    let scenario = decode(query)
        .draft
        .check()
        .map_err(|_| "The scenario has a problem to fix first: see the form.".to_string())?;
    let results = project(&scenario);
    business_case(&scenario, &results, made)
        .map_err(|e| format!("The business case could not be written: {e}"))
}
