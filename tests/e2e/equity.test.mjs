// Who benefits (SPEC §2.11; issue 31) in the built page: the worked
// examples' hooks, verdicts and words, a group of two lines, the form's
// inputs and their errors in words, the prompt, the CSV, the summary, a
// saved scenario compared, the embedded view and axe on all of it.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { AxeBuilder } from "@axe-core/playwright";
import { Calculator, WORKED, near, useBrowser } from "./support.mjs";

const env = useBrowser();
let context;
let calc;

async function fresh(width = 1280) {
  await context?.close();
  context = await env.browser.newContext({ viewport: { width, height: 900 } });
  calc = new Calculator(await context.newPage(), env.server.url);
}
after(() => context?.close());

const FIRST = "?v=1&pop=100000&l1.kind=rate&l1.name=Admissions&l1.base=15&l1.after=12&l1.unit=2000&l1.grad=2&l1.health=1";
const SECOND = "?v=1&pop=200000&imd=30,25,20,15,10&l1.kind=rate&l1.base=13&l1.after=10.55&l1.unit=2000&l1.grad=2&l1.reach=2.5,2,1.5,1,0.5";
const THIRD = "?v=1&pop=100000&l1.kind=rate&l1.base=15&l1.after=12.25&l1.unit=2000&l1.grad=2&l1.reach=1,1.5,2,2.5,3";
const GROUP = `${FIRST}&l2.kind=rate&l2.name=Pharmacist&l2.with=1&l2.after=13.5&l2.reach=3,2,1,0,0`;

async function noViolations() {
  const axe = await new AxeBuilder({ page: calc.page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`), []);
}

/** Line n's hook and its five fifths, as numbers. */
async function equity(n) {
  const hook = calc.hook(`equity-l${n}`);
  const attr = async (name) => hook.getAttribute(`data-${name}`);
  const fifths = [];
  for (let q = 1; q <= 5; q++) {
    const f = calc.hook(`equity-l${n}-q${q}`);
    const get = async (name) => Number(await f.getAttribute(`data-${name}`));
    fifths.push({ before: await get("before"), after: await get("after"), avoided: await get("avoided"), saving: await get("saving") });
  }
  const num = async (name) => Number(await attr(name));
  return {
    core20: await num("core20"), pop20: await num("pop20"),
    sii: [await num("sii-before"), await num("sii-after")],
    rii: [await num("rii-before"), await num("rii-after")],
    verdict: await attr("verdict"), fifths,
  };
}

const all = (list, expected, what, within = 1e-6) =>
  expected.forEach((e, i) => near(list[i], e, `${what} ${i + 1}`, within));

test("the first worked example: hooks at data-ready, the verdict in words, axe-clean", async () => {
  await fresh();
  await calc.open(FIRST);
  const e = await equity(1);
  all(e.fifths.map((f) => f.before), [20, 17.5, 15, 12.5, 10], "before");
  all(e.fifths.map((f) => f.after), [16, 14, 12, 10, 8], "after");
  all(e.fifths.map((f) => f.avoided), [80, 70, 60, 50, 40], "avoided");
  all(e.fifths.map((f) => f.saving), [160000, 140000, 120000, 100000, 80000], "saving");
  near(e.core20, 26.667, "core20", 5e-4);
  near(e.pop20, 20, "pop20");
  all(e.sii, [12.5, 10], "SII");
  all(e.rii, [2.428571, 2.428571], "RII", 5e-7);
  assert.equal(e.verdict, "narrows");
  near(await calc.number("equity-core20-saving"), 26.667, "core20 saving", 5e-4);
  near(Number(await calc.hook("equity-q1").getAttribute("data-saving")), 160000, "scenario saving, fifth 1");
  await calc.show("results");
  const words = calc.hook("equity-words-l1");
  await words.waitFor();
  assert.equal(await words.innerText(),
    "Admissions: narrows the gap. Before the pilot the rate is 2.43 times as high in the most deprived fifth as in the least (a gap of 12.5 per 1,000 a year); after, 2.43 times (10.0 per 1,000): the absolute gap narrows; the relative gap is unchanged: every fifth falls by about the same proportion. The most deprived fifth receives 26.7% of the events avoided and is 20% of the population.");
  await calc.chartsDrawn("[data-testid='equity-view-l1']");
  const table = calc.hook("equity-table-l1");
  assert.match(await table.innerText(), /1 \(most deprived\)\s+20\.0%\s+20\.00\s+16\.00\s+80\.0\s+26\.7%\s+£160,000/);
  await noViolations();
});

test("the second and third worked examples narrow and widen the gap", async () => {
  await fresh();
  await calc.open(SECOND);
  let e = await equity(1);
  all(e.fifths.map((f) => f.avoided), [240, 140, 72, 30, 8], "avoided");
  near(e.core20, 48.980, "core20", 5e-4);
  near(e.pop20, 30, "pop20");
  all(e.sii, [10, 5.3], "SII");
  all(e.rii, [2.428571, 1.719132], "RII", 5e-7);
  assert.equal(e.verdict, "narrows");
  await calc.show("results");
  assert.match(await calc.hook("equity-words-l1").innerText(), /These events are use of a service: fewer of them is not by itself a gain in health/);
  await calc.open(THIRD);
  e = await equity(1);
  all(e.fifths.map((f) => f.avoided), [40, 52.5, 60, 62.5, 60], "avoided");
  near(e.core20, 14.545, "core20", 5e-4);
  all(e.sii, [12.5, 13.75], "SII");
  all(e.rii, [2.428571, 3.558140], "RII", 5e-7);
  assert.equal(e.verdict, "widens");
  await calc.show("results");
  assert.match(await calc.hook("equity-words-l1").innerText(), /^Line 1: widens the gap in use of the service\./);
});

test("a group's rates after take away both lines' events; each line keeps its own share", async () => {
  await fresh(360);
  await calc.open(GROUP);
  const [a, b] = [await equity(1), await equity(2)];
  assert.deepEqual(a.fifths.map((f) => f.after), b.fifths.map((f) => f.after));
  const credit = async (n) => calc.cell(`line-${n}`, "events");
  near(a.fifths.reduce((t, f) => t + f.avoided, 0), await credit(1), "line 1's fifths add up to its credit", 1e-6);
  near(b.fifths.reduce((t, f) => t + f.avoided, 0), await credit(2), "line 2's fifths add up to its credit", 1e-6);
  assert.equal(b.fifths[3].avoided, 0, "line 2 reaches nobody in the fourth fifth");
  for (let q = 0; q < 5; q++) {
    near(a.fifths[q].after, a.fifths[q].before - (a.fifths[q].avoided + b.fifths[q].avoided) / 20, `fifth ${q + 1} after`, 1e-9);
  }
  await calc.show("results");
  assert.match(await calc.hook("equity-words-l1").innerText(), /^Lines 1 and 2 together: narrows the gap\. .* Of the events each line avoids, the most deprived fifth receives 26\.7% of line 1’s and 54\.5% of line 2’s; it is 20% of the population\./);
  const width = await calc.page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `the page is ${width}px wide at 360`);
  await noViolations();
});

test("typed in the form: the fold, the link, and every bad value said beside its field", async () => {
  await fresh();
  await calc.open(WORKED);
  await calc.show("results");
  await calc.hook("equity-prompt").waitFor();
  assert.match(await calc.hook("equity-prompt").innerText(), /Boards ask who benefits/);
  await calc.show("pilot");
  await calc.page.getByText("Who benefits: how this line’s events spread over deprivation").first().click();
  await calc.enter("l1.grad", "1");
  await calc.enter("l1.reach", "1.2,1.1,1,1,1");
  await calc.page.locator("[id='input-l1.health-yes']").check();
  let params = await calc.waitForQuery(() => new URL(location.href).searchParams.get("l1.health") === "1");
  assert.equal(params.get("l1.reach"), "1.2,1.1,1,1,1");
  assert.equal(params.get("l1.grad"), null, "a gradient of 1 is the default, left out");
  near(Number(await calc.hook("equity-l1").getAttribute("data-core20")), 100 * 1.2 / 5.3, "core20", 1e-9);
  await calc.enter("imd", "40,30,20,5,4");
  assert.equal((await calc.hook("error-imd").innerText()).replace(/\s+/g, " "),
    "Error: The population in each deprivation fifth must add up to 100%: these add up to 99%");
  assert.equal(await calc.field("imd").inputValue(), "40,30,20,5,4", "the text stays as typed");
  assert.equal(await calc.page.evaluate(() => document.documentElement.dataset.stale), "1");
  await calc.enter("imd", "40,30,20,5,5");
  await calc.hook("error-imd").waitFor({ state: "detached" });
  params = await calc.waitForQuery(() => new URL(location.href).searchParams.get("imd") === "40,30,20,5,5");
  // Every event avoided among the least deprived: more than there are.
  await calc.enter("l1.reach", "0,0,0,0,1");
  assert.match(await calc.hook("error-l1.reach").innerText(), /Line 1: with this reach the rate after in the least deprived fifth would be −?-?[\d.]+ per 1,000 a year, below 0/);
  const summary = calc.hook("error-summary");
  await summary.getByRole("link", { name: /rate after in the least deprived fifth/ }).click();
  assert.equal(await calc.page.evaluate(() => document.activeElement.id), "input-l1.reach");
  await calc.enter("l1.grad", "0,0,0,0,0");
  assert.match(await calc.hook("error-l1.grad").innerText(), /cannot be 0 in every fifth/);
  await noViolations();
});

test("the CSV has a table by fifth, the summary the verdict, compare the Core20 share", async () => {
  await fresh();
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await calc.open(`${SECOND}&name=Second`);
  await calc.show("keep");
  const [file] = await Promise.all([calc.page.waitForEvent("download"), calc.hook("download-csv").click()]);
  const csv = await readFile(await file.path(), "utf8");
  const rows = csv.slice(1).trimEnd().split("\r\n").map((r) => r.split(","));
  const fifth1 = rows.find((r) => r[0] === "Line 1" && r[1] === "1") ?? assert.fail("no row for line 1, fifth 1");
  all(fifth1.slice(2, 7).map(Number), [30, 16, 12, 240, 480000], "line 1, fifth 1 in the CSV", 1e-9);
  const verdict = rows.find((r) => r[6] === "narrows") ?? assert.fail("no verdict row");
  near(Number(verdict[1]), 48.980, "core20 in the CSV", 5e-4);
  await calc.page.getByRole("button", { name: "Copy summary" }).click();
  await calc.hook("summary-copy-status").filter({ hasText: "Summary copied" }).waitFor();
  const text = await calc.page.evaluate(() => navigator.clipboard.readText());
  assert.match(text, /Who benefits: deprivation\n- Line 1: narrows the gap in use of the service\. Before the pilot the rate is 2\.43 times as high/);
  assert.match(text, /- Of the yearly saving at full effect, 49% falls in the most deprived fifth, which is 30% of the population\.\n/);
  await calc.page.getByLabel("Name to save this scenario under").fill("Second");
  await calc.page.getByRole("button", { name: "Save scenario" }).click();
  await calc.hook("saved-status").filter({ hasText: "Saved as" }).waitFor();
  await calc.open(FIRST);
  await calc.show("keep");
  await calc.page.getByLabel("First scenario").selectOption({ label: "Second" });
  await calc.page.getByLabel("Second scenario").selectOption({ label: "This scenario (on the page now)" });
  near(await calc.cell("compare-equity-core20-saving", "first"), 48.980, "compare first", 5e-4);
  near(await calc.cell("compare-equity-core20-saving", "second"), 26.667, "compare second", 5e-4);
});

test("the embedded view keeps the hooks and folds the view away", async () => {
  await fresh(400);
  await calc.open(`${FIRST}&embed=1`);
  near(await calc.number("equity-core20-saving"), 26.667, "core20 saving", 5e-4);
  assert.equal(await calc.hook("equity-l1").getAttribute("data-verdict"), "narrows");
  await calc.show("results");
  const fold = calc.page.locator("details", { has: calc.page.locator("summary", { hasText: /^Who benefits: deprivation$/ }) });
  assert.equal(await fold.evaluate((d) => d.open), false);
  await fold.locator("summary").click();
  await calc.hook("equity-words-l1").waitFor();
  await noViolations();
});
