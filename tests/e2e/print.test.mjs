// Print or save as PDF (issue 29, SPEC §6): printed from a wide window, as
// a practice manager does, the copy holds every chart the screen can show
// (the views module's included), what was entered with where each unit
// cost comes from, who gains and who loses, and no blank page. Chromium's
// own PDF of the page is read back with pdf.js.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import { Calculator, WORKED, useBrowser } from "./support.mjs";
import { pdfPages } from "./pdf.mjs";

const env = useBrowser();
let context;
after(async () => {
  await context?.close();
});

/** The seed's dermatology pilot with its months (SPEC §2.8, §2.9). */
const SERIES = "?v=1&fy=2026&name=Dermatology%20months&pop=10000&l1.kind=rate&l1.name=GP-led%20dermatology%20clinic" +
  "&l1.base=26&l1.after=6&l1.unit=254.21&l1.pilot_months=3&l1.appts=6&l1.appt_cost=50.55" +
  "&l1.series=22,20,23,21,24,19,22,23,20,21,24,21,6,4,5&l1.series_from=2025-04&l1.pilot_from=2026-04&l1.after.lo=4&l1.after.hi=8";

/** Opens `query` at 1280 px and prints it as the browser does (Chromium's
 *  own PDF): the page is told (beforeprint) and laid out on A4. What it
 *  had drawn for paper is read by a listener after the page's own, when
 *  the page's work for it is done (its views are drawn in the same task),
 *  just before the browser takes its copy. */
async function printed(query, file) {
  await context?.close();
  context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const calc = new Calculator(await context.newPage(), env.server.url);
  await calc.open(query);
  // A moment after opening, as a person prints: typing has paused
  // (`data-settled`) and the views module has drawn every part, hidden.
  await calc.page.waitForSelector("html[data-settled='1']", { state: "attached" });
  await calc.hook("chart-parties").locator("svg").waitFor({ state: "attached" });
  await calc.page.evaluate(() => {
    window.addEventListener("beforeprint", () => {
      window.__printedCharts = [...document.querySelectorAll("figure.app-chart")]
        .map((f) => `${f.dataset.testid} ${f.querySelector("svg") ? "drawn" : "not drawn"}`);
    });
  });
  const pdf = await calc.page.pdf({ preferCSSPageSize: true });
  await mkdir("target/print", { recursive: true });
  await writeFile(`target/print/${file}`, pdf);
  const charts = await calc.page.evaluate(() => window.__printedCharts);
  return { calc, charts, pages: await pdfPages(pdf) };
}

function assertEveryPageHasText(pages) {
  assert.ok(pages.length >= 2, `${pages.length} pages`);
  pages.forEach((items, i) => assert.ok(items.length > 0, `page ${i + 1} of ${pages.length} is blank`));
}

/** Whether a page's text holds `text`, across the lines it wraps over. */
const has = (pages, text) => pages.some((items) => items.join(" ").replace(/\s+/g, " ").includes(text));

test("the starting example prints every chart, the inputs with their sources and who gains, with no blank page", async () => {
  const { calc, charts, pages } = await printed("", "starting-example.pdf");
  assertEveryPageHasText(pages);
  for (const id of ["yearly", "cumulative", "gain-share", "lines", "ladder", "parties"]) {
    assert.ok(charts.includes(`chart-${id} drawn`), `chart-${id} drawn for paper: ${charts.join(", ")}`);
  }
  assert.ok(charts.every((c) => c.endsWith(" drawn")), charts.join(", "));
  // The charts' own text is on paper: the cumulative chart's axis, the
  // parties' legend.
  assert.ok(has(pages, "Months from the start of"), "the cumulative chart is printed");
  assert.ok(has(pages, "Who gains and who loses each year"), "the parties' chart is printed");
  // What was entered, with where each unit cost comes from.
  for (const text of ["What was entered", "Rate before the pilot", "Where the cost of each event avoided comes from",
    "First outpatient attendance", "National Cost Collection 2023/24"]) {
    assert.ok(has(pages, text), `${text} is printed`);
  }
  // Who gains and who loses, and the headlines' two present values.
  for (const text of ["Who gains and who loses", "A deal that leaves no party worse off", "The NHS as a whole, over 5 years"]) {
    assert.ok(has(pages, text), `${text} is printed`);
  }
  assert.deepEqual(calc.pageErrors, []);
});

test("a scenario with months prints its Making Data Count chart, the planner and how sure", async () => {
  const { charts, pages } = await printed(SERIES, "with-months.pdf");
  assertEveryPageHasText(pages);
  for (const id of ["spc-l1", "tornado", "histogram", "parties", "yearly"]) {
    assert.ok(charts.includes(`chart-${id} drawn`), `chart-${id} drawn for paper: ${charts.join(", ")}`);
  }
  assert.ok(charts.every((c) => c.endsWith(" drawn")), charts.join(", "));
  assert.ok(has(pages, "Events a month"), "the months' chart is printed");
  assert.ok(has(pages, "How long a pilot must run"), "the planner is printed");
  assert.ok(has(pages, "four pilots in five"), "what 80% power means is printed");
});

test("lines that act on the same events print their sentence, their table and the joined line's inputs", async () => {
  const { pages } = await printed(`${WORKED}&l4.kind=rate&l4.name=Teledermatology&l4.with=1&l4.after=20&l4.annual=12000`, "group.pdf");
  assertEveryPageHasText(pages);
  assert.ok(has(pages, "alone they would avoid 800 and 240 a year, together 855.4"), "the group's sentence is printed");
  assert.ok(has(pages, "what each would avoid alone"), "the group's table is printed");
  assert.ok(has(pages, "Line 1, whose baseline, cost and payment rule it shares"), "the joined line's inputs say so");
});

test("who benefits prints its verdict, its table, its chart and the inputs behind it", async () => {
  const query = "?v=1&name=Who%20benefits&pop=200000&imd=30,25,20,15,10&l1.kind=rate&l1.name=Avoidable%20admissions" +
    "&l1.base=13&l1.after=10.55&l1.unit=2000&l1.grad=2&l1.reach=2.5,2,1.5,1,0.5&l1.health=1";
  const { charts, pages } = await printed(query, "who-benefits.pdf");
  assertEveryPageHasText(pages);
  assert.ok(charts.includes("chart-equity-l1 drawn"), `the deprivation chart drawn for paper: ${charts.join(", ")}`);
  assert.ok(charts.every((c) => c.endsWith(" drawn")), charts.join(", "));
  for (const text of ["Avoidable admissions: narrows the gap", "each deprivation fifth, a year at full effect",
    "Deprivation fifth: 1 most deprived, 5 least", "Population in each deprivation fifth, most deprived first",
    "30%, 25%, 20%, 15%, 10%", "2 times as high in the most deprived fifth as in the least", "2.5, 2, 1.5, 1, 0.5, most deprived first"]) {
    assert.ok(has(pages, text), `${text} is printed`);
  }
});
