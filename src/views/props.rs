//! How each view the module draws becomes its props, from the JSON the
//! page sends it (`crate::messages::json`).

use std::rc::Rc;

use web_sys::Element;
use yew::{AttrValue, BaseComponent};

use super::{mount, Shown};
use crate::chart::wanted::{chart_for, figures_of, Wanted};
use crate::components::form::line_more_app::{LineMoreApp, LineMoreAppProps};
use crate::components::form::preset_picker::{PresetPicker, PresetPickerProps};
use crate::components::form::print_inputs::{PrintInputs, PrintInputsProps};
use crate::components::form::unit_cost_suggestions::{
    UnitCostSuggestions, UnitCostSuggestionsProps,
};
use crate::components::how_sure::draws_app::{DrawsApp, DrawsAppProps};
use crate::components::how_sure::evidence_app::{EvidenceApp, EvidenceAppProps};
use crate::components::keep::keep_app::{KeepApp, KeepAppProps};
use crate::components::results::equity_app::{EquityApp, EquityAppProps};
use crate::components::results::groups_app::{GroupsApp, GroupsAppProps};
use crate::components::results::ladder_app::{LadderApp, LadderAppProps};
use crate::components::who_gains::parties_app::{PartiesApp, PartiesAppProps};
use crate::components::widgets::chart_figure::{ChartFigure, ChartFigureProps};
use crate::export::file_name;
use crate::keep::{read_saved, Stored};
use crate::messages::events::{Events, SAVED};
use crate::messages::json::{
    FiguresJson, KeepJson, LineMoreJson, PresetsJson, PrintJson, SuggestionsJson, CHART, DRAWS,
    EQUITY, EVIDENCE, GROUPS, KEEP, LADDER, LINE_MORE, PARTIES, PRESETS, PRINT_INPUTS, SUGGESTIONS,
};
use crate::model::kind::Kind;
use crate::model::{FieldError, FieldKey, LineDraft};
use crate::model::{Results, Scenario};

/// A component the module draws: its props from the page's JSON and, where
/// it keeps something across updates, the props it had.
pub(super) trait View: BaseComponent<Properties: Clone> {
    fn read(
        json: &str,
        events: Events,
        before: Option<&Self::Properties>,
    ) -> Option<Self::Properties>;
}

pub(super) fn mount_view(
    view: &str,
    root: &Element,
    json: &str,
    events: Events,
) -> Option<Box<dyn Shown>> {
    match view {
        CHART => mount::<ChartFigure>(root, json, events),
        KEEP => mount::<KeepApp>(root, json, events),
        PRESETS => mount::<PresetPicker>(root, json, events),
        SUGGESTIONS => mount::<UnitCostSuggestions>(root, json, events),
        PRINT_INPUTS => mount::<PrintInputs>(root, json, events),
        EVIDENCE => mount::<EvidenceApp>(root, json, events),
        PARTIES => mount::<PartiesApp>(root, json, events),
        LADDER => mount::<LadderApp>(root, json, events),
        GROUPS => mount::<GroupsApp>(root, json, events),
        EQUITY => mount::<EquityApp>(root, json, events),
        DRAWS => mount::<DrawsApp>(root, json, events),
        LINE_MORE => mount::<LineMoreApp>(root, json, events),
        _ => None,
    }
}

/// The scenario and figures a `FiguresJson` names, read once a query, and
/// the charts' width.
fn read_figures(json: &str) -> Option<(Read, Option<u32>)> {
    let read: FiguresJson = serde_json::from_str(json).ok()?;
    Some((figures(&read.query)?, read.width))
}

/// A scenario read from its query, and its figures.
type Read = Rc<(Scenario, Results)>;

thread_local! {
    /// The last scenario the charts were asked for, and its figures: a
    /// part's charts are all of one scenario, read and projected once.
    static FIGURES: std::cell::RefCell<Option<(String, Read)>> =
        const { std::cell::RefCell::new(None) };
}

/// The scenario `query` gives and its figures, once a query.
fn figures(query: &str) -> Option<Read> {
    FIGURES.with(|last| {
        let mut last = last.borrow_mut();
        if let Some((_, figures)) = last.as_ref().filter(|(q, _)| q == query) {
            return Some(figures.clone());
        }
        let figures = Rc::new(figures_of(query)?);
        *last = Some((query.to_string(), figures.clone()));
        Some(figures)
    })
}

/// A chart (`chart::wanted`), built here from the scenario's query.
impl View for ChartFigure {
    fn read(json: &str, _: Events, _: Option<&ChartFigureProps>) -> Option<ChartFigureProps> {
        let wanted: Wanted = serde_json::from_str(json).ok()?;
        let figures = figures(&wanted.query)?;
        let (scenario, results) = &*figures;
        let chart = chart_for(&wanted, scenario, results)?;
        let file = file_name(&scenario.name, &format!("{}-chart.svg", chart.id));
        Some(ChartFigureProps {
            chart: Rc::new(chart),
            file_name: file.into(),
        })
    }
}

impl View for KeepApp {
    fn read(json: &str, events: Events, before: Option<&KeepAppProps>) -> Option<KeepAppProps> {
        let read: KeepJson = serde_json::from_str(json).ok()?;
        let saved = match before {
            Some(b) if b.list == read.list => b.saved.clone(),
            _ => match events.send(SAVED, "", "").map(|j| read_saved(Some(&j))) {
                Some(Stored::Read(list)) => Rc::new(list),
                _ => Rc::default(),
            },
        };
        Some(KeepAppProps {
            query: read.query.into(),
            list: read.list,
            saved,
            events,
        })
    }
}

impl View for PresetPicker {
    fn read(
        json: &str,
        events: Events,
        _: Option<&PresetPickerProps>,
    ) -> Option<PresetPickerProps> {
        let read: PresetsJson = serde_json::from_str(json).ok()?;
        Some(PresetPickerProps {
            count: read.count,
            fy: read.fy,
            today: read.today,
            events,
        })
    }
}

impl View for UnitCostSuggestions {
    fn read(
        json: &str,
        events: Events,
        _: Option<&UnitCostSuggestionsProps>,
    ) -> Option<UnitCostSuggestionsProps> {
        let read: SuggestionsJson = serde_json::from_str(json).ok()?;
        let field = FieldKey::parse(&read.field)?;
        let FieldKey::Line(_, input) = field else {
            return None;
        };
        Some(UnitCostSuggestionsProps {
            field,
            input: input.key(),
            value: read.value.map(AttrValue::from),
            fy: read.fy,
            minutes: read.minutes,
            events,
        })
    }
}

impl View for EvidenceApp {
    fn read(json: &str, events: Events, _: Option<&EvidenceAppProps>) -> Option<EvidenceAppProps> {
        let (figures, width) = read_figures(json)?;
        Some(EvidenceAppProps {
            figures,
            width,
            events,
        })
    }
}

impl View for PartiesApp {
    fn read(json: &str, events: Events, _: Option<&PartiesAppProps>) -> Option<PartiesAppProps> {
        let (figures, width) = read_figures(json)?;
        Some(PartiesAppProps {
            figures,
            width,
            events,
        })
    }
}

impl View for LadderApp {
    fn read(json: &str, _: Events, _: Option<&LadderAppProps>) -> Option<LadderAppProps> {
        let (figures, width) = read_figures(json)?;
        Some(LadderAppProps { figures, width })
    }
}

impl View for GroupsApp {
    fn read(json: &str, _: Events, _: Option<&GroupsAppProps>) -> Option<GroupsAppProps> {
        let (figures, _) = read_figures(json)?;
        Some(GroupsAppProps { figures })
    }
}

impl View for DrawsApp {
    fn read(json: &str, _: Events, _: Option<&DrawsAppProps>) -> Option<DrawsAppProps> {
        let (figures, width) = read_figures(json)?;
        Some(DrawsAppProps { figures, width })
    }
}

impl View for EquityApp {
    fn read(json: &str, _: Events, _: Option<&EquityAppProps>) -> Option<EquityAppProps> {
        let (figures, width) = read_figures(json)?;
        Some(EquityAppProps { figures, width })
    }
}

impl View for PrintInputs {
    fn read(json: &str, _: Events, _: Option<&PrintInputsProps>) -> Option<PrintInputsProps> {
        let read: PrintJson = serde_json::from_str(json).ok()?;
        Some(PrintInputsProps {
            query: read.query.into(),
        })
    }
}

/// A line's monthly counts and deprivation inputs, as the page holds them.
impl View for LineMoreApp {
    fn read(json: &str, events: Events, _: Option<&LineMoreAppProps>) -> Option<LineMoreAppProps> {
        let read: LineMoreJson = serde_json::from_str(json).ok()?;
        let mut line = LineDraft::new(Kind::Rate);
        if read.joined != 0 {
            line.with = "joined".into();
        }
        let mut errors = Vec::new();
        for field in read.fields {
            let key = FieldKey::parse(&field.name)?;
            match key {
                FieldKey::Series(_, k) => line.series[k as usize] = field.text,
                FieldKey::Equity(_, k) => line.equity[k as usize] = field.text,
                _ => return None,
            }
            if let Some(message) = field.error {
                errors.push(FieldError { key, message });
            }
        }
        Some(LineMoreAppProps {
            index: read.n.checked_sub(1)?,
            line,
            errors,
            events,
        })
    }
}
