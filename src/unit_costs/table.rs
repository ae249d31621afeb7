//! The national figures of `UNIT_COSTS.md` and the index that brings them
//! to another year's prices: a data table, in the words of each source.

use super::{computed, cost, per, Per, UnitCost};

const PSSRU_942: &str =
    "Unit Costs of Health and Social Care 2025 (PSSRU, University of Kent), table 9.4.2";
const PSSRU_921: &str =
    "Unit Costs of Health and Social Care 2025 (PSSRU, University of Kent), table 9.2.1";
const PSSRU_2024_961: &str =
    "Unit Costs of Health and Social Care 2024 (PSSRU, University of Kent), table 9.6.1";
const PSSRU_2024_821: &str =
    "Unit Costs of Health and Social Care 2024 (PSSRU, University of Kent), table 8.2.1";
const NCC_2023: &str = "National Cost Collection 2023/24, national schedule";
const NCC_2024: &str = "National Cost Collection 2024/25, national schedule";

pub const UNIT_COSTS: [UnitCost; 18] = [
    cost("gp-consult", 48.0, 2024),
    per(Per::Minute, cost("gp-minute", 4.76, 2024)),
    per(Per::Hour, cost("nurse-hour", 57.0, 2024)),
    per(Per::Hour, cost("district-nurse-hour", 68.0, 2024)),
    cost("gp-phone-triage", 18.63, 2023),
    per(Per::Hour, cost("fcp-hour", 68.0, 2023)),
    computed(cost("op-attend", 197.85, 2023)),
    cost("op-first", 232.07, 2023),
    computed(cost("nel-episode", 2709.82, 2024)),
    computed(cost("nel-short", 825.05, 2024)),
    computed(cost("nel-long", 5416.70, 2024)),
    computed(cost("el-episode", 6685.38, 2024)),
    computed(cost("day-case", 1077.08, 2024)),
    computed(cost("ae-attend", 280.17, 2024)),
    cost("amb-convey", 489.39, 2024),
    cost("amb-treat", 364.35, 2024),
    cost("ooh-case", 68.30, 2013),
    cost("pcn-core", 2.999, 2025),
];

/// What each figure is and where it comes from, by id: apart from the
/// numbers, so that the page, which prices the examples, holds none of
/// these words; only the suggestions and the method's tests read them.
pub const WORDS: [(&str, &str, &str); 18] = [
    (
        "gp-consult",
        "GP surgery consultation, 10 minutes (with qualification and direct-care staff costs)",
        PSSRU_942,
    ),
    (
        "gp-minute",
        "GP, per minute of patient contact (with qualification and direct-care staff costs)",
        PSSRU_942,
    ),
    (
        "nurse-hour",
        "Practice nurse (Band 5), per working hour, with qualification costs",
        PSSRU_921,
    ),
    (
        "district-nurse-hour",
        "Community nurse (Band 6), per working hour, with qualification costs",
        PSSRU_921,
    ),
    (
        "gp-phone-triage",
        "GP-led telephone triage, about 4 minutes",
        PSSRU_2024_961,
    ),
    (
        "fcp-hour",
        "First contact physiotherapist (Band 7, MSK), per working hour, with qualification costs",
        PSSRU_2024_821,
    ),
    (
        "op-attend",
        "Outpatient attendance, consultant-led, all (WF01A–D, WF02A–D)",
        NCC_2023,
    ),
    (
        "op-first",
        "First outpatient attendance, consultant-led, face to face (WF01B)",
        NCC_2023,
    ),
    (
        "nel-episode",
        "Non-elective inpatient episode, all",
        NCC_2024,
    ),
    (
        "nel-short",
        "Non-elective inpatient episode, short stay",
        NCC_2024,
    ),
    (
        "nel-long",
        "Non-elective inpatient episode, long stay",
        NCC_2024,
    ),
    ("el-episode", "Elective inpatient episode", NCC_2024),
    ("day-case", "Day case", NCC_2024),
    (
        "ae-attend",
        "Emergency department attendance, all types reported by NHS trusts",
        NCC_2024,
    ),
    ("amb-convey", "Ambulance: see, treat and convey", NCC_2024),
    ("amb-treat", "Ambulance: see and treat", NCC_2024),
    (
        "ooh-case",
        "GP out-of-hours case",
        "National Audit Office, Out-of-hours GP services in England (2014)",
    ),
    (
        "pcn-core",
        "Core primary care network funding, per registered patient a year",
        "NHS England, Network Contract DES contract specification 2025/26 (£2.266 per registered patient + £0.733 per adjusted patient)",
    ),
];

/// Pay and prices, financial years, 2024/25 = 100: the NHS Cost Inflation
/// Index of Unit Costs of Health and Social Care 2025 from 2014/15 (2024/25
/// provisional), linked to HM Treasury's GDP deflator (March 2026) for
/// 2012/13 and 2013/14, and the OBR's forecast of it (March 2026, as the
/// Green Book uses) for 2025/26 and 2026/27.
pub const INDEX: [(i32, f64); 15] = [
    (2012, 74.59),
    (2013, 76.14),
    (2014, 77.22),
    (2015, 77.52),
    (2016, 79.14),
    (2017, 80.13),
    (2018, 81.41),
    (2019, 83.15),
    (2020, 85.22),
    (2021, 87.42),
    (2022, 93.82),
    (2023, 96.14),
    (2024, 100.00),
    (2025, 103.24),
    (2026, 105.31),
];
