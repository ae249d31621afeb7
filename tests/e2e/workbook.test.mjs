// The workbook an analyst can audit (issue 25, SPEC §5.1), downloaded from
// the page and recalculated in LibreOffice's Calc: every figure on Lines,
// Years and Summary is a formula, its cached value is what Calc computes,
// and Calc's figures are the page's hooks to 1e-9 relative.
import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { AxeBuilder } from "@axe-core/playwright";
import { strFromU8, unzipSync } from "fflate";
import { Calculator, TWENTY_LINES, WORKED, useBrowser } from "./support.mjs";
import { printWorkbook, readWorkbook, recalculate } from "./spreadsheet.mjs";
import { pdfPages } from "./pdf.mjs";

const env = useBrowser();
let context;
after(async () => {
  await context?.close();
});

// No offline worker: it would fetch the writer ahead of the first click.
async function fresh(width = 1280) {
  await context?.close();
  context = await env.browser.newContext({ viewport: { width, height: 900 }, serviceWorkers: "block" });
  return new Calculator(await context.newPage(), env.server.url);
}

// Names a spreadsheet would take for formulas, were they written as such.
const HOSTILE = ["=HYPERLINK(\"http://example.com\",\"x\")", "+1+2", "-A1", "@SUM(A1)"];

/** Twenty lines over ten years with every rule at work: inflation, uptake,
 *  optimism bias, a lag, who gains with a threshold and a cap, lines paid
 *  per case, fixed and in part, costs primary care pays, a line with
 *  steps, a line with monthly counts, ranges, and hostile names. */
const EVERYTHING =
  TWENTY_LINES.replace("name=Twenty%20lines", `name=${encodeURIComponent(HOSTILE[0])}`)
    // A rate line whose running cost no fall in its rate could cover.
    .replace("l16.annual=16000", "l16.annual=900000") +
  "&infl=2.5&ob=15&lag=2&hshare=10&threshold=20000&cap=30000&disc=3.5" +
  "&l1.uptake=60&l2.uptake=40&l2.step=20&l2.step_cost=9000&l1.paid=20&l4.paid=0&l3.avoid=70" +
  "&l5.funder=primary&l6.funder=primary&l7.appts=4&l7.appt_cost=38&l12.step=7&l12.step_cost=2500" +
  "&l1.series=90,86,92,88,85,91,87,89,93,86,88,90,30,25,22&l1.series_from=2025-01&l1.pilot_from=2026-01" +
  "&l1.after.lo=4&l1.after.hi=8&l2.pct.lo=10&l2.pct.hi=25&mc=2000" +
  // Issue 33: a growing population, uptake year by year, and lines that
  // share their events ramping at their own pace (line 7's group has steps).
  "&growth=1.5&l3.per_patient=2&l6.with=1&l6.uptake=30,70&l7.with=2&l7.uptake=50,75,90&l11.uptake=10,40,70,85" +
  HOSTILE.slice(1).map((name, i) => `&l${i + 3}.name=${encodeURIComponent(name)}`).join("");

/** Downloads the workbook: its file name and bytes. */
async function downloadWorkbook(calc) {
  await calc.show("keep");
  const [file] = await Promise.all([calc.page.waitForEvent("download"), calc.hook("download-xlsx").click()]);
  await calc.page.locator("[data-testid='xlsx-status'][data-state='done']").waitFor();
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** Every hook the workbook's figures should equal: lines, years, summary. */
const pageHooks = (calc) =>
  calc.page.evaluate(() => {
    const cells = (row) => Object.fromEntries([...row.querySelectorAll("[data-col]")].map((c) => [c.dataset.col, c.dataset.value]));
    const rows = (prefix) => [...document.querySelectorAll(`tr[data-testid^='${prefix}']`)]
      .filter((r) => /^[a-z]+-\d+$/.test(r.dataset.testid)).map(cells);
    const summary = Object.fromEntries([...document.querySelectorAll("[data-testid][data-value]")]
      .filter((e) => !e.closest("tr")).map((e) => [e.dataset.testid, e.dataset.value]));
    return { lines: rows("line-"), years: rows("year-"), summary };
  });

const LINE_COLS = ["events", "saving", "cost", "net", "breakeven", "hosp", "nhs", "hours", "wte", "sessions", "steps", "next-step"];
const YEAR_COLS = ["gross", "cost", "net", "df", "pv", "cum", "cash", "noncash", "share", "retained", "reinvest", "hshare", "primary", "hosp", "nhs"];
const SUMMARY_KEYS = ["npv", "gross-total", "cost-total", "net-total", "cash-total", "noncash-total", "pv-gross", "pv-cost", "bcr", "switching",
  "payback-months", "reinvest-total", "beyond-horizon", "cost-per-patient", "net-per-1000", "scale-net-year", "scale-npv",
  "comm-total", "primary-total", "hosp-total", "nhs-total", "nhs-npv", "hshare-even"];

const letter = (i) => String.fromCharCode(65 + i);

/** Equal to 1e-9 relative (absolute below £1); none is an empty cell. */
function same(calculated, shown, what) {
  if (shown === "" || shown === undefined) {
    assert.equal(calculated ?? "", "", `${what}: the page shows none, the workbook ${calculated}`);
    return;
  }
  assert.equal(typeof calculated, "number", `${what}: the page shows ${shown}, the workbook ${JSON.stringify(calculated)}`);
  const [a, b] = [calculated, Number(shown)];
  assert.ok(Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)), `${what}: workbook ${a}, page ${b}`);
}

/** Every figure on Lines, Years and Summary is a formula, and Calc's value
 *  of each formula is the one the file carries. */
function formulasCarryTheirValues(written, calculated) {
  let formulas = 0;
  for (const sheet of ["Lines", "Line years", "Years", "Summary", "Deprivation"].filter((s) => written.sheets[s])) {
    for (const [at, cell] of Object.entries(written.sheets[sheet])) {
      // A line's number, and on Line years its year, are labels.
      const label = (sheet === "Lines" && at.startsWith("A")) || (sheet === "Line years" && /^[AB]\d/.test(at));
      const isFigure = cell.type === "n" && !label;
      if (isFigure) assert.ok(cell.formula, `${sheet}!${at} holds ${cell.value}, not a formula`);
      if (!cell.formula) continue;
      formulas++;
      assert.doesNotMatch(cell.formula, /\[|:\/\/|INDIRECT|HYPERLINK|WEBSERVICE/, `${sheet}!${at} refers outside the workbook`);
      const calc = calculated.sheets[sheet][at];
      assert.notEqual(calc?.type, "e", `${sheet}!${at} is an error in Calc: ${calc?.value} (${cell.formula})`);
      if (typeof cell.value === "number") same(calc?.value, cell.value, `${sheet}!${at} cached`);
      else assert.equal(String(calc?.value ?? ""), cell.value, `${sheet}!${at} cached`);
    }
  }
  for (const [sheet, cells] of Object.entries(calculated.sheets)) {
    for (const [at, cell] of Object.entries(cells)) assert.notEqual(cell.type, "e", `${sheet}!${at} is an error: ${cell.value}`);
  }
  return formulas;
}

/** Calc's figures are the page's: each line, each year, the summary. */
function figuresAreThePages(calculated, hooks) {
  const { Lines, Years, Summary } = calculated.sheets;
  hooks.lines.forEach((line, i) => LINE_COLS.forEach((col, c) => {
    const value = Lines[`${letter(3 + c)}${i + 2}`]?.value;
    // Issue 29: a break-even below 0 is said as the page says it.
    if (col === "breakeven" && Number(line[col]) < 0) assert.equal(value, "Cannot break even", `line ${i + 1} breakeven`);
    else same(value, line[col], `line ${i + 1} ${col}`);
  }));
  hooks.lines.forEach((line, i) => same(Lines[`P${i + 2}`]?.value, line["per-event"], `line ${i + 1} per-event`));
  hooks.years.forEach((year, i) => YEAR_COLS.forEach((col, c) => same(Years[`${letter(3 + c)}${i + 2}`]?.value, year[col], `year ${i + 1} ${col}`)));
  hooks.years.forEach((year, i) => same(Years[`AB${i + 2}`]?.value, year.pop, `year ${i + 1} population`));
  const keys = Object.entries(Summary).filter(([at]) => /^B\d+$/.test(at) && at !== "B1");
  assert.deepEqual(keys.map(([, c]) => c.value), SUMMARY_KEYS, "the Summary sheet names every output of §2.4 and §2.6");
  for (const [at, key] of keys) same(Summary[`C${at.slice(1)}`]?.value, hooks.summary[key.value], key.value);
}

describe("the workbook", () => {
  test("SPEC §10's example: formulas that Calc computes to the page's figures", async () => {
    const calc = await fresh();
    await calc.open(WORKED);
    const file = await downloadWorkbook(calc);
    assert.equal(file.name, "bassetlaw-pch-workbook.xlsx");
    const written = readWorkbook(file.bytes);
    assert.deepEqual(Object.keys(written.sheets), ["Inputs", "Lines", "Line years", "Years", "Summary", "How sure", "About"]);
    assert.ok(!written.files.some((f) => /vbaProject|externalLink/.test(f)), written.files.join(", "));
    assert.equal(written.names.pop, "Inputs!$C$3");
    const calculated = await recalculate(file.bytes);
    assert.ok(formulasCarryTheirValues(written, calculated) > 100);
    figuresAreThePages(calculated, await pageHooks(calc));
    assert.equal(calculated.sheets.Summary.C2.value.toFixed(2), "878912.74", "npv, SPEC §10");
    assert.equal(calculated.sheets.Years.A2.value, "2017/18", "a link without fy starts in 2017/18");
    const about = Object.values(calculated.sheets.About).map((c) => c.value);
    assert.ok(about.includes(await calc.page.getByLabel("Link to this scenario").inputValue()), "the About sheet holds the link");
  });

  test("each sheet prints landscape, one page wide, its header row on every page", async () => {
    // Issue 29: one line's workbook printed on 21 pages, a few columns each.
    const calc = await fresh();
    await calc.open("?v=1&pop=40000&l1.kind=rate&l1.name=Dermatology&l1.base=26&l1.after=6&l1.unit=120&l1.appts=6&l1.appt_cost=35");
    const file = await downloadWorkbook(calc);
    const written = readWorkbook(file.bytes);
    const setups = written.files.filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    assert.ok(setups.length >= 6, setups.join(", "));
    const files = unzipSync(new Uint8Array(file.bytes));
    for (const path of setups) {
      const xml = strFromU8(files[path]);
      assert.match(xml, /<pageSetup\b[^>]*orientation="landscape"/, `${path} prints landscape`);
      assert.match(xml, /<pageSetup\b[^>]*fitToHeight="0"/, `${path} prints one page wide`);
      assert.match(xml, /<pageSetUpPr fitToPage="1"\/>/, `${path} fits to the page`);
    }
    const book = strFromU8(files["xl/workbook.xml"]);
    assert.equal((book.match(/_xlnm\.Print_Titles/g) ?? []).length, setups.length, "every sheet repeats its header row");
    const pages = await pdfPages(await printWorkbook(file.bytes));
    assert.ok(pages.length <= setups.length + 2, `${pages.length} pages for ${setups.length} sheets`);
    pages.forEach((items, i) => assert.ok(items.length > 0, `page ${i + 1} is blank`));
  });

  test("SPEC §10's uptake by year and growth: an input cell a year, and Calc gives the page's figures", async () => {
    const calc = await fresh();
    await calc.open(`${WORKED}&growth=1&l1.uptake=25,60,90`);
    const file = await downloadWorkbook(calc);
    const written = readWorkbook(file.bytes);
    for (const [t, u] of [[1, 25], [2, 60], [3, 90], [5, 90]]) {
      assert.ok(written.names[`l1_uptake_${t}`], `year ${t}'s uptake is a named input`);
      const [, at] = written.names[`l1_uptake_${t}`].split("!");
      assert.equal(written.sheets.Inputs[at.replaceAll("$", "")].value, u);
    }
    const calculated = await recalculate(file.bytes);
    formulasCarryTheirValues(written, calculated);
    figuresAreThePages(calculated, await pageHooks(calc));
    assert.equal(calculated.sheets.Summary.C2.value.toFixed(2), "768737.71", "npv, SPEC §10");
    assert.equal(calculated.sheets.Years.D4.value.toFixed(2), "322759.64", "gross in year 3, SPEC §10");
    assert.equal(calculated.sheets.Lines.P2.value.toFixed(2), "66.15", "line 1's cost per event, SPEC §10");
  });

  test("twenty lines over ten years with every rule: Calc gives the page's figures, names stay text", async () => {
    const calc = await fresh();
    await calc.open(EVERYTHING);
    assert.equal(await calc.page.getByTestId("error-summary").count(), 0, "the scenario is valid");
    const file = await downloadWorkbook(calc);
    const written = readWorkbook(file.bytes);
    assert.deepEqual(Object.keys(written.sheets), ["Inputs", "Lines", "Line years", "Years", "Summary", "Evidence", "How sure", "About"]);
    const calculated = await recalculate(file.bytes);
    formulasCarryTheirValues(written, calculated);
    assert.equal(await calc.hook("line-16").locator("[data-col='breakeven']").innerText(), "Cannot break even");
    assert.equal(calculated.sheets.Lines.H17.value, "Cannot break even", "the workbook says what the page says");
    const hooks = await pageHooks(calc);
    assert.equal(hooks.lines.length, 20);
    assert.equal(hooks.years.length, 10);
    figuresAreThePages(calculated, hooks);
    assert.ok(Number(hooks.lines[1].steps) > 0, "line 2 removes whole steps");
    // Hostile names are text in the file and after Calc has read it.
    for (const book of [written, calculated]) {
      const inputs = Object.values(book.sheets.Inputs);
      const lines = Object.values(book.sheets.Lines);
      for (const name of HOSTILE) {
        const cell = [...inputs, ...lines].find((c) => c.value === name);
        assert.ok(cell, `${name} is in the workbook`);
        assert.ok(["s", "str", "inlineStr"].includes(cell.type) && !cell.formula, `${name} is text: ${JSON.stringify(cell)}`);
      }
    }
    // How sure: the page's seeded run and tornado, as values.
    await calc.page.waitForSelector("html[data-mc-ready='1'] [data-testid='mc-p50']", { state: "attached", timeout: 20000 });
    const sure = calculated.sheets["How sure"];
    const rows = Object.entries(sure).filter(([at]) => /^B\d+$/.test(at) && at !== "B1");
    assert.ok(rows.length >= 10, "percentiles and the tornado");
    for (const [at, key] of rows) {
      const row = at.slice(1);
      if (key.value.startsWith("tornado-")) {
        const hook = calc.hook(key.value);
        same(sure[`C${row}`].value, await hook.getAttribute("data-low"), `${key.value} low`);
        same(sure[`D${row}`].value, await hook.getAttribute("data-high"), `${key.value} high`);
      } else {
        same(sure[`C${row}`].value, await calc.value(key.value), key.value);
      }
    }
    const evidence = Object.values(calculated.sheets.Evidence);
    assert.ok(evidence.some((c) => c.value === "improvement"), "the pilot months are flagged");
  });
});

describe("fetching the writer", () => {
  test("on the first click only; offline before it ever was, the page says so and the CSV still works", async () => {
    const calc = await fresh();
    await calc.open(WORKED);
    await calc.show("keep");
    await calc.hook("download-xlsx").waitFor();
    const writer = /\/workbook-[0-9a-f]{16}(_bg\.wasm|\.js)$/;
    assert.deepEqual(calc.requests.filter((r) => writer.test(r)), [], "not fetched before the click");
    await context.route(writer, (route) => route.abort("internetdisconnected"));
    await calc.hook("download-xlsx").click();
    const status = calc.page.locator("[data-testid='xlsx-status'][data-state='failed']");
    await status.waitFor();
    assert.match(await status.innerText(), /could not fetch it \(it may be offline\)\. Connect to the network and try again\. The figures \(CSV\) download works without it\./);
    const [csv] = await Promise.all([calc.page.waitForEvent("download"), calc.hook("download-csv").click()]);
    assert.equal(csv.suggestedFilename(), "bassetlaw-pch-figures.csv");
    // Back online, the next click fetches it.
    await context.unroute(writer);
    const file = await downloadWorkbook(calc);
    assert.equal(file.name, "bassetlaw-pch-workbook.xlsx");
    assert.ok(calc.requests.some((r) => writer.test(r)));
    assert.deepEqual(calc.pageErrors, []);
  });

  test("what the button says is axe-clean and fits at 1280 and 360 px, done and failed", async () => {
    for (const width of [1280, 360]) {
      const calc = await fresh(width);
      await calc.open(WORKED);
      await downloadWorkbook(calc);
      await context.route(/\/workbook-/, (route) => route.abort("internetdisconnected"));
      for (const state of ["done", "failed"]) {
        if (state === "failed") {
          await calc.open(WORKED);
          await calc.show("keep");
          await calc.hook("download-xlsx").click();
        }
        await calc.page.locator(`[data-testid='xlsx-status'][data-state='${state}']`).waitFor();
        const result = await new AxeBuilder({ page: calc.page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
        assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`), [], `${state} at ${width}`);
        const wide = await calc.page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(wide <= width, `${state} at ${width}: the page is ${wide} px wide`);
      }
    }
  });

  test("a saved scenario's workbook is its link's, but for the date", async () => {
    const calc = await fresh();
    await calc.open(`${EVERYTHING}&fy=2026`);
    const fromLink = await downloadWorkbook(calc);
    await calc.page.getByLabel("Name to save this scenario under").fill("Kept");
    await calc.page.getByRole("button", { name: "Save scenario" }).click();
    await calc.hook("saved-status").filter({ hasText: "Saved as" }).waitFor();
    await calc.open(WORKED);
    await calc.show("keep");
    await calc.page.getByTestId("saved-1").getByRole("button", { name: /Open/ }).click();
    await calc.page.waitForFunction(() => document.querySelector("[id='input-years']").value === "10");
    const fromSaved = await downloadWorkbook(calc);
    const today = /\d{4}-\d\d-\d\d(T[\d:]+Z)?/g;
    const parts = (bytes) => Object.entries(unzipSync(new Uint8Array(bytes))).map(([name, data]) => [name, strFromU8(data).replace(today, "DATE")]);
    const [a, b] = [parts(fromLink.bytes), parts(fromSaved.bytes)];
    assert.deepEqual(b.map(([n]) => n), a.map(([n]) => n));
    for (const [i, [name, text]] of a.entries()) assert.equal(b[i][1], text, name);
  });
});

describe("lines that act on the same events (issue 30)", () => {
  test("the group's credits are formulas Calc recalculates to the page's figures", async () => {
    const calc = await fresh();
    // SPEC §10's teledermatology joined to line 1, with take-up, optimism
    // bias and a step of capacity on the group's events, and a third line
    // that raises activity.
    await calc.open(`${WORKED}&l4.kind=rate&l4.name=Teledermatology&l4.with=1&l4.after=20&l4.annual=12000` +
      "&l1.uptake=40&l4.uptake=70&ob=10&l1.step=200&l1.step_cost=30000" +
      "&l5.kind=rate&l5.name=Raises&l5.with=1&l5.after=28");
    assert.equal(await calc.page.getByTestId("error-summary").count(), 0, "the scenario is valid");
    const file = await downloadWorkbook(calc);
    const written = readWorkbook(file.bytes);
    const calculated = await recalculate(file.bytes);
    formulasCarryTheirValues(written, calculated);
    figuresAreThePages(calculated, await pageHooks(calc));
    const lines = Object.values(written.sheets.Lines).map((c) => c.formula ?? "");
    assert.ok(lines.some((f) => /PRODUCT\(/.test(f)), "together is a PRODUCT");
    assert.ok(lines.some((f) => /0\.03333567215434/.test(f)), "c is the Gauss–Legendre rule, written out");
    const inputs = Object.values(written.sheets.Inputs).map((c) => c.formula ?? "");
    assert.ok(inputs.includes("l1_base"), "a joined line's baseline is its events' line's cell");
  });
});

describe("who benefits (issue 31)", () => {
  test("the Deprivation sheet's rates, events, savings, SII and RII are formulas Calc recalculates to the page's figures", async () => {
    const calc = await fresh();
    // A group of two rate lines with a gradient of five rates and a reach,
    // a count line with a ratio, a line of months split as the population,
    // and a population with nobody in the least deprived fifth.
    await calc.open("?v=1&name=Who%20benefits&pop=100000&imd=25,25,20,30,0" +
      "&l1.kind=rate&l1.name=Admissions&l1.base=15&l1.after=12&l1.unit=2000&l1.grad=2,1.5,1,1,0.5&l1.health=1" +
      "&l2.kind=rate&l2.name=Pharmacist&l2.with=1&l2.after=13.5&l2.reach=3,2,1,0,0&l2.uptake=60&ob=10" +
      "&l3.kind=count&l3.name=Falls&l3.events=300&l3.pct=10&l3.unit=100&l3.grad=2.5" +
      "&l4.kind=observed&l4.name=Prescribing&l4.saved=1000&l4.months=12");
    assert.equal(await calc.page.getByTestId("error-summary").count(), 0, "the scenario is valid");
    const file = await downloadWorkbook(calc);
    const written = readWorkbook(file.bytes);
    const calculated = await recalculate(file.bytes);
    formulasCarryTheirValues(written, calculated);
    const sheet = calculated.sheets.Deprivation;
    const rows = Object.entries(sheet).filter(([at]) => /^A\d+$/.test(at)).map(([at, c]) => [Number(at.slice(1)), c.value]);
    const row = (label, line) => {
      const found = rows.find(([r, value]) => value === label && String(sheet[`B${r}`]?.value ?? "").startsWith(`${line}.`));
      return found?.[0] ?? assert.fail(`no row "${label}" for line ${line}`);
    };
    const fifths = (r) => ["C", "D", "E", "F", "G"].map((c) => sheet[`${c}${r}`]?.value);
    for (const n of [1, 2, 3]) {
      const head = n === 2 ? 1 : n;
      const hook = (q, name) => calc.hook(`equity-l${n}-q${q}`).getAttribute(`data-${name}`);
      for (const [label, name, line] of [["Rate before (per 1,000 a year)", "before", head], ["Rate after (per 1,000 a year)", "after", head],
        ["Events avoided a year", "avoided", n], ["Saving a year (£)", "saving", n]]) {
        const got = fifths(row(label, line));
        for (let q = 1; q <= 5; q++) same(got[q - 1], await hook(q, name), `line ${n} ${name}, fifth ${q}`);
      }
      const at = (label, col) => sheet[`${col}${row(label, head)}`]?.value;
      const attr = (name) => calc.hook(`equity-l${n}`).getAttribute(`data-${name}`);
      same(at("Rate before (per 1,000 a year)", "H"), await attr("sii-before"), `line ${n} SII before`);
      same(at("Rate after (per 1,000 a year)", "H"), await attr("sii-after"), `line ${n} SII after`);
      same(at("Rate before (per 1,000 a year)", "J"), await attr("rii-before"), `line ${n} RII before`);
      same(at("Rate after (per 1,000 a year)", "J"), await attr("rii-after"), `line ${n} RII after`);
    }
    const share = rows.find(([, v]) => v === "Share of the saving in the most deprived fifth (%)")?.[0];
    same(sheet[`C${share}`]?.value, await calc.value("equity-core20-saving"), "Core20 share of the saving");
    const formulas = Object.values(written.sheets.Deprivation).map((c) => c.formula ?? "");
    assert.ok(formulas.some((f) => /^IF\(COUNTIF\(.*SUMPRODUCT\(/.test(f)), "SII by weighted least squares with SUMPRODUCT");
    const inputs = Object.values(written.sheets.Inputs).map((c) => c.value);
    for (const name of ["imd_1", "l1_grad_1", "l2_reach_1", "l3_grad", "l1_health"]) assert.ok(inputs.includes(name), `Inputs names ${name}`);
    // Without any deprivation input there is no such sheet.
    await calc.open(WORKED);
    const plain = readWorkbook((await downloadWorkbook(calc)).bytes);
    assert.equal(plain.sheets.Deprivation, undefined);
  });
});
