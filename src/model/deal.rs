//! The deal that leaves no party worse off (SPEC §2.6 `hshare-even`), or
//! why there is none: what the page offers to set, and says.

use super::project::{project, Results};
use super::scenario::Scenario;

/// What can be agreed so that commissioner, primary care and hospital all
/// come out no worse off over the horizon.
#[derive(Clone, Debug, PartialEq)]
pub enum Deal {
    /// The hospital loses nothing: it needs no share.
    NotNeeded,
    /// The hospital's share as entered already makes it whole.
    Met { hshare: f64 },
    /// Passing `even`% makes the hospital whole; `offer` is that rounded
    /// up to a tenth, which the page can set.
    Offer { even: f64, offer: f64 },
    /// The NHS as a whole loses `loss` over the horizon: someone must.
    NhsLoses { loss: f64 },
    /// Nothing is left to share once the commissioner's costs and
    /// threshold are met.
    NothingToShare,
    /// The share the hospital needs and primary care's add up to more than
    /// the whole shareable saving.
    TooMuch { even: f64, share: f64 },
    /// Even with the hospital made whole, primary care pays more for its
    /// lines than its gain-share brings (`short` over the horizon).
    PrimaryShort { short: f64, offer: f64 },
    /// Paying the hospital's share would leave the commissioner `short`.
    CommissionerShort { short: f64, offer: f64 },
}

/// `hshare-even` rounded up to a hundredth of a per cent, so that the
/// hospital is not left a few pounds short: the one rounding the page, the
/// deal's words and its button all show (25.53% for SPEC §10's example),
/// through `format::even_share`.
pub fn round_up_hundredth(v: f64) -> f64 {
    (v * 100.0 - 1e-9).ceil() / 100.0
}

pub fn deal(s: &Scenario, r: &Results) -> Deal {
    let summary = &r.summary;
    if summary.nhs_total < 0.0 {
        return Deal::NhsLoses {
            loss: -summary.nhs_total,
        };
    }
    if summary.hosp_total - hshare_total(r) >= 0.0 {
        return Deal::NotNeeded;
    }
    let Some(even) = summary.hshare_even else {
        let base: f64 = r.years.iter().map(|y| y.base).sum();
        return if base > 0.0 {
            Deal::TooMuch {
                even: 100.0 * -(summary.hosp_total - hshare_total(r)) / base,
                share: s.share,
            }
        } else {
            Deal::NothingToShare
        };
    };
    let offer = round_up_hundredth(even).min(100.0 - s.share);
    if s.hshare >= even {
        return Deal::Met { hshare: s.hshare };
    }
    let mut dealt = s.clone();
    dealt.hshare = offer;
    let after = project(&dealt).summary;
    if after.primary_total < 0.0 {
        return Deal::PrimaryShort {
            short: -after.primary_total,
            offer,
        };
    }
    if after.comm_total < 0.0 {
        return Deal::CommissionerShort {
            short: -after.comm_total,
            offer,
        };
    }
    Deal::Offer { even, offer }
}

fn hshare_total(r: &Results) -> f64 {
    r.years.iter().map(|y| y.hshare).sum()
}
