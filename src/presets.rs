//! Examples to start from: the pilots of SPEC §1, with national unit
//! costs where one fits (at their published prices here, brought to the
//! scenario's first year when used), as link queries so they open by the
//! link's rules.

use crate::link::decode;
use crate::model::keys::{Input, LineKey};
use crate::model::number::{parse_number, plain};
use crate::model::{Draft, LineDraft};
use crate::unit_costs::suggestions_for;

/// What a page with no link and nothing autosaved shows (issue 29): the
/// pilots' own figures for a neighbourhood of 40,000 people, at national
/// unit costs brought to the first year's prices, under a neutral name.
pub const STARTING: Preset = Preset {
    id: "starting",
    title: STARTING_TITLE,
    globals: "name=Example%20neighbourhood%2C%2040%2C000%20people&pop=40000",
    lines: &[DERMATOLOGY_LINE, PHARMACIST, NETWORK],
};

/// What the starting example is, for the page to say so.
pub const STARTING_TITLE: &str = "a neighbourhood of 40,000 people (a primary care network, or a Primary Care Home in papers from 2017) with a GP-led dermatology clinic, a care-home pharmacist and the network\u{2019}s running costs: the pilots\u{2019} own figures, and national unit costs brought to your first year\u{2019}s prices";

/// The starting example of releases before December 2026, SPEC §10's
/// worked example at its illustrative costs, as a link's query: an
/// autosave of it is still known as an example (`tests/links.rs` keeps a
/// frozen copy of its own, with its figures).
pub const EARLIER_STARTING: &str = "v=1&name=Bassetlaw%20PCH&pop=40000&l1.kind=rate&l1.name=Dermatology&l1.base=26&l1.after=6&l1.unit=120&l1.appts=6&l1.appt_cost=35&l2.kind=observed&l2.name=Care%20home%20pharmacist&l2.saved=230000&l2.months=12&l2.annual=45000&l3.kind=cost&l3.name=PCH%20running%20costs&l3.per_patient=1";

const EARLIER_TITLE: &str = "the starting example of earlier releases, at illustrative unit costs (the suggestions beside each cost are national figures)";

/// What a page with no link and nothing autosaved shows: the starting
/// example, starting in first year `fy` (today's).
pub fn starting_example(fy: i32) -> Draft {
    STARTING.draft_at(fy)
}

/// The example `draft` is, as it opened, if it is one: the starting
/// example (today's or an earlier release's) or one opened whole from
/// "Start from an example", in whichever first year.
pub fn example_title(draft: &Draft) -> Option<&'static str> {
    let fy = draft.first_year();
    let same = |example: &Draft| example.without_year() == draft.without_year();
    if same(&decode(EARLIER_STARTING).draft) {
        return Some(EARLIER_TITLE);
    }
    std::iter::once(&STARTING)
        .chain(PRESETS.iter())
        .find(|p| same(&p.draft_at(fy)))
        .map(|p| p.title)
}

/// Whether `draft` is a starting example, today's or an earlier
/// release's, as it opened: nobody's work.
pub fn is_starting_example(draft: &Draft) -> bool {
    matches!(example_title(draft), Some(STARTING_TITLE | EARLIER_TITLE))
}

/// One pilot as a line: its link keys without the `lN.` prefix.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Preset {
    pub id: &'static str,
    pub title: &'static str,
    /// `name=…&pop=…` for the scenario when it replaces the page's.
    pub globals: &'static str,
    pub lines: &'static [&'static str],
}

// Referrals are first outpatient attendances, paid per case (SPEC §2.6.1):
// the National Cost Collection's WF01B; a GP's 10-minute consultation.
const DERMATOLOGY_LINE: &str =
    "kind=rate&name=GP-led%20dermatology%20clinic&base=26&after=6&unit=232.07&pilot_months=3&appts=6&appt_cost=48";
// The same for 10,000 people, with its months (illustrative): a year
// before the pilot averaging 21.7 referrals a month (26 per 1,000 a year),
// then three pilot months averaging 5 (6 per 1,000).
const DERMATOLOGY: &str =
    "kind=rate&name=GP-led%20dermatology%20clinic&base=26&after=6&unit=232.07&pilot_months=3&appts=6&appt_cost=48&series=22,20,23,21,24,19,22,23,20,21,24,21,6,4,5&series_from=2025-04&pilot_from=2026-04";
const PHARMACIST: &str =
    "kind=observed&name=Care-home%20pharmacist%20reviews&saved=230000&months=12&annual=45000";
// Emergency admissions under a fixed payment (2025/26): the commissioner
// stops paying nothing, and the hospital saves only their variable cost
// (SPEC §2.6's settled details).
const ADMISSIONS: &str = "kind=observed&name=Care%20coordination%3A%20emergency%20admissions&saved=130000&months=6&paid=0&avoid=50";
const MSK: &str =
    "kind=rate&name=Physio-led%20MSK%20triage&base=28&after=20&unit=232.07&per_patient=0.97";
// Two teams that both cut the same emergency admissions (SPEC §2.10): the
// second joins the first's events, so no admission is counted twice. Each
// admission is a non-elective inpatient episode (National Cost Collection
// 2024/25), under a fixed payment as above; the counts and effects are
// illustrative.
const FRAILTY: &str =
    "kind=count&name=Frailty%20team&events=600&pct=15&unit=2709.82&paid=0&avoid=50&annual=120000&grad=1.5&health=1";
const CARE_HOME_REVIEWS: &str =
    "kind=count&name=Care-home%20pharmacist%3A%20medicines%20reviews&with=1&pct=10&annual=45000&health=1";
// About £1 per patient a year (SPEC §1: a Primary Care Home's running
// cost, as its 2017 evaluation found).
const NETWORK: &str = "kind=cost&name=Network%20running%20costs&per_patient=1";

pub const PRESETS: [Preset; 7] = [
    Preset {
        id: "dermatology",
        title: "GP-led dermatology clinic",
        globals: "name=GP-led%20dermatology%20clinic",
        lines: &[DERMATOLOGY],
    },
    Preset {
        id: "pharmacist",
        title: "Care-home pharmacist reviews",
        globals: "name=Care-home%20pharmacist%20reviews",
        lines: &[PHARMACIST],
    },
    Preset {
        id: "admissions",
        title: "Emergency admissions after care coordination",
        globals: "name=Care%20coordination",
        lines: &[ADMISSIONS],
    },
    Preset {
        id: "frailty",
        title: "Emergency admissions cut by a frailty team and a care-home pharmacist",
        globals: "name=Frailty%20team%20and%20care-home%20pharmacist&pop=40000",
        lines: &[FRAILTY, CARE_HOME_REVIEWS],
    },
    Preset {
        id: "msk",
        title: "Physio-led MSK triage",
        globals: "name=Physio-led%20MSK%20triage",
        lines: &[MSK],
    },
    Preset {
        id: "network",
        title: "Network running costs at £1 per patient",
        globals: "name=Network%20running%20costs",
        lines: &[NETWORK],
    },
    Preset {
        id: "neighbourhood",
        title: "A neighbourhood of 40,000 people, all of the above",
        globals: "name=Neighbourhood%2C%2040%2C000%20people&pop=40000",
        lines: &[DERMATOLOGY_LINE, PHARMACIST, ADMISSIONS, MSK, NETWORK],
    },
];

impl Preset {
    /// What the figures are and where they come from: words apart from
    /// the table, so that the page, which knows an example when it opens
    /// one, holds none of them; the views module shows them.
    pub fn about(&self) -> &'static str {
        match self.id {
            "dermatology" => "Referrals down from 26 to 6 per 1,000 people a year in a three-month pilot, for six extra GP appointments a day. Each referral is a first outpatient attendance, paid per case: £232.07 at 2023/24 prices (National Cost Collection 2023/24, WF01B); a GP appointment £48 at 2024/25 prices (Unit Costs of Health and Social Care 2025). Both are brought to the prices of your first year. Its months (illustrative) draw the pilot the Making Data Count way under How sure.",
            "pharmacist" => "230 care-home residents reviewed; prescribing costs £230,000 a year lower. The pharmacist\u{2019}s £45,000 a year is illustrative: use your own.",
            "admissions" => "Emergency admission costs £130,000 lower in six months, GP-initiated admissions down 17%. Emergency admissions were a fixed payment in 2025/26, so the ICB pays the same: the saving frees capacity but releases no cash, and the hospital saves about half of the cost (its variable part). For 2026/27 NHS England proposes a 20% variable payment for urgent and emergency care: choose it under \u{201c}How is this activity paid for?\u{201d} if your contract has it.",
            "msk" => "Hospital referrals for muscle and joint problems down from 28 to 20 per 1,000 people a year once a physiotherapist sees patients first (illustrative: use your pilot\u{2019}s rates). Each is a first outpatient attendance, paid per case (National Cost Collection 2023/24, brought to the prices of your first year). The physiotherapist\u{2019}s time at 97p per patient a year (illustrative) returns about £2 for every £1 at 2026/27 prices, in line with the £2.08 the PHE musculoskeletal return-on-investment tool (2017) found for physio self-referral.",
            "frailty" => "600 emergency admissions a year of people living with frailty (illustrative). A frailty team cuts them by 15% and a care-home pharmacist\u{2019}s medicines reviews by 10%: alone 90 and 60 a year, but an admission both would prevent happens once, so together they avoid 141, each credited its share. Each admission is a non-elective inpatient episode, £2,709.82 at 2024/25 prices (National Cost Collection 2024/25), paid as a fixed payment: capacity freed, not cash, unless the contract has a variable part. Emergency admissions are 1.5 times as common in the most deprived fifth as in the least (Asaria, Doran and Cookson 2016), so the page shows who benefits.",
            "network" => "About £1 per patient a year to run a neighbourhood team or network\u{2019}s shared work (illustrative: about what the 2017 evaluation of the first networks found). For comparison, NHS England\u{2019}s core network funding is £2.999 per registered patient in 2025/26 (Network Contract DES): offered beside the cost per patient.",
            "neighbourhood" => "The five pilots above together, for a neighbourhood of 40,000 people (the dermatology clinic without its months, which are counted for 10,000).",
            _ => "",
        }
    }

    /// The whole scenario as a link query.
    pub fn query(&self) -> String {
        let mut query = format!("v=1&{}", self.globals);
        for (i, line) in self.lines.iter().enumerate() {
            for pair in line.split('&') {
                query.push_str(&format!("&l{}.{pair}", i + 1));
            }
        }
        query
    }

    /// The example as it is written, at its figures' published prices.
    pub fn draft(&self) -> Draft {
        decode(&self.query()).draft
    }

    /// The example as a scenario starting in first year `fy`, its national
    /// figures brought to that year's prices.
    pub fn draft_at(&self, fy: i32) -> Draft {
        let mut draft = self.draft().starting_in(fy);
        for line in &mut draft.lines {
            bring_to_prices(line, fy);
        }
        draft
    }

    /// The lines alone, to add to a scenario starting in `fy`.
    pub fn line_drafts(&self, fy: i32) -> Vec<LineDraft> {
        self.draft_at(fy).lines
    }
}

/// Each figure of `line` that is a national unit cost at its published
/// prices, brought to the prices of first year `fy`.
fn bring_to_prices(line: &mut LineDraft, fy: i32) {
    let minutes = LineKey::ApptMin.field().default;
    for key in [LineKey::Unit, LineKey::ApptCost, LineKey::Setup] {
        let Some(v) = line.value(key).and_then(parse_number) else {
            continue;
        };
        let national = suggestions_for(key)
            .into_iter()
            .find(|c| (c.published(minutes).pounds - v).abs() < 0.005);
        if let Some(c) = national {
            let now = c.at_prices(fy, minutes).pounds;
            line.values.insert(Input::Value(key), plain(now));
        }
    }
}
