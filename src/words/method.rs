//! What the model leaves out, as the method page says it (docs/model.md,
//! "What the model leaves out"; a test holds the two to the same words):
//! the business case's appendix.

pub const LEAVES_OUT: [(&str, &str); 7] = [
    (
        "Scale-up is linear.",
        "The figures at a bigger footprint (a practice of 10,000 people, a primary care network or neighbourhood of 30,000 to 50,000, a place of 250,000, an ICS of 1,000,000: illustrative populations) are this population's, scaled in proportion. A bigger footprint may start from other rates, reach fewer or more people, and need managers and premises a pilot did not.",
    ),
    (
        "Lines not joined act on different events.",
        "Lines joined to the same events count each event once; two lines that avoid the same referrals but are not joined count both savings in full.",
    ),
    (
        "Optimism bias is a flat cut.",
        "It cuts every saving by the same share in every year (HM Treasury's Green Book adjustment); it does not model which savings are more doubtful.",
    ),
    (
        "Capacity is cash only where a whole unit goes.",
        "A clinic, a session or a bed, and only as far as the payment rule and the share of cost really avoided say.",
    ),
    (
        "Prices are national.",
        "Local prices, market forces factors and contract variations are the user's to enter in place of a suggestion.",
    ),
    (
        "A chart's limits assume independent months.",
        "The XmR chart reads the months as they come; a season that repeats every year can look like a shift. Two years of baseline show it.",
    ),
    (
        "Uncertainty is what the ranges say.",
        "The Monte Carlo draws each range independently (no correlation between inputs), from a triangular distribution.",
    ),
];
