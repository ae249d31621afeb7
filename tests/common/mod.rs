//! What the native test files share: SPEC §10's worked example.
#![allow(dead_code)]

pub mod arb;

use pilot_savings::link::decode;
use pilot_savings::model::Scenario;

/// The page's own copy, so that page and tests cannot drift apart.
pub const WORKED: &str = pilot_savings::presets::WORKED_EXAMPLE;

/// The checked scenario of a link that must be valid.
pub fn scenario(link: &str) -> Scenario {
    match decode(link).draft.check() {
        Ok(s) => s,
        Err(e) => panic!("link should be valid: {e:?}"),
    }
}
