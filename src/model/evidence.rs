//! What a pilot's own events say about how sure its rate is (SPEC §2.5):
//! the exact 95% Poisson interval of the events it saw, as a rate.

/// The pilot behind a rate line, and the range its events allow.
#[derive(Clone, Debug, PartialEq)]
pub struct Evidence {
    /// Events the pilot saw, n.
    pub events: f64,
    pub months: f64,
    /// The interval of `after`, per 1,000 patients a year.
    pub low: f64,
    pub high: f64,
}

impl Evidence {
    /// Under a year, seasons and regression to the mean can mislead.
    pub fn short(&self) -> bool {
        self.months < 12.0
    }
}

/// n = round(P × after / 1000 × months / 12), and its interval as a rate.
pub fn evidence(pop: f64, after: f64, months: f64) -> Evidence {
    let events = (pop * after / 1000.0 * months / 12.0).round();
    let (lo, hi) = poisson_interval(events);
    let to_rate = 12_000.0 / (pop * months);
    Evidence {
        events,
        months,
        low: lo * to_rate,
        high: hi * to_rate,
    }
}

/// The exact (Garwood) 95% interval of a Poisson count n:
/// χ²₀.₀₂₅(2n)/2 … χ²₀.₉₇₅(2n+2)/2, that is the 2.5% point of Gamma(n)
/// and the 97.5% point of Gamma(n+1).
pub fn poisson_interval(n: f64) -> (f64, f64) {
    let lo = if n <= 0.0 {
        0.0
    } else {
        gamma_quantile(n, 0.025)
    };
    (lo, gamma_quantile(n + 1.0, 0.975))
}

/// x with P(a, x) = p. Above a million events the Wilson–Hilferty cube
/// approximation is used: there it agrees to better than one part in a
/// million, and the exact sum would take too long.
fn gamma_quantile(a: f64, p: f64) -> f64 {
    if a > 1e6 {
        let z = if p < 0.5 {
            -1.959_963_984_540_054
        } else {
            1.959_963_984_540_054
        };
        let c = 1.0 / (9.0 * a);
        return a * (1.0 - c + z * c.sqrt()).powi(3);
    }
    let (mut lo, mut hi) = (0.0, a + 20.0 * a.sqrt() + 20.0);
    for _ in 0..200 {
        let mid = 0.5 * (lo + hi);
        if lower_gamma(a, mid) < p {
            lo = mid;
        } else {
            hi = mid;
        }
        if hi - lo <= 1e-12 * hi {
            break;
        }
    }
    0.5 * (lo + hi)
}

/// The standard normal distribution function Φ(z): P(½, z²/2) is the
/// chance that |Z| < z.
pub fn normal_cdf(z: f64) -> f64 {
    let inside = lower_gamma(0.5, z * z / 2.0);
    if z >= 0.0 {
        0.5 + inside / 2.0
    } else {
        0.5 - inside / 2.0
    }
}

/// The regularised lower incomplete gamma function P(a, x), by its series
/// below a + 1 and its continued fraction above (Numerical Recipes §6.2).
fn lower_gamma(a: f64, x: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    let scale = (a * x.ln() - x - ln_gamma(a)).exp();
    if x < a + 1.0 {
        let (mut term, mut sum, mut ap) = (1.0 / a, 1.0 / a, a);
        while term.abs() > sum.abs() * 1e-15 {
            ap += 1.0;
            term *= x / ap;
            sum += term;
        }
        sum * scale
    } else {
        1.0 - upper_fraction(a, x) * scale
    }
}

/// Lentz's evaluation of the continued fraction for Q(a, x) / scale.
fn upper_fraction(a: f64, x: f64) -> f64 {
    const TINY: f64 = 1e-300;
    let mut b = x + 1.0 - a;
    let mut c = 1.0 / TINY;
    let mut d = 1.0 / b;
    let mut h = d;
    for i in 1..10_000 {
        let an = -f64::from(i) * (f64::from(i) - a);
        b += 2.0;
        d = an * d + b;
        d = if d.abs() < TINY { TINY } else { d };
        c = b + an / c;
        c = if c.abs() < TINY { TINY } else { c };
        d = 1.0 / d;
        let step = d * c;
        h *= step;
        if (step - 1.0).abs() < 1e-15 {
            break;
        }
    }
    h
}

/// ln Γ(x) for x > 0 (Lanczos, g = 7, nine terms).
fn ln_gamma(x: f64) -> f64 {
    const G: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.520_368_121_885_1,
        -1_259.139_216_722_402_8,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507_343_278_686_905,
        -0.138_571_095_265_720_12,
        9.984_369_578_019_572e-6,
        1.505_632_735_149_311_6e-7,
    ];
    let x = x - 1.0;
    let t = x + 7.5;
    let sum: f64 = G[0] + (1..9).map(|i| G[i] / (x + i as f64)).sum::<f64>();
    0.5 * (2.0 * std::f64::consts::PI).ln() + (x + 0.5) * t.ln() - t + sum.ln()
}
