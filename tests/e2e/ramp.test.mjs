// Uptake year by year, a growing population and the cost of each event
// avoided (SPEC §2.1–2.4, §10's last example; issue 33) in the built page:
// the figures against the spec and the oracle, the field that takes a
// list and says it in words, its errors, and the years' population.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import { Calculator, WORKED, assertOracle, near, useBrowser } from "./support.mjs";

const env = useBrowser();
let context;
let calc;

async function fresh(width = 1280) {
  await context?.close();
  context = await env.browser.newContext({ viewport: { width, height: 900 } });
  calc = new Calculator(await context.newPage(), env.server.url);
}
after(() => context?.close());

const RAMPED = `${WORKED}&fy=2026&growth=1&l1.uptake=25,60,90`;

test("SPEC §10's example with growth=1 and l1.uptake=25,60,90 gives the spec's figures", async () => {
  await fresh();
  await calc.open(RAMPED);
  const gross = [254000, 290476, 322759.64, 325987.24, 329247.11];
  const cost = [137920, 138320, 138724, 139132.04, 139544.16];
  for (let t = 1; t <= 5; t++) {
    near(await calc.cell(`year-${t}`, "gross"), gross[t - 1], `year ${t} gross`);
    near(await calc.cell(`year-${t}`, "cost"), cost[t - 1], `year ${t} cost`);
    near(await calc.cell(`year-${t}`, "pop"), 40000 * 1.01 ** (t - 1), `year ${t} population`);
  }
  near(await calc.number("npv"), 768737.71, "npv");
  near(await calc.number("comm-total"), 414414.89, "comm-total");
  near(await calc.number("nhs-total"), 654210.37, "nhs-total");
  near(await calc.cell("line-1", "per-event"), 66.15, "line 1 per-event");
  assert.equal(await calc.page.getByTestId("line-2").locator("[data-col='per-event']").getAttribute("data-value"), "");
  await assertOracle(calc, RAMPED);
  // The line's take-up in words, beside the field.
  assert.equal(await calc.hook("l1.uptake-words").innerText(), "25% in 2026/27, 60% in 2027/28, then 90% a year.");
  assert.deepEqual(calc.pageErrors, []);
});

test("the field takes a list as typed, says what it means, and writes it to the link", async () => {
  await fresh();
  await calc.open(`${WORKED}&fy=2026`);
  const before = await calc.number("npv");
  await calc.enter("l1.uptake", "25%, 60%, 90");
  const params = await calc.waitForQuery(() => new URL(location.href).searchParams.get("l1.uptake") === "25,60,90");
  assert.equal(params.get("l1.uptake"), "25,60,90");
  assert.equal(await calc.hook("l1.uptake-words").innerText(), "25% in 2026/27, 60% in 2027/28, then 90% a year.");
  assert.ok((await calc.number("npv")) < before, "a slower take-up saves less");
  // A range is for one number: its fields go while the field holds a list.
  assert.equal(await calc.hook("range-l1.uptake").count(), 0);
  await calc.enter("l1.uptake", "50");
  assert.equal(await calc.hook("range-l1.uptake").count(), 1);
  assert.equal(await calc.hook("l1.uptake-words").innerText(), "50% in 2026/27, then the full saving.");
});

test("a bad list is an error beside the field; the figures wait, marked out of date", async () => {
  await fresh();
  await calc.open(`${WORKED}&fy=2026`);
  const npv = await calc.value("npv");
  for (const [typed, says] of [
    ["25,,90", "Line 1: the saving reached in year 2 is missing"],
    ["25, 160", "Line 1: the saving reached in year 2 must be a number between 0% and 100%"],
    ["1,2,3,4,5,6,7,8,9,10,11", "Line 1: give the saving reached for at most 10 years"],
  ]) {
    await calc.enter("l1.uptake", typed);
    const error = calc.hook("error-l1.uptake");
    await error.waitFor();
    assert.match(await error.innerText(), new RegExp(says.replace(/[()]/g, "\\$&")));
    assert.equal(await calc.field("l1.uptake").inputValue(), typed, "the text stays as typed");
    assert.equal(await calc.page.evaluate(() => document.documentElement.dataset.stale), "1");
    assert.equal(await calc.value("npv"), npv, "the last good figures stay");
  }
  // A list with a range: the range's end says why.
  await calc.open(`${WORKED}&l1.uptake=25,60&l1.uptake.lo=20&l1.uptake.hi=30`);
  assert.match(await calc.hook("error-l1.uptake.lo").innerText(), /one number only/);
});

test("population growth is a field of its own: the years table shows each year's population", async () => {
  await fresh();
  await calc.open(`${WORKED}&fy=2026`);
  await calc.show("pilot");
  const fold = calc.page.locator("details", { has: calc.field("growth") });
  if ((await fold.count()) && !(await fold.first().evaluate((d) => d.open))) await fold.first().locator("summary").first().click();
  await calc.enter("growth", "2");
  await calc.waitForQuery(() => new URL(location.href).searchParams.get("growth") === "2");
  near(await calc.cell("year-3", "pop"), 40000 * 1.02 ** 2, "year 3's population");
  // The cost per patient (line 3's £1) grows with it; the others do not.
  near(await calc.cell("year-2", "cost"), 137920 + 40000 * 0.02, "year 2's cost");
  await calc.enter("growth", "-6");
  assert.match(await calc.hook("error-growth").innerText(), /between -5% and 10%/);
});

test("the uptake field and the years table are axe-clean and fit at 360 px", async () => {
  await fresh(360);
  await calc.open(RAMPED);
  const wide = await calc.page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 360, `the page is ${wide} px wide`);
  const result = await new AxeBuilder({ page: calc.page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  assert.deepEqual(result.violations.map((v) => v.id), []);
});
