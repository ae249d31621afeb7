// SPEC §2.3–2.4, §2.6 and §2.7 written again, independently of the Rust model,
// straight from the spec's formulas: the end-to-end tests check the page
// against it.

const LINE_DEFAULTS = { base: 0, after: 0, unit: 0, events: 0, pct: 0, spend: 0, saved: 0, months: 12,
  setup: 0, annual: 0, per_patient: 0, appts: 0, appt_cost: 0, uptake: 100, cash: 1,
  appt_min: 10, step: 0, step_cost: 0 };
const GLOBAL_DEFAULTS = { pop: 10000, years: 5, disc: 3.5, infl: 0, growth: 0, share: 50, lag: 1, days: 252, fy: 2017, ob: 0,
  hshare: 0, threshold: 0 };

export function scenarioFromQuery(query) {
  const p = new URLSearchParams(query);
  const s = { ...GLOBAL_DEFAULTS, scale: null, lines: [] };
  for (const k of Object.keys(GLOBAL_DEFAULTS)) if (p.has(k)) s[k] = Number(p.get(k));
  if (p.has("scale")) s.scale = Number(p.get("scale"));
  s.cap = p.has("cap") ? Number(p.get("cap")) : null;
  for (let n = 1; p.has(`l${n}.kind`); n++) {
    const line = { kind: p.get(`l${n}.kind`), ...LINE_DEFAULTS };
    for (const k of Object.keys(LINE_DEFAULTS)) if (p.has(`l${n}.${k}`)) line[k] = Number(p.get(`l${n}.${k}`));
    // §2.2: uptake is one number (year 1, then 100) or one a year, the last kept.
    const uptake = (p.get(`l${n}.uptake`) ?? "100").split(",").map(Number);
    line.uptakeIn = (t) => (uptake.length === 1 ? (t === 1 ? uptake[0] : 100) : uptake[Math.min(t, uptake.length) - 1]) / 100;
    // §2.6: `paid` defaults from `cash`; `avoid` is 50 for events, 100 for
    // spending; the commissioner funds a line unless it says primary.
    line.paid = p.has(`l${n}.paid`) ? Number(p.get(`l${n}.paid`)) : line.cash === 1 ? 100 : 0;
    line.avoid = p.has(`l${n}.avoid`) ? Number(p.get(`l${n}.avoid`))
      : ["rate", "count"].includes(line.kind) ? 50 : 100;
    line.funder = p.get(`l${n}.funder`) === "primary" ? "primary" : "commissioner";
    s.lines.push(line);
  }
  return s;
}

export function project(s) {
  const P = s.pop, H = s.years, k = 1 - s.ob / 100;
  const F = (l) => ({
    rate: (P * (l.base - l.after)) / 1000 * l.unit,
    count: (l.events * l.pct) / 100 * l.unit,
    spend: (l.spend * l.pct) / 100,
    observed: (l.saved * 12) / l.months,
    cost: 0,
  })[l.kind];
  // §2.3: year t's population is P n_t; the cost per patient grows with it.
  const n = (t) => (1 + s.growth / 100) ** (t - 1);
  const R = (l, t = 1) => l.annual + l.per_patient * P * n(t) + l.appts * l.appt_cost * s.days;
  const E = (l) => ({ rate: (P * (l.base - l.after)) / 1000, count: (l.events * l.pct) / 100 })[l.kind];
  // §2.7: with a step, only whole steps of E × k × u are really avoided.
  const stepped = (l) => l.step > 0 && E(l) !== undefined;
  const steps = (l, u) => (k * E(l) * u > 0 ? Math.floor((k * E(l) * u) / l.step + 1e-9) : 0);
  const realOf = (l, si, u, growth) => (stepped(l) ? steps(l, u) * l.step_cost * growth : (si * l.avoid) / 100);
  const setup = s.lines.reduce((a, l) => a + l.setup, 0);
  const years = [];
  for (let t = 1; t <= H; t++) {
    const growth = (1 + s.infl / 100) ** (t - 1);
    let gross = 0, cashgross = 0, cost = 0, commCost = 0, primaryCost = 0, real = 0;
    for (const l of s.lines) {
      const u = l.uptakeIn(t) * n(t);
      const si = k * F(l) * u * growth;
      const ci = R(l, t) * growth + (t === 1 ? l.setup : 0);
      gross += si;
      cashgross += (si * l.paid) / 100;
      real += realOf(l, si, u, growth);
      cost += ci;
      if (l.funder === "primary") primaryCost += ci; else commCost += ci;
    }
    const net = gross - cost, df = (1 + s.disc / 100) ** -(t - 1), cash = cashgross - commCost;
    const base = Math.max(cash - s.threshold, 0);
    const share = Math.min((s.share / 100) * base, s.cap ?? Infinity);
    const hshare = (s.hshare / 100) * base;
    years.push({
      t, gross, cost, net, df, pv: net * df, cash, noncash: gross - cashgross, share, base, hshare,
      retained: cash - share - hshare, primary: share - primaryCost,
      hosp: real - cashgross + hshare, nhs: real - cost,
    });
  }
  let cum = 0;
  for (const y of years) {
    cum += y.net;
    y.cum = cum;
    y.reinvest = y.t - s.lag >= 1 ? years[y.t - s.lag - 1].share : 0;
  }
  const sum = (f) => years.reduce((a, y) => a + f(y), 0);
  const npv = sum((y) => y.pv), pvGross = sum((y) => y.gross * y.df), pvCost = sum((y) => y.cost * y.df);
  const fullNet = s.lines.reduce((a, l) => a + k * F(l) - R(l), 0);
  const baseTotal = sum((y) => y.base);
  const hospBefore = sum((y) => y.hosp - y.hshare);
  const even = baseTotal === 0 ? null : (100 * Math.max(0, -hospBefore)) / baseTotal;
  let payback = null, A = -setup;
  const flow = (y) => y.gross - (y.cost - (y.t === 1 ? setup : 0));
  if (A >= 0 && years.length && flow(years[0]) >= 0) payback = 0;
  else for (const y of years) {
    const prev = A;
    A = prev + flow(y);
    if (prev < 0 && A >= 0) { payback = 12 * (y.t - 1 + -prev / flow(y)); break; }
  }
  return {
    years,
    summary: {
      npv,
      "gross-total": sum((y) => y.gross),
      "cost-total": sum((y) => y.cost),
      "net-total": sum((y) => y.net),
      "cash-total": sum((y) => y.cash),
      "noncash-total": sum((y) => y.noncash),
      "pv-gross": pvGross,
      "pv-cost": pvCost,
      bcr: pvCost === 0 ? null : pvGross / pvCost,
      switching: npv > 0 ? (100 * npv) / pvGross : null,
      "payback-months": payback,
      "reinvest-total": sum((y) => y.reinvest),
      "beyond-horizon": years.slice(Math.max(0, H - s.lag)).reduce((a, y) => a + y.share, 0),
      "cost-per-patient": s.lines.reduce((a, l) => a + R(l), 0) / P,
      "net-per-1000": (fullNet / P) * 1000,
      "scale-net-year": s.scale === null ? null : (fullNet * s.scale) / P,
      "scale-npv": s.scale === null ? null : (npv * s.scale) / P,
      "comm-total": sum((y) => y.retained),
      "primary-total": sum((y) => y.primary),
      "hosp-total": sum((y) => y.hosp),
      "nhs-total": sum((y) => y.nhs),
      "nhs-npv": sum((y) => y.nhs * y.df),
      "hshare-even": even !== null && s.share + even <= 100 ? even : null,
    },
    // Per line, a year at full effect (u = 1, growth 1, no set-up).
    lines: s.lines.map((l) => {
      const saving = k * F(l), realI = realOf(l, saving, 1, 1);
      const day = (l.appts * l.appt_min) / 60;
      const busy = l.appts > 0;
      const e = E(l);
      return {
        "per-event": e !== undefined && e > 0 ? R(l) / e : null,
        hosp: realI - (saving * l.paid) / 100, nhs: realI - R(l),
        hours: busy ? day * s.days : null, wte: busy ? day / 7.5 : null, sessions: busy ? (day * 5) / (25 / 6) : null,
        steps: stepped(l) ? steps(l, 1) : null,
        "next-step": stepped(l) ? (steps(l, 1) + 1) * l.step - k * E(l) : null,
      };
    }),
  };
}
