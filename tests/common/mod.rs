//! What the native test files share: SPEC §10's worked example.
#![allow(dead_code)]

pub mod arb;

use pilot_savings::link::decode;
use pilot_savings::model::Scenario;

/// SPEC §10's worked example, frozen: the page started from it until
/// December 2026, and its figures are the spec's.
pub const WORKED: &str = "?v=1&name=Bassetlaw%20PCH&pop=40000&l1.kind=rate&l1.name=Dermatology&l1.base=26&l1.after=6&l1.unit=120&l1.appts=6&l1.appt_cost=35&l2.kind=observed&l2.name=Care%20home%20pharmacist&l2.saved=230000&l2.months=12&l2.annual=45000&l3.kind=cost&l3.name=PCH%20running%20costs&l3.per_patient=1";

/// The checked scenario of a link that must be valid.
pub fn scenario(link: &str) -> Scenario {
    match decode(link).draft.check() {
        Ok(s) => s,
        Err(e) => panic!("link should be valid: {e:?}"),
    }
}

/// Asserts `actual` is within `tolerance` of `expected`.
pub fn close(actual: f64, expected: f64, tolerance: f64) {
    assert!(
        (actual - expected).abs() <= tolerance,
        "{actual} is not within {tolerance} of {expected}"
    );
}
