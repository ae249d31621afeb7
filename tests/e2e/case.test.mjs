// The business case (issue 32, SPEC §5.2), downloaded from the page and
// read by LibreOffice's Writer: it opens, its outline is in order, its
// figures are the page's hooks, every prompt is in its checklist, and
// nothing in it is a field, a link or a reference outside the package.
import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { strFromU8, unzipSync } from "fflate";
import { Calculator, TWENTY_LINES, WORKED, useBrowser } from "./support.mjs";
import { documentPdf, documentText } from "./document.mjs";
import { pdfPages } from "./pdf.mjs";

const env = useBrowser();
let context;
after(async () => {
  await context?.close();
});

async function fresh(width = 1280) {
  await context?.close();
  context = await env.browser.newContext({ viewport: { width, height: 900 }, serviceWorkers: "block" });
  return new Calculator(await context.newPage(), env.server.url);
}

const HOSTILE = "=HYPERLINK(\"https://evil.example\",\"x\") { PAGE } <b>&amp;";

/** SPEC §10's example grown to twenty lines over ten years: ranges, a
 *  pilot's monthly counts, a line joined to another's events, and
 *  deprivation inputs. */
const CASE =
  TWENTY_LINES.replace("name=Twenty%20lines", `name=${encodeURIComponent(HOSTILE)}`) +
  "&infl=2.5&ob=15&threshold=20000&hshare=10&l6.with=1&l6.after=20" +
  "&l1.series=90,86,92,88,85,91,87,89,93,86,88,90,30,25,22&l1.series_from=2025-01&l1.pilot_from=2026-01" +
  "&l1.after.lo=4&l1.after.hi=8&l2.pct.lo=10&l2.pct.hi=25&mc=2000&l1.grad=2&l1.health=1&l11.reach=1.2,1.1,1,0.9,0.8";

/** Downloads the business case: its file name and bytes. */
async function downloadCase(calc) {
  await calc.show("keep");
  const [file] = await Promise.all([calc.page.waitForEvent("download"), calc.hook("download-docx").click()]);
  await calc.page.locator("[data-testid='docx-status'][data-state='done']").waitFor();
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** A figure as the document writes it: "£1,234", "−£5", "A loss of £7",
 *  "£2.22", "55%". */
function figure(text) {
  const loss = /^A loss of /.test(text) || /^[−-]/.test(text);
  const digits = text.replace(/^A loss of /, "").replace(/[−\-£,%\s]/g, "");
  assert.match(digits, /^\d+(\.\d+)?$/, `a figure: ${text}`);
  return (loss ? -1 : 1) * Number(digits);
}

/** Equal to the page's figure as the document rounds it: to as many
 *  places as it shows. */
function same(text, hook, what) {
  const shown = figure(text);
  const places = text.match(/\.(\d+)/)?.[1].length ?? 0;
  const within = 0.5 * 10 ** -places + 1e-6;
  assert.ok(Math.abs(shown - hook) <= within, `${what}: the document says ${text}, the page ${hook}`);
}

/** The cells of the table whose caption begins `caption`: `columns` to a row. */
function table(lines, caption, columns, rows) {
  const at = lines.findIndex((l) => l.startsWith("Table ") && l.includes(caption));
  assert.ok(at >= 0, `a table: ${caption}`);
  const cells = lines.slice(at + 1 + columns, at + 1 + columns * (rows + 1));
  return Array.from({ length: rows }, (_, r) => cells.slice(r * columns, (r + 1) * columns));
}

const SUMMARY = {
  "Net present value over 10 years": "npv",
  "Present value of the savings": "pv-gross",
  "Present value of the costs": "pv-cost",
  "Back for every £1 spent": "bcr",
  "Savings could fall by": "switching",
  "Cash the ICB releases, all years": "cash-total",
  "Capacity freed, all years": "noncash-total",
  "The commissioner, all years": "comm-total",
  "Primary care, all years": "primary-total",
  "The hospital, all years": "hosp-total",
  "The NHS as a whole, all years": "nhs-total",
  "Chance the scheme saves money": "mc-prob-positive",
  "Low: 1 draw in 20 is below": "mc-p5",
  "Middle: half the draws are below": "mc-p50",
  "High: 1 draw in 20 is above": "mc-p95",
};

const OUTLINE = [
  "Document control", "Approvals", "How to use this draft",
  "Executive summary", "The proposal", "The figures", "What the figures assume", "The decision sought and the main risks",
  "1 Strategic case", "1.1 Context", "1.2 Existing arrangements", "1.3 Spending objectives", "1.4 Scope", "1.5 The pilot’s evidence", "1.6 Benefits", "1.7 Constraints and dependencies", "1.8 Stakeholders",
  "2 Economic case", "2.1 Critical success factors", "2.2 Long list and short list", "2.3 Method", "2.4 Costs and savings by year", "2.5 Results by line", "2.6 Appraisal summary", "2.7 Sensitivity", "2.8 Distributional effects",
  "3 Commercial case", "3.1 Procurement route", "3.2 Services required", "3.3 Payment rules and gain-share", "3.4 Risk allocation, contract length and personnel",
  "4 Financial case", "4.1 Costs by line", "4.2 Savings by year: cash-releasing and capacity freed", "4.3 Effect on each organisation", "4.4 Gain-share and reinvestment", "4.5 When savings become cash", "4.6 Funding and finance sign-off",
  "5 Management case", "5.1 Governance", "5.2 Workforce and capacity", "5.3 Benefits register", "5.4 Monitoring and evaluation", "5.5 Risk register", "5.6 Exit",
  "6 Impact assessments", "7 Recommendation",
  "Appendices", "A Inputs as entered", "B National unit costs used", "C Every figure by year", "D How the figures are worked out, and what the model leaves out", "E Glossary", "F Checklist",
];

describe("the business case", () => {
  test("opens in Writer with its outline in order, the page's figures, and every prompt in its checklist", async () => {
    const calc = await fresh();
    await calc.open(CASE);
    await calc.page.waitForSelector("html[data-mc-ready='1']", { state: "attached", timeout: 30000 });
    const file = await downloadCase(calc);
    assert.equal(file.name, "hyperlink-https-evil-example-x-page-b-amp-business-case.docx");
    const lines = await documentText(file.bytes);
    assert.equal(lines[0], `${HOSTILE}: business case`, "a hostile name is its own text");
    let from = 0;
    for (const heading of OUTLINE) {
      const at = lines.indexOf(heading, from);
      assert.ok(at > from || (from === 0 && at >= 0), `${heading} after what comes before it`);
      from = at;
    }
    for (const [label, id] of Object.entries(SUMMARY)) {
      const at = lines.indexOf(label);
      assert.ok(at > 0, `${label} in the summary`);
      same(lines[at + 1], await calc.number(id), label);
    }
    for (const [t, [, gross, cost, net, , , cum]] of table(lines, "Savings at unit cost and costs by year", 7, 10).entries()) {
      same(gross, await calc.cell(`year-${t + 1}`, "gross"), `year ${t + 1} gross`);
      same(cost, await calc.cell(`year-${t + 1}`, "cost"), `year ${t + 1} cost`);
      same(net, await calc.cell(`year-${t + 1}`, "net"), `year ${t + 1} net`);
      same(cum, await calc.cell(`year-${t + 1}`, "cum"), `year ${t + 1} cum`);
    }
    for (const [n, [, , saving, cost, net, perEvent]] of table(lines, "Each line, a year at full effect", 8, 20).entries()) {
      same(saving, await calc.cell(`line-${n + 1}`, "saving"), `line ${n + 1} saving`);
      const shown = await calc.page.getByTestId(`line-${n + 1}`).locator("[data-col='per-event']").getAttribute("data-value");
      if (shown === "") assert.equal(perEvent, "—", `line ${n + 1} has no cost per event`);
      else same(perEvent, Number(shown), `line ${n + 1} per-event`);
      same(cost, await calc.cell(`line-${n + 1}`, "cost"), `line ${n + 1} cost`);
      same(net, await calc.cell(`line-${n + 1}`, "net"), `line ${n + 1} net`);
    }
    for (const [t, [, retained, primary, hosp, nhs]] of table(lines, "What each organisation gains or loses by year", 5, 10).entries()) {
      for (const [text, col] of [[retained, "retained"], [primary, "primary"], [hosp, "hosp"], [nhs, "nhs"]]) {
        same(text, await calc.cell(`year-${t + 1}`, col), `year ${t + 1} ${col}`);
      }
    }
    const core20 = lines.find((l) => l.startsWith("The most deprived fifth’s share of the yearly saving"));
    same(core20.match(/: ([\d.]+%)\.$/)[1], await calc.number("equity-core20-saving"), "the Core20 share of the saving");
    const checklist = lines.indexOf("F Checklist");
    const prompts = lines.slice(0, checklist).flatMap((l) => [...l.matchAll(/\[To complete: ([^\]]*)\]/g)].map((m) => m[1]));
    assert.ok(prompts.length >= 40, `${prompts.length} prompts`);
    const rows = new Set(lines.slice(checklist));
    for (const prompt of prompts) assert.ok(rows.has(prompt), `${prompt} in the checklist`);
    assert.ok(prompts.some((p) => /Provider Selection Regime/.test(p)));
    assert.ok(!lines.some((l) => /will save/i.test(l)), "neutral words");
    const pages = await pdfPages(await documentPdf(file.bytes));
    assert.ok(pages.length >= 10, `${pages.length} pages`);
    assert.ok(pages.every((p, i) => p.includes(`Page ${i + 1} of ${pages.length}`)), "page numbers on every page");
    assert.deepEqual(calc.pageErrors, []);
  });

  test("is one package with no field but the page numbers, no link and nothing outside it", async () => {
    const calc = await fresh();
    await calc.open(CASE);
    const files = unzipSync(new Uint8Array((await downloadCase(calc)).bytes));
    for (const [name, bytes] of Object.entries(files)) {
      const xml = strFromU8(bytes);
      assert.ok(!/<w:hyperlink|TargetMode=|<w:fldChar|<w:instrText|r:embed|r:link/.test(xml), `${name}: no link, field code or outside part`);
      const fields = [...xml.matchAll(/w:instr="([^"]*)"/g)].map((m) => m[1].trim());
      assert.deepEqual(fields, name === "word/footer1.xml" ? ["PAGE", "NUMPAGES"] : [], `${name}: its fields`);
    }
    assert.match(strFromU8(files["docProps/core.xml"]), /<dc:language>en-GB<\/dc:language>/);
  });

  test("its writer is fetched on the first click only; when it cannot be, the page says so as the workbook's does", async () => {
    const calc = await fresh(360);
    await calc.open(WORKED);
    await calc.show("keep");
    await calc.hook("download-docx").waitFor();
    const writer = /\/case-[0-9a-f]{16}(_bg\.wasm|\.js)$/;
    assert.deepEqual(calc.requests.filter((r) => writer.test(r)), [], "not fetched before the click");
    await context.route(writer, (route) => route.abort("internetdisconnected"));
    await calc.hook("download-docx").click();
    const status = calc.page.locator("[data-testid='docx-status'][data-state='failed']");
    await status.waitFor();
    assert.match(await status.innerText(), /^The business case could not be made: the part of the calculator that writes it is fetched the first time it is used, and this browser could not fetch it \(it may be offline\)\. Connect to the network and try again\. The figures \(CSV\) download works without it\.$/);
    await context.unroute(writer);
    const file = await downloadCase(calc);
    assert.equal(file.name, "bassetlaw-pch-business-case.docx");
    const wide = await calc.page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 360, `the page is ${wide} px wide`);
  });
});
