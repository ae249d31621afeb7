// Capacity, and when it becomes cash (SPEC §2.7; issue 14) in the built
// page: workforce and steps against the spec's formulas, in the form, in
// words and as a chart, in the draws and the tornado, and axe on them.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
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

// A weekly dermatology clinic of 12 new patients over 46 weeks: 552
// referrals a year, £30,000 a year to run.
const CLINIC = `${WORKED}&l1.step=552&l1.step_cost=30000`;
// Every input of §2.7 away from its default, with half the effect in year
// 1, optimism bias, and ranges on the minutes and the step's saving.
const EVERY_KEY = `${CLINIC}&l1.appt_min=15&l1.uptake=50&ob=10&l2.appts=2&l2.appt_min=20` +
  "&l1.appt_min.lo=10&l1.appt_min.hi=20&l1.step_cost.lo=20000&l1.step_cost.hi=45000";

test("SPEC §10's six appointments a day take 252 hours, 0.1333 of a clinician", async () => {
  await fresh();
  await calc.open(WORKED);
  near(await calc.cell("line-1", "hours"), 252, "hours");
  assert.equal((await calc.cell("line-1", "wte")).toFixed(4), "0.1333");
  near(await calc.cell("line-1", "sessions"), 1.2, "sessions");
  assert.equal(await calc.page.getByTestId("line-2").locator("[data-col='hours']").getAttribute("data-value"), "");
  assert.equal(await calc.page.getByTestId("line-1").locator("[data-col='steps']").getAttribute("data-value"), "");
  assert.equal(
    await calc.hook("workforce-words-l1").innerText(),
    "Dermatology: 6 extra appointments a day of 10 minutes take 1.2 GP sessions a week (252 clinician hours a year), 0.13 of a full-time clinician.",
  );
  near(await calc.number("hours-total"), 252, "hours-total");
});

test("a step counts only whole clinic lists as cost the hospital avoids", async () => {
  await fresh();
  await calc.open(CLINIC);
  await assertOracle(calc, CLINIC);
  assert.equal(await calc.cell("line-1", "steps"), 1);
  near(await calc.cell("line-1", "next-step"), 304, "next-step");
  // One clinic's £30,000 is avoided, not half of the £96,000 price.
  near(await calc.cell("line-1", "hosp"), -66000, "line 1 hosp");
  near(await calc.number("hosp-total"), -330000, "hosp-total");
  near(await calc.number("npv"), 878912.74, "npv is the scheme's, unchanged");
  const words = "Dermatology: 1 whole unit can go, saving £30,000 a year; 304 more events avoided a year would free a second.";
  assert.equal(await calc.hook("steps-words-l1").innerText(), words);
  assert.equal(await calc.hook("steps-l1").innerText(), words);
  // Its chart, with the same numbers as a table.
  await calc.hook("chart-steps-l1").waitFor();
  assert.equal(
    await calc.hook("chart-steps-l1-message").innerText(),
    "800 events avoided a year free 1 whole unit; the next needs 304 more.",
  );
  await calc.hook("chart-steps-l1-toggle").click();
  const rows = await calc.page.locator("[id='chart-steps-l1-table'] tbody tr").allInnerTexts();
  assert.deepEqual(rows.map((r) => r.replace(/\s+/g, " ").trim()), ["This pilot 800 1", "Unit 1 552 1", "Unit 2 1,104 2"]);
});

test("every input of §2.7 moves the figures as the spec's formulas do, in the draws too", async () => {
  await fresh();
  await calc.open(EVERY_KEY);
  await assertOracle(calc, EVERY_KEY);
  const s = project(scenarioFromQuery(EVERY_KEY));
  // Half of 720 referrals in year 1 is short of a list: nothing avoided.
  near(s.years[0].hosp, -43200, "the oracle's year 1 hosp");
  near(await calc.cell("year-1", "hosp"), s.years[0].hosp, "year 1 hosp");
  await calc.show("how-sure");
  await calc.page.waitForSelector("html[data-mc-ready='1']", { state: "attached" });
  const row = calc.hook("tornado-l1.step_cost");
  const [low, high] = [Number(await row.getAttribute("data-low")), Number(await row.getAttribute("data-high"))];
  near(low, high, "a step's saving does not move the scheme's npv");
  const p5 = await calc.number("mc-nhs-p5"), p95 = await calc.number("mc-nhs-p95");
  assert.ok(p95 - p5 > 50000, `the NHS-wide value spreads with the step's saving: ${p5} to ${p95}`);
});

test("typing a step in the form frees units and writes the link", async () => {
  await fresh(360);
  await calc.open(WORKED);
  await calc.show("pilot");
  await calc.enter("l1.step", "400");
  await calc.enter("l1.step_cost", "25000");
  await calc.enter("l1.appt_min", "15");
  const params = await calc.waitForQuery(() => location.search.includes("l1.step_cost=25000") && location.search.includes("appt_min=15"));
  assert.equal(params.get("l1.step"), "400");
  assert.equal(await calc.cell("line-1", "steps"), 2);
  near(await calc.cell("line-1", "next-step"), 400, "next-step");
  near(await calc.cell("line-1", "hours"), 378, "hours");
  assert.match(await calc.hook("workforce-l1").innerText(), /1\.8 GP sessions a week/);
  // A bad step is said beside its field and the figures wait.
  await calc.enter("l1.step", "0.5");
  assert.match(await calc.hook("error-l1.step").innerText(), /whole number|between 1 and/);
  assert.equal(await calc.page.evaluate(() => document.documentElement.dataset.stale), "1");
});

test("the capacity parts have no WCAG 2.2 AA violations, wide and on a phone", async () => {
  for (const width of [1280, 360]) {
    await fresh(width);
    await calc.open(EVERY_KEY);
    await calc.show("results");
    await calc.hook("chart-steps-l1").waitFor();
    await calc.hook("chart-steps-l1-toggle").click();
    const found = [];
    for (const part of ["results", "pilot"]) {
      await calc.show(part);
      const result = await new AxeBuilder({ page: calc.page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
      found.push(...result.violations.map((v) => `${width} px ${part}: ${v.id} (${v.nodes.map((n) => n.target).join(", ")})`));
    }
    assert.deepEqual(found, []);
  }
});
