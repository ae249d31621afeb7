// SPEC §2.3–2.4 written again, independently of the Rust model, straight
// from the spec's formulas: the end-to-end tests check the page against it.

const LINE_DEFAULTS = { base: 0, after: 0, unit: 0, events: 0, pct: 0, spend: 0, saved: 0, months: 12,
  setup: 0, annual: 0, per_patient: 0, appts: 0, appt_cost: 0, uptake: 100, cash: 1 };
const GLOBAL_DEFAULTS = { pop: 10000, years: 5, disc: 3.5, infl: 0, share: 50, lag: 1, days: 252, fy: 2017, ob: 0 };

export function scenarioFromQuery(query) {
  const p = new URLSearchParams(query);
  const s = { ...GLOBAL_DEFAULTS, scale: null, lines: [] };
  for (const k of Object.keys(GLOBAL_DEFAULTS)) if (p.has(k)) s[k] = Number(p.get(k));
  if (p.has("scale")) s.scale = Number(p.get("scale"));
  for (let n = 1; p.has(`l${n}.kind`); n++) {
    const line = { kind: p.get(`l${n}.kind`), ...LINE_DEFAULTS };
    for (const k of Object.keys(LINE_DEFAULTS)) if (p.has(`l${n}.${k}`)) line[k] = Number(p.get(`l${n}.${k}`));
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
  const R = (l) => l.annual + l.per_patient * P + l.appts * l.appt_cost * s.days;
  const setup = s.lines.reduce((a, l) => a + l.setup, 0);
  const years = [];
  for (let t = 1; t <= H; t++) {
    const growth = (1 + s.infl / 100) ** (t - 1);
    let gross = 0, cashgross = 0, cost = t === 1 ? setup : 0;
    for (const l of s.lines) {
      const g = k * F(l) * (t === 1 ? l.uptake / 100 : 1) * growth;
      gross += g;
      if (l.cash === 1) cashgross += g;
      cost += R(l) * growth;
    }
    const net = gross - cost, df = (1 + s.disc / 100) ** -(t - 1), cash = cashgross - cost;
    const share = (s.share / 100) * Math.max(cash, 0);
    years.push({ t, gross, cost, net, df, pv: net * df, cash, noncash: gross - cashgross, share, retained: cash - share });
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
    },
  };
}
