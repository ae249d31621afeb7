// Who gains and who loses (SPEC §2.6; issue 13) in the built page: the
// parties' figures against the spec's formulas, the deal, the payment
// rules in the form, and the parties in the draws.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { Calculator, WORKED, assertOracle, near, useBrowser } from "./support.mjs";
import { project, scenarioFromQuery } from "./oracle.mjs";

const env = useBrowser();
let context;
let calc;

async function fresh(width = 1280) {
  await context?.close();
  context = await env.browser.newContext({ viewport: { width, height: 900 } });
  calc = new Calculator(await context.newPage(), env.server.url);
}
after(() => context?.close());

// Every input of §2.6, none at its default.
const EVERY_KEY = `${WORKED}&hshare=10&threshold=20000&cap=50000&infl=2&l1.uptake=60&l1.paid=50&l1.avoid=40` +
  "&l2.avoid=80&l2.paid=80&l3.funder=primary";

test("SPEC §10's link shows who gains and who loses, in figures and in words", async () => {
  await fresh();
  await calc.open(WORKED);
  const expected = {
    "comm-total": 470200, "primary-total": 470200, "hosp-total": -240000, "nhs-total": 700400,
    "nhs-npv": 654604.94,
  };
  for (const [id, value] of Object.entries(expected)) near(await calc.number(id), value, id);
  assert.equal((await calc.number("hshare-even")).toFixed(2), "25.52");
  for (const t of [1, 5]) {
    near(await calc.cell(`year-${t}`, "retained"), 94040, "retained");
    near(await calc.cell(`year-${t}`, "primary"), 94040, "primary");
    near(await calc.cell(`year-${t}`, "hosp"), -48000, "hosp");
    near(await calc.cell(`year-${t}`, "nhs"), 140080, "nhs");
  }
  assert.deepEqual(
    [await calc.cell("line-1", "nhs"), await calc.cell("line-2", "nhs"), await calc.cell("line-3", "nhs")],
    [-4920, 185000, -40000],
  );
  await assertOracle(calc, WORKED);
  await calc.show("parties");
  assert.equal(
    await calc.hook("parties-words").innerText(),
    "The NHS as a whole saves £140,080 a year. The commissioner keeps £94,040 and primary care gets £94,040 to reinvest; " +
      "the hospital is £48,000 a year worse off: it is no longer paid for 800 cases of Dermatology but saves only half of their cost.",
  );
  assert.equal(
    await calc.hook("deal-words").innerText(),
    "Passing 25.53% of the shareable saving to the hospital leaves no party worse off over 5 years.",
  );
  // One rounding (issue 29): the figure, the deal's words and its button
  // say the same share.
  assert.equal(await calc.hook("hshare-even").innerText(), "25.53%");
  assert.equal(await calc.hook("deal-button").innerText(), "Set the hospital\u2019s gain-share to 25.53%");
  // The line that saves the commissioner money but costs the NHS more.
  assert.match(await calc.hook("nhs-loses-l1").innerText(), /NHS as a whole loses £4,920 a year/);
  assert.equal(await calc.hook("nhs-loses-l2").count(), 0);
  // The chart, its caption and its table.
  await calc.hook("chart-parties").waitFor();
  assert.match(await calc.hook("chart-parties-message").innerText(), /hospital is worse off/);
});

test("every input of §2.6 moves the figures as the spec's formulas do", async () => {
  await fresh();
  await calc.open(EVERY_KEY);
  await assertOracle(calc, EVERY_KEY);
  const s = project(scenarioFromQuery(EVERY_KEY));
  // Primary care pays the running costs out of a capped share.
  assert.ok(s.years.some((y) => y.share === 50000), "the cap binds in some year");
  near(await calc.number("primary-total"), s.summary["primary-total"], "primary-total");
});

test("the deal button gives the hospital the share that makes it whole", async () => {
  await fresh(360);
  await calc.open(WORKED);
  await calc.show("parties");
  await calc.hook("deal-button").click();
  const params = await calc.waitForQuery(() => location.search.includes("hshare=25.53"));
  assert.equal(params.get("hshare"), "25.53");
  await calc.page.waitForFunction(() => Number(document.querySelector("[data-testid=hosp-total]").dataset.value) >= 0);
  // 25.53% of 940,400 shareable, less the 240,000 the hospital loses.
  near(await calc.number("hosp-total"), 0.2553 * 940400 - 240000, "hosp-total", 0.01);
  near(await calc.number("nhs-total"), 700400, "nhs-total");
  assert.match(await calc.hook("deal-words").innerText(), /gain-share of 25\.53% already leaves it no worse off/);
  assert.equal(await calc.hook("deal-button").count(), 0);
  await calc.show("pilot");
  assert.equal(await calc.field("hshare").inputValue(), "25.53");
});

test("a deal that cannot be: the NHS as a whole loses", async () => {
  await fresh();
  const losing = "?v=1&l1.kind=rate&l1.base=26&l1.after=25&l1.unit=120&l1.annual=50000";
  await calc.open(losing);
  await calc.show("parties");
  assert.match(await calc.hook("deal-words").innerText(), /^No deal can leave every party no worse off: the NHS as a whole loses £/);
  assert.equal(await calc.hook("deal-button").count(), 0);
  await assertOracle(calc, losing);
});

test("payment rules and who pays are chosen in the form and written to the link", async () => {
  await fresh();
  await calc.open(WORKED);
  const cashBefore = await calc.number("cash-total");
  await calc.page.locator("[id='input-l1.paid-0']").check();
  let params = await calc.waitForQuery(() => location.search.includes("l1.paid=0"));
  assert.equal(params.get("l1.paid"), "0");
  await calc.page.waitForFunction((v) => document.querySelector("[data-testid=cash-total]").dataset.value !== v, String(cashBefore));
  near(await calc.number("cash-total"), cashBefore - 5 * 96000, "cash-total");
  near(await calc.number("noncash-total"), 5 * 96000, "noncash-total");
  // Another share: its box opens, and takes a percentage.
  await calc.page.locator("[id='input-l1.paid-other']").check();
  await calc.enter("l1.paid", "35");
  params = await calc.waitForQuery(() => location.search.includes("l1.paid=35"));
  assert.equal(params.get("l1.paid"), "35");
  await calc.enter("l1.paid", "135");
  assert.match(await calc.hook("error-l1.paid").innerText(), /between 0% and 100%/);
  await calc.enter("l1.paid", "35");
  await calc.page.locator("[id='input-l3.funder-primary']").check();
  params = await calc.waitForQuery(() => location.search.includes("l3.funder=primary"));
  await calc.enter("l2.avoid", "90");
  params = await calc.waitForQuery(() => location.search.includes("l2.avoid=90"));
  await assertOracle(calc, `?${params.toString()}`);
  // A spending line's cost is all avoided unless said otherwise.
  assert.equal(await calc.field("l2.avoid").inputValue(), "90");
});

test("the draws and the tornado move the parties' figures too", async () => {
  await fresh();
  const ranged = `${WORKED}&l1.avoid.lo=20&l1.avoid.hi=80&threshold=50000&threshold.lo=0&threshold.hi=150000`;
  await calc.open(ranged);
  await calc.page.waitForSelector("html[data-mc-ready='1'] [data-testid='mc-nhs-p50']", { state: "attached", timeout: 20000 });
  const [p5, p50, p95] = [await calc.number("mc-nhs-p5"), await calc.number("mc-nhs-p50"), await calc.number("mc-nhs-p95")];
  assert.ok(p5 < p50 && p50 < p95, `${p5} ${p50} ${p95}`);
  // triangular(20, 50, 80) is symmetric about the figure entered, and the
  // NHS-wide value is linear in it: the middle draw is the figure's value.
  const nhsAtValue = project(scenarioFromQuery(ranged)).summary["nhs-npv"];
  assert.ok(Math.abs(p50 - nhsAtValue) < 0.01 * nhsAtValue, `${p50} vs ${nhsAtValue}`);
  const row = calc.hook("tornado-threshold");
  const [npvLow, npvHigh] = [Number(await row.getAttribute("data-low")), Number(await row.getAttribute("data-high"))];
  assert.equal(npvLow, npvHigh, "a threshold moves money between parties, not the value");
  const at = (threshold) => {
    const s = scenarioFromQuery(ranged);
    s.threshold = threshold;
    return project(s).summary["primary-total"];
  };
  near(Number(await row.getAttribute("data-primary-low")), at(0), "primary at the lowest threshold", 0.01);
  near(Number(await row.getAttribute("data-primary-high")), at(150000), "primary at the highest threshold", 0.01);
  assert.equal(await calc.hook("tornado-l1.avoid").count(), 1);
});
