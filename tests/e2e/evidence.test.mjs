// Evidence a board will accept (issue 24): monthly counts pasted into a
// line, the Making Data Count chart with its rules, summaries, sentence and
// table, "Use these figures", and how long a pilot must run, in the page.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { AxeBuilder } from "@axe-core/playwright";
import { Calculator, useBrowser } from "./support.mjs";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const env = useBrowser();
let context;
after(() => context?.close());

async function fresh(viewport = { width: 1280, height: 900 }) {
  await context?.close();
  context = await env.browser.newContext({ viewport });
  return new Calculator(await context.newPage(), env.server.url);
}

/** The seed's pilot: a year before it, three months during. */
const MONTHS = [22, 20, 23, 21, 24, 19, 22, 23, 20, 21, 24, 21, 6, 4, 5];
const SEED = `?v=1&fy=2026&l1.kind=rate&l1.name=Dermatology%20referrals&l1.base=26&l1.after=6&l1.unit=254.21&l1.pilot_months=3` +
  `&l1.series=${MONTHS.join(",")}&l1.series_from=2025-04&l1.pilot_from=2026-04`;

/** Each month's flag as the page gives it. */
const flags = (calc, n) =>
  calc.page.locator(`[data-testid^='spc-l1-m']`).evaluateAll((ms, n) => ms.slice(0, n).map((m) => m.dataset.special), n);

test("every published Making Data Count series gives the team's flags in the page", async () => {
  const text = await readFile(new URL("../data/mdc-xmr-series.csv", import.meta.url), "utf8");
  const series = new Map();
  for (const row of text.trim().split("\n").slice(1)) {
    const [name, , value, expected] = row.split(",");
    if (!series.has(name)) series.set(name, { values: [], expected: [] });
    series.get(name).values.push(value);
    series.get(name).expected.push(expected.trim());
  }
  assert.equal(series.size, 11);
  const calc = await fresh();
  for (const [name, { values, expected }] of series) {
    await calc.open(`?v=1&fy=2026&l1.kind=count&l1.events=12000&l1.pct=10&l1.unit=1&l1.series=${values.join(",")}&l1.series_from=2020-01`);
    assert.deepEqual(await flags(calc, values.length), expected, name);
  }
  // The published check figures.
  await calc.open(`?v=1&l1.kind=count&l1.events=12000&l1.pct=10&l1.unit=1&l1.series=${series.get("Process limits - 15").values.join(",")}&l1.series_from=2020-01`);
  const spc = calc.hook("spc-l1");
  assert.ok(Math.abs(Number(await spc.getAttribute("data-mean")) - 976.8) < 0.005);
  assert.ok(Math.abs(Number(await spc.getAttribute("data-lpl")) - 962.36) < 0.005);
  assert.ok(Math.abs(Number(await spc.getAttribute("data-upl")) - 991.24) < 0.005);
});

test("the seed's pilot: three months below the lower limit, said for a board, drawn, and its planner", async () => {
  for (const width of [1280, 360]) {
    const calc = await fresh({ width, height: 900 });
    await calc.open(SEED);
    const spc = calc.hook("spc-l1");
    // At data-ready, the hooks: the baseline's mean and limits.
    const mean = MONTHS.slice(0, 12).reduce((a, b) => a + b, 0) / 12;
    const mr = MONTHS.slice(1, 12).reduce((a, v, i) => a + Math.abs(v - MONTHS[i]), 0) / 11;
    assert.ok(Math.abs(Number(await spc.getAttribute("data-mean")) - mean) < 1e-9);
    assert.ok(Math.abs(Number(await spc.getAttribute("data-lpl")) - (mean - 2.66 * mr)) < 1e-9);
    assert.equal(await spc.getAttribute("data-variation"), "improvement");
    assert.equal(await spc.getAttribute("data-assurance"), "none");
    assert.deepEqual(await flags(calc, 15), [...Array(12).fill("none"), "improvement", "improvement", "improvement"]);
    const plan = calc.hook("plan-l1");
    assert.ok(Number(await plan.getAttribute("data-power")) > 99, "26 → 6 per 1,000 shows in 3 months");
    await calc.show("how-sure");
    assert.equal(await calc.hook("spc-l1-words").innerText(),
      "Dermatology referrals: events fell below the lower limit in each of the 3 pilot months: special cause improvement. Before the pilot, the target of 6 per 1,000 was never met. Whether the pilot meets the target reliably can be judged after 12 pilot months: 9 more.");
    await calc.chartsDrawn("[id='panel-how-sure']", 1);
    const chart = calc.hook("chart-spc-l1");
    assert.equal(await chart.locator("svg circle[r='6'][fill='#005EB8']").count(), 4, "three pilot months and the key");
    assert.match(await calc.hook("plan-l1-words").innerText(), /the pilot had a 99\.9% chance of showing a fall this large/);
    assert.match(await calc.hook("plan-l1-words").innerText(), /regression to the mean/);
    const wide = await calc.page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= width, `${wide} px wide at ${width}`);
    const result = await new AxeBuilder({ page: calc.page }).withTags(TAGS).analyze();
    assert.deepEqual(result.violations.map((v) => `${width} px: ${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`), []);
    await calc.page.screenshot({ path: `target/screenshots/evidence-${width}.png`, fullPage: false });
    assert.deepEqual(calc.pageErrors, []);
  }
});

test("a column pasted with its months becomes the line's series; every bad value is said beside the field", async () => {
  const calc = await fresh();
  await calc.open("?v=1&fy=2026&l1.kind=rate&l1.base=26&l1.after=6&l1.unit=120");
  await calc.page.getByText("Monthly counts, for a Making Data Count chart").click();
  const pasted = MONTHS.map((v, i) => `${["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"][i % 12]} ${2025 + Math.floor((i + 3) / 12)}\t${v}`).join("\n");
  await calc.enter("l1.series", pasted);
  await calc.enter("l1.series_from", "2025-04");
  await calc.enter("l1.pilot_from", "2026-04");
  const params = await calc.waitForQuery(() => location.search.includes("l1.pilot_from="));
  assert.equal(params.get("l1.series"), MONTHS.join(","));
  assert.equal(params.get("l1.series_from"), "2025-04");
  await calc.page.waitForFunction(() => document.querySelector("[data-testid='spc-l1']")?.dataset.variation === "improvement");
  // Use these figures: the baseline's mean and the pilot's, as the line's rates.
  await calc.show("how-sure");
  await calc.hook("spc-l1-use").click();
  await calc.page.waitForFunction(() => document.getElementById("input-l1.pilot_months")?.value === "3");
  assert.equal(await calc.field("l1.base").inputValue(), "26");
  assert.equal(await calc.field("l1.after").inputValue(), "6");
  await calc.show("pilot");
  // Bad values: the text stays as typed, the message says what is allowed.
  for (const [typed, message] of [
    ["12\n\n9", "Month 2 is blank"],
    ["12\n-3", "Month 2 is -3: events cannot be fewer than 0"],
    ["12\nmany", "Month 2 is “many”: enter the events as a whole number"],
    [Array(121).fill(3).join(","), "121 months are more than the 120 a chart takes"],
  ]) {
    await calc.enter("l1.series", typed);
    await calc.hook("error-l1.series").waitFor();
    assert.match(await calc.hook("error-l1.series").innerText(), new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    assert.equal(await calc.field("l1.series").inputValue(), typed, "kept as typed");
    assert.match(await calc.hook("error-summary").innerText(), /Line 1: /);
  }
  await calc.enter("l1.series", "12,14");
  await calc.enter("l1.pilot_from", "2030-01");
  assert.match(await calc.hook("error-l1.pilot_from").innerText(), /within the counts, 2025-04 to 2025-05/);
});

test("a 120-month series makes a link that opens, with every month's hook", async () => {
  const months = Array.from({ length: 120 }, (_, i) => (i < 96 ? 1200 + ((i * 37) % 90) : 300 + (i % 7)));
  const calc = await fresh();
  await calc.open(`?v=1&fy=2026&pop=500000&l1.kind=rate&l1.base=30&l1.after=8&l1.unit=120&l1.pilot_months=24&l1.series=${months.join(",")}&l1.series_from=2016-01&l1.pilot_from=2024-01`);
  assert.equal(await calc.page.locator("[data-testid^='spc-l1-m']").count(), 120);
  assert.equal(await calc.hook("spc-l1-m120").getAttribute("data-value"), String(months[119]));
  assert.equal(await calc.hook("spc-l1").getAttribute("data-assurance"), "pass", "24 pilot months: judged on their own limits");
  await calc.show("keep");
  const share = calc.page.locator("#share-link");
  await share.waitFor();
  const link = await share.inputValue();
  assert.ok(link.includes(`l1.series=${months.slice(0, 3).join("%2C")}`), link.slice(0, 120));
  // Opened afresh, in a page of its own, the same months.
  const other = new Calculator(await context.newPage(), env.server.url);
  await other.page.goto(link);
  await other.page.waitForSelector("html[data-ready='1']", { state: "attached" });
  assert.equal(await other.hook("spc-l1-m120").getAttribute("data-value"), String(months[119]));
  assert.equal(await other.page.locator("[data-testid^='spc-l1-m']").count(), 120);
});

test("a saved scenario keeps its months, and compare says what each chart shows", async () => {
  const calc = await fresh();
  await calc.open(SEED);
  await calc.show("keep");
  await calc.page.getByLabel("Name to save this scenario under").fill("With its months");
  await calc.page.getByRole("button", { name: "Save scenario" }).click();
  await calc.hook("saved-status").filter({ hasText: "With its months" }).waitFor();
  await calc.page.getByLabel("First scenario").selectOption({ label: "With its months" });
  await calc.page.getByLabel("Second scenario").selectOption({ label: "This scenario (on the page now)" });
  assert.equal(await calc.hook("compare-evidence").innerText(),
    "Evidence over time: first, Dermatology referrals, special cause improvement; second, Dermatology referrals, special cause improvement.");
  // Reopened from the saved list, the months are all there.
  await calc.open("?v=1&fy=2026");
  await calc.show("keep");
  await calc.page.getByTestId("saved-1").getByRole("button", { name: /Open/ }).click();
  await calc.page.waitForFunction(() => document.querySelectorAll("[data-testid^='spc-l1-m']").length === 15);
  assert.equal(await calc.hook("spc-l1").getAttribute("data-variation"), "improvement");
});
