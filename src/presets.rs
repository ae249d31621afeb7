//! Examples to start from: the pilots of SPEC §1, with national unit
//! costs where one fits (at their published prices here, brought to the
//! scenario's first year when used), as link queries so they open by the
//! link's rules.

use crate::link::decode;
use crate::model::keys::{Input, LineKey};
use crate::model::number::{parse_number, plain};
use crate::model::{Draft, LineDraft};
use crate::unit_costs::suggestions_for;

/// SPEC §10's worked example, as a link's query: what a page opened with no
/// link and nothing autosaved shows, and what the tests check figures
/// against (`tests/links.rs` keeps a frozen copy of its own on purpose).
pub const WORKED_EXAMPLE: &str = "v=1&name=Bassetlaw%20PCH&pop=40000&l1.kind=rate&l1.name=Dermatology&l1.base=26&l1.after=6&l1.unit=120&l1.appts=6&l1.appt_cost=35&l2.kind=observed&l2.name=Care%20home%20pharmacist&l2.saved=230000&l2.months=12&l2.annual=45000&l3.kind=cost&l3.name=PCH%20running%20costs&l3.per_patient=1";

/// What the starting example is, for the page to say so.
pub const STARTING_TITLE: &str = "a Primary Care Home of 40,000 people in Bassetlaw with a GP-led dermatology clinic, a care-home pharmacist and the home\u{2019}s running costs, at illustrative unit costs (the suggestions beside each cost are national figures)";

/// What a page with no link and nothing autosaved shows: the worked
/// example, starting in first year `fy` (today's).
pub fn starting_example(fy: i32) -> Draft {
    decode(WORKED_EXAMPLE).draft.starting_in(fy)
}

/// The example `draft` is, as it opened, if it is one: the starting
/// example or one opened whole from "Start from an example", in whichever
/// first year.
pub fn example_title(draft: &Draft) -> Option<&'static str> {
    let fy = draft.first_year();
    let same = |example: &Draft| example.without_year() == draft.without_year();
    if same(&starting_example(fy)) {
        return Some(STARTING_TITLE);
    }
    PRESETS
        .iter()
        .find(|p| same(&p.draft_at(fy)))
        .map(|p| p.title)
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
// Its months (illustrative): a year before the pilot averaging 21.7
// referrals a month (26 per 1,000 a year for 10,000 people), then three
// pilot months averaging 5 (6 per 1,000).
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
const PCH: &str =
    "kind=cost&name=Primary%20Care%20Home%20running%20costs&per_patient=1&setup=40000";

pub const PRESETS: [Preset; 6] = [
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
        id: "msk",
        title: "Physio-led MSK triage",
        globals: "name=Physio-led%20MSK%20triage",
        lines: &[MSK],
    },
    Preset {
        id: "pch",
        title: "Primary Care Home at £1 per patient",
        globals: "name=Primary%20Care%20Home",
        lines: &[PCH],
    },
    Preset {
        id: "pch-40000",
        title: "Primary Care Home for 40,000 people, all of the above",
        globals: "name=Primary%20Care%20Home%2C%2040%2C000%20people&pop=40000",
        lines: &[DERMATOLOGY, PHARMACIST, ADMISSIONS, MSK, PCH],
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
            "pch" => "About £1 per patient a year to run, and £40,000 start-up funding at 2016/17 prices (Nuffield Trust, Primary care home evaluation, 2017), brought to the prices of your first year.",
            "pch-40000" => "The five pilots above together, for a Primary Care Home of 40,000 people.",
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
