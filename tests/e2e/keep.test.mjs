// SPEC §5 end to end: autosave, saved scenarios, compare, CSV and JSON
// files, the summary, print, and storage that is blocked, full or unreadable.
import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { Calculator, WORKED, useBrowser } from "./support.mjs";

const AUTOSAVE = "pilot-savings-calculator:autosave";
const SAVED = "pilot-savings-calculator:saved";
let context, calc;

// Registered first, so it runs before the browser closes.
after(async () => {
  await context?.close();
});
const env = useBrowser();

async function fresh(options = {}) {
  await context?.close();
  context = await env.browser.newContext(options);
  calc = new Calculator(await context.newPage(), env.server.url);
  return calc;
}

/** Waits until the autosave holds `text`, a quarter second after typing. */
async function autosaved(text) {
  await calc.page.waitForFunction(
    ([key, text]) => (localStorage.getItem(key) ?? "").includes(text),
    [AUTOSAVE, text],
    { timeout: 5000 },
  );
}

async function download(button) {
  const [file] = await Promise.all([calc.page.waitForEvent("download"), calc.page.getByTestId(button).click()]);
  return { name: file.suggestedFilename(), path: await file.path(), text: await readFile(await file.path(), "utf8") };
}

async function save(name) {
  await calc.page.getByLabel("Name to save this scenario under").fill(name);
  await calc.page.getByRole("button", { name: "Save scenario" }).click();
  await calc.hook("saved-status").filter({ hasText: "Saved as" }).waitFor();
}

/** The page writes storage a moment after it opens (autosave); wait for
 *  that before changing storage behind its back. */
const storageSettled = () => autosaved("Bassetlaw");

const savedNames = () => calc.page.locator("[data-testid^='saved-'] [data-col='name']").allTextContents();

describe("autosave", () => {
  test("a page opened with no link brings back the last scenario", async () => {
    await fresh();
    await calc.open(WORKED);
    await calc.show("keep");
    await calc.type("pop", "45678");
    await autosaved("pop=45678");
    await calc.open("");
    await calc.show("keep");
    assert.equal(await calc.field("pop").inputValue(), "45678");
    assert.equal(await calc.field("l1.name").inputValue(), "Dermatology");
  });

  test("opening another link keeps the unsaved scenario in the saved list", async () => {
    await fresh();
    await calc.open(WORKED);
    await calc.show("keep");
    await calc.type("pop", "45678");
    await autosaved("pop=45678");
    await calc.open("?v=1&pop=2000&l1.kind=cost&l1.annual=5");
    await calc.show("keep");
    assert.match(await calc.hook("storage-notice").innerText(), /kept under “Saved scenarios” as “Bassetlaw PCH \(kept /);
    assert.match((await savedNames())[0], /^Bassetlaw PCH \(kept \d+ \w{3} \d{4}, \d\d:\d\d\)$/);
    await calc.page.getByTestId("saved-1").getByRole("button", { name: /Open/ }).click();
    await calc.page.waitForFunction(() => document.querySelector("[id='input-pop']").value === "45678");
    assert.match(await calc.hook("storage-notice").innerText(), /Opened “Bassetlaw PCH \(kept/);
  });
});

describe("saved scenarios", () => {
  test("save, open, rename and delete, and they stay after a reload", async () => {
    await fresh();
    await calc.open(WORKED);
    await calc.show("keep");
    await save("Base case");
    await save("Base case");
    assert.deepEqual(await savedNames(), ["Base case", "Base case (2)"]);

    const second = calc.page.getByTestId("saved-2");
    await second.getByRole("button", { name: /Rename/ }).click();
    await calc.page.getByLabel("New name for Base case (2)").fill("Base case");
    assert.match(await second.innerText(), /You already have a saved scenario called “Base case”/);
    await calc.page.getByLabel("New name for Base case (2)").fill("Half gain-share");
    await second.getByRole("button", { name: "Save name" }).click();
    assert.deepEqual(await savedNames(), ["Base case", "Half gain-share"]);

    await calc.type("pop", "1000");
    await calc.page.getByTestId("saved-1").getByRole("button", { name: /Open/ }).click();
    await calc.page.waitForFunction(() => document.querySelector("[id='input-pop']").value === "40000");
    // The scenario that was on the page is not lost.
    assert.ok((await savedNames()).some((n) => n.startsWith("Bassetlaw PCH (kept")));

    await calc.page.getByTestId("saved-2").getByRole("button", { name: /Delete/ }).click();
    await calc.page.getByRole("button", { name: "Yes, delete it" }).click();
    await calc.hook("saved-status").filter({ hasText: "Deleted “Half gain-share”" }).waitFor();
    const left = await savedNames();
    assert.ok(!left.includes("Half gain-share"));

    await calc.page.reload();
    await calc.page.waitForSelector("html[data-ready='1']", { state: "attached" });
    await calc.show("keep");
    assert.deepEqual(await savedNames(), left);
  });

  test("an empty name is refused beside the field", async () => {
    await fresh();
    await calc.open(WORKED);
    await calc.show("keep");
    await calc.page.getByLabel("Name to save this scenario under").fill("  ");
    await calc.page.getByRole("button", { name: "Save scenario" }).click();
    assert.equal((await calc.hook("error-save-name").textContent()).replace(/\s+/g, " "), "Error: Enter a name to save this scenario under");
    assert.equal(await calc.page.evaluate(() => document.activeElement.id), "save-name");
    assert.equal(await calc.hook("saved-empty").count(), 1);
  });

  test("compare shows two scenarios' figures and their difference", async () => {
    await fresh();
    await calc.open(WORKED);
    await calc.show("keep");
    const npv40 = await calc.number("npv");
    const net40 = await calc.cell("year-1", "net");
    await save("40,000 people");
    await calc.type("pop", "50000");
    await calc.hook("npv").and(calc.page.locator(`:not([data-value='${npv40}'])`)).waitFor();
    const npv50 = await calc.number("npv");
    const net50 = await calc.cell("year-1", "net");
    await calc.page.getByLabel("First scenario").selectOption({ label: "40,000 people" });
    await calc.page.getByLabel("Second scenario").selectOption({ label: "This scenario (on the page now)" });
    const row = async (id) => [await calc.cell(id, "first"), await calc.cell(id, "second"), await calc.cell(id, "diff")];
    const [a, b, diff] = await row("compare-npv");
    assert.equal(a, npv40);
    assert.equal(b, npv50);
    assert.ok(Math.abs(diff - (npv50 - npv40)) < 1e-6);
    assert.deepEqual((await row("compare-year-1")).map(Math.round), [net40, net50, net50 - net40].map(Math.round));
    assert.equal(await calc.page.getByTestId(/^compare-year-/).count(), 5);
  });
});

describe("files", () => {
  test("the CSV holds what an analyst needs, as Excel reads it", async () => {
    await fresh();
    await calc.open(`${WORKED}&l1.setup=5000`);
    await calc.show("keep");
    const csv = await download("download-csv");
    assert.equal(csv.name, "bassetlaw-pch-figures.csv");
    assert.ok(csv.text.startsWith("\ufeff"), "byte-order mark");
    const rows = csv.text.slice(1).trimEnd().split("\r\n").map((r) => r.split(","));
    const row = (first) => rows.find((r) => r[0] === first) ?? assert.fail(`no row ${first}`);
    assert.deepEqual(row("Scenario"), ["Scenario", "Bassetlaw PCH"]);
    assert.equal(row("Link")[1], await calc.page.getByLabel("Link to this scenario").inputValue());
    assert.deepEqual(row("Population"), ["Population", "40000"]);
    assert.deepEqual(row("Primary care's gain-share (%)"), ["Primary care's gain-share (%)", "50"]);
    assert.deepEqual(row("Hospital's gain-share (%)"), ["Hospital's gain-share (%)", "0"]);
    // The yearly table with set-up apart from running costs, as on the page.
    const head = row("Financial year");
    const cols = ["gross", "cost", "net", "df", "pv", "cum", "cash", "noncash", "share", "retained", "reinvest", "hshare", "primary", "hosp", "nhs"];
    const at = (col) => head.indexOf({ gross: "Savings (£)", cost: "Costs (£)", net: "Net (£)", df: "Discount factor", pv: "Present value (£)", cum: "Cumulative net (£)", cash: "Cash released (£)", noncash: "Capacity freed (not cash) (£)", share: "Primary care's gain-share (£)", retained: "Commissioner keeps (£)", reinvest: "Reinvestment fund to spend (£)", hshare: "Hospital's gain-share (£)", primary: "Primary care after its costs (£)", hosp: "Hospital gain or loss (£)", nhs: "NHS as a whole (£)" }[col]);
    for (let t = 1; t <= 5; t++) {
      const year = row(`${2016 + t}/${String(17 + t).padStart(2, "0")}`);
      for (const col of cols) {
        const shown = await calc.cell(`year-${t}`, col);
        assert.ok(Math.abs(Number(year[at(col)]) - shown) <= 0.005, `year ${t} ${col}: ${year[at(col)]} ≠ ${shown}`);
      }
      assert.equal(Number(year[head.indexOf("Set-up costs (£)")]), t === 1 ? 5000 : 0);
    }
    assert.equal(Number(row("Total")[head.indexOf("Set-up costs (£)")]), 5000);
    assert.ok(Math.abs(Number(row("Net present value (£)")[1]) - (await calc.number("npv"))) <= 0.005);
    // The per-line table, as on the page.
    const derm = row("1");
    assert.deepEqual(derm.slice(1, 3), ["Dermatology", "rate"]);
    assert.equal(Number(derm[4]), await calc.cell("line-1", "saving"));
    assert.equal(Number(derm[5]), 5000);
    assert.equal(Number(derm[8]), await calc.cell("line-1", "breakeven"));
  });

  test("a downloaded scenario file imports back to the same figures", async () => {
    await fresh();
    await calc.open(WORKED);
    await calc.show("keep");
    const npv = await calc.number("npv");
    const json = await download("download-json");
    assert.equal(json.name, "bassetlaw-pch-scenario.json");
    assert.equal(JSON.parse(json.text).scenario.pop, 40000);
    await calc.type("pop", "12345");
    await calc.hook("npv").and(calc.page.locator(`:not([data-value='${npv}'])`)).waitFor();
    await calc.page.getByLabel("Import a scenario file").setInputFiles(json.path);
    await calc.page.waitForFunction(() => document.querySelector("[id='input-pop']").value === "40000");
    assert.equal(await calc.number("npv"), npv);
    assert.match(await calc.hook("storage-notice").innerText(), /Opened the imported file/);
    assert.ok((await savedNames()).some((n) => n.startsWith("Bassetlaw PCH (kept")), "the edited scenario is kept");
  });

  test("a broken or foreign file changes nothing and says why", async () => {
    await fresh();
    await calc.open(WORKED);
    await calc.show("keep");
    const npv = await calc.number("npv");
    const input = calc.page.getByLabel("Import a scenario file");
    const cases = [
      ["not json", /not a JSON scenario file/],
      ['{"format":"something-else","scenario":{}}', /not a scenario from this calculator/],
      ["x".repeat(1_100_000), /larger than 1 MB/],
    ];
    for (const [text, says] of cases) {
      await input.setInputFiles({ name: "scenario.json", mimeType: "application/json", buffer: Buffer.from(text) });
      await calc.hook("error-import").filter({ hasText: says }).waitFor();
      assert.equal(await calc.field("pop").inputValue(), "40000");
      assert.equal(await calc.number("npv"), npv);
    }
  });

  test("a hostile file is read as text and checked like a link", async () => {
    await fresh();
    await calc.open(WORKED);
    await calc.show("keep");
    const hostile = `<img src=x onerror=alert(1)>`;
    const file = {
      format: "pilot-savings-calculator",
      version: 1,
      scenario: { name: hostile, pop: "abc", __proto__x: 1, lines: [{ kind: "cost", name: `"><script>alert(2)</script>`, annual: 5000 }] },
    };
    await calc.page.getByLabel("Import a scenario file").setInputFiles({
      name: "hostile.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await calc.hook("error-pop").waitFor();
    const fromLink = new Calculator(await context.newPage(), env.server.url);
    await fromLink.open("?v=1&pop=abc");
    assert.equal(await calc.hook("error-pop").innerText(), await fromLink.hook("error-pop").innerText());
    assert.equal(await calc.field("name").inputValue(), hostile);
    assert.equal(await calc.page.locator("img[src='x']").count(), 0);
    assert.deepEqual(calc.dialogs, []);
    assert.match(await calc.page.getByTestId("link-notice").innerText(), /__proto__x/);
  });

  test("a number too large for any figure (1e999) is shown beside its field, as from a link", async () => {
    await fresh();
    await calc.open(WORKED);
    await calc.show("keep");
    const text = '{"format":"pilot-savings-calculator","version":1,"scenario":{"name":"Huge","pop":1e999,' +
      '"lines":[{"kind":"cost","name":"Running","annual":-2E+400}]}}';
    await calc.page.getByLabel("Import a scenario file").setInputFiles({ name: "huge.json", mimeType: "application/json", buffer: Buffer.from(text) });
    await calc.hook("error-pop").waitFor();
    assert.equal(await calc.field("name").inputValue(), "Huge");
    assert.equal(await calc.field("pop").inputValue(), "1e999");
    assert.equal(await calc.field("l1.annual").inputValue(), "-2E+400");
    const fromLink = new Calculator(await context.newPage(), env.server.url);
    await fromLink.open("?v=1&pop=1e999");
    assert.equal(await calc.hook("error-pop").innerText(), await fromLink.hook("error-pop").innerText());
    assert.equal(await calc.hook("error-import").count(), 0, "the file was read, not refused");
  });

  test("Copy summary gives plain text for a business case", async () => {
    await fresh();
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await calc.open(WORKED);
    await calc.show("keep");
    await calc.page.getByRole("button", { name: "Copy summary" }).click();
    await calc.hook("summary-copy-status").filter({ hasText: "Summary copied" }).waitFor();
    const text = await calc.page.evaluate(() => navigator.clipboard.readText());
    for (const expected of [
      /^Bassetlaw PCH\n/,
      /- Population: 40,000\n/,
      /- Net present value over 5 years: £878,913 \(Savings at unit cost less costs, whoever’s budget they fall in\)\n/,
      /- The NHS as a whole, over 5 years: £654,605 \(Cost really avoided less costs, present value: the Green Book’s view\)\n/,
      /- Costs: no set-up cost; £137,920 a year to run\n/,
      /- Dermatology: saves £96,000 a year, costs £52,920 a year to run, net £43,080 a year; for the NHS as a whole −£4,920 a year; each event avoided saves £120 and costs £66.15 to run\n/,
      /Who gains and who loses\n- The NHS as a whole saves £140,080 a year\. /,
      /- Passing 25\.53% of the shareable saving to the hospital leaves no party worse off over 5 years\.\n/,
    ]) {
      assert.match(text, expected);
    }
    const link = await calc.page.getByLabel("Link to this scenario").inputValue();
    assert.ok(text.includes(`Open this scenario: ${link}\n`), text);
    assert.ok(!/[<>]/.test(text), "plain text, no markup");
  });

  test("the print layout reads as a report and fits A4 with nothing cut off", async () => {
    await fresh({ viewport: { width: 1280, height: 900 } });
    // The print dialog is the browser's, not the page's, and each Chromium
    // handles one its own way in headless mode (156 keeps its print job
    // open, and page.pdf below then fails): it is stubbed, recording what
    // the page had drawn when it asked for it.
    await context.addInitScript(() => {
      window.__printed = [];
      window.print = () => window.__printed.push(
        [...document.querySelectorAll("figure.app-chart")].map((f) => `${f.dataset.testid} ${f.querySelector("svg") ? "drawn" : "not drawn"}`),
      );
    });
    await calc.open(`${WORKED}&l1.after.lo=4&l1.after.hi=8`);
    await calc.hook("chart-ladder").locator("svg").waitFor();
    // The page's own button draws every part's charts, then asks for the
    // dialog, once.
    await calc.show("keep");
    await calc.page.getByRole("button", { name: "Print or save as PDF" }).click();
    await calc.page.waitForFunction(() => window.__printed.length > 0);
    const [charts, ...more] = await calc.page.evaluate(() => window.__printed);
    assert.deepEqual(more, [], "the dialog is asked for once");
    for (const id of ["yearly", "cumulative", "gain-share", "lines", "ladder", "tornado", "histogram", "parties"]) {
      assert.ok(charts.includes(`chart-${id} drawn`), `chart-${id} drawn before the dialog: ${charts.join(", ")}`);
    }
    assert.ok(charts.every((c) => c.endsWith(" drawn")), charts.join(", "));
    // The browser's own print (Ctrl+P) says so first: every part's charts
    // are drawn for paper.
    await calc.page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await calc.hook("chart-tornado").locator("svg").waitFor({ state: "attached" });
    await calc.hook("chart-parties").locator("svg").waitFor({ state: "attached" });
    await calc.page.emulateMedia({ media: "print" });
    // A4 less 12 mm margins each side is 186 mm: 703 CSS pixels.
    await calc.page.setViewportSize({ width: 703, height: 1000 });
    const wide = await calc.page.evaluate(() =>
      [...document.querySelectorAll("table, .app-headlines, input, select, .app-chart svg")]
        .filter((e) => e.getClientRects().length > 0)
        .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5 || e.scrollWidth > e.clientWidth + 1)
        .map((e) => e.outerHTML.slice(0, 80)),
    );
    assert.deepEqual(wide, []);
    assert.equal(await calc.page.getByRole("button", { name: "Copy link" }).isVisible(), false, "controls are not printed");
    assert.equal(await calc.page.getByTestId("year-5").isVisible(), true);
    assert.equal(await calc.hook("tornado-table").isVisible(), true, "how sure is printed too");
    // What was entered is a list of values, not empty boxes.
    assert.equal(await calc.field("pop").isVisible(), false);
    const entered = await calc.hook("print-inputs").locator("dl > div").evaluateAll((rows) =>
      rows.filter((r) => r.getClientRects().length > 0).map((r) => `${r.querySelector("dt").textContent}: ${r.querySelector("dd").textContent}`),
    );
    for (const value of ["Population: 40,000", "Rate with the pilot: 6 per 1,000 a year (lowest 4, highest 8)", "Cost of each event avoided: £120", "Cost per patient a year: £1.00"]) {
      assert.ok(entered.includes(value), `${value} in ${entered.join(" | ")}`);
    }
    // A heading is kept with what follows it.
    const loose = await calc.page.evaluate(() =>
      [...document.querySelectorAll("h2, h3, caption, figcaption")]
        .filter((h) => h.getClientRects().length > 0 && getComputedStyle(h).breakAfter !== "avoid")
        .map((h) => h.textContent),
    );
    assert.deepEqual(loose, []);
    await mkdir("target/print", { recursive: true });
    const pdf = await calc.page.pdf({ preferCSSPageSize: true });
    await writeFile("target/print/worked-example.pdf", pdf);
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(pages >= 1 && pages <= 6, `${pages} A4 pages`);
  });
});

describe("storage faults", () => {
  test("storage blocked by the browser: the page works and says so", async () => {
    await fresh();
    await context.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      });
    });
    await calc.open(WORKED);
    await calc.show("keep");
    assert.match(await calc.hook("storage-notice").innerText(), /not letting this page keep anything/);
    await calc.type("pop", "50000");
    await calc.waitForQuery(() => location.search.includes("pop=50000"));
    assert.ok((await calc.number("npv")) > 878912);
    await calc.page.getByLabel("Name to save this scenario under").fill("Blocked");
    await calc.page.getByRole("button", { name: "Save scenario" }).click();
    await calc.hook("saved-status").filter({ hasText: "not letting this page keep anything" }).waitFor();
    assert.deepEqual(calc.pageErrors, []);
  });

  test("storage full: the latest change is not saved, and the page says so", async () => {
    await fresh();
    await calc.open(WORKED);
    await calc.show("keep");
    await autosaved("Bassetlaw");
    const filled = await calc.page.evaluate(() => {
      let error = "";
      for (let size = 1 << 20, i = 0; size >= 1; ) {
        try {
          localStorage.setItem(`filler-${i++}`, "x".repeat(size));
        } catch (e) {
          error = e.name;
          size = Math.floor(size / 2);
        }
      }
      return error;
    });
    assert.equal(filled, "QuotaExceededError");
    await calc.type("name", "A much longer scenario name that no longer fits in the browser's storage");
    await calc.hook("storage-notice").filter({ hasText: "storage for this page is full" }).waitFor();
    await calc.page.getByLabel("Name to save this scenario under").fill("Too much");
    await calc.page.getByRole("button", { name: "Save scenario" }).click();
    await calc.hook("saved-status").filter({ hasText: "full" }).waitFor();
    assert.ok(await calc.page.evaluate((k) => localStorage.getItem(k).includes("Bassetlaw"), AUTOSAVE), "the last good autosave is still there");
    assert.deepEqual(calc.pageErrors, []);
  });

  /** Storage holding `values`, then filled to its quota, before the page runs. */
  async function fullStorage(values) {
    await fresh();
    await context.addInitScript((values) => {
      if (sessionStorage.getItem("filled")) return;
      sessionStorage.setItem("filled", "1");
      for (const [k, v] of Object.entries(values)) localStorage.setItem(k, v);
      for (let size = 1 << 20, i = 0; size >= 1; ) {
        try {
          localStorage.setItem(`filler-${i++}`, "x".repeat(size));
        } catch {
          size = Math.floor(size / 2);
        }
      }
    }, values);
  }
  const lastWork = JSON.stringify({ query: "v=1&name=Last+work&pop=12345&l1.kind=cost&l1.annual=100", saved_at: "2026-11-23T10:00", version: 1 });

  test("opening a link with storage full says what was not kept, and saves over nothing", async () => {
    await fullStorage({ [AUTOSAVE]: lastWork });
    await calc.open(WORKED);
    await calc.show("keep");
    const notice = calc.hook("storage-notice");
    await notice.filter({ hasText: "full" }).waitFor();
    assert.deepEqual(await notice.locator("p").allInnerTexts(), [
      "Your browser's storage for this page is full, so the scenario you were last working on could not be added to \u201cSaved scenarios\u201d: delete a saved scenario, or download the scenario as a file.",
      "The scenario you were last working on is still kept in this browser, and this page will not save over it.",
    ]);
    await calc.type("pop", "41000");
    await calc.waitForQuery(() => location.search.includes("pop=41000"));
    await calc.page.waitForSelector("html[data-settled='1']", { state: "attached" });
    assert.equal(await calc.page.evaluate((k) => localStorage.getItem(k), AUTOSAVE), lastWork);
  });

  test("with storage full, opening a saved scenario waits, so the one on the page is not lost", async () => {
    const other = { name: "Other", query: "v=1&name=Other&pop=5000&l1.kind=cost&l1.annual=100", saved_at: "2026-11-23T10:00" };
    await fullStorage({ [SAVED]: JSON.stringify({ scenarios: [other], version: 1 }) });
    const loads = [];
    calc.page.on("load", () => loads.push(calc.page.url()));
    await calc.open(WORKED);
    await calc.show("keep");
    // The page's own autosave meets the full storage first, so that what
    // the click says is not raced by it.
    const notice = calc.hook("storage-notice");
    await notice.filter({ hasText: "latest changes were not saved" }).waitFor();
    await calc.page.waitForSelector("html[data-settled='1']", { state: "attached" });
    await calc.page.getByRole("button", { name: "Open Other" }).click();
    await notice.filter({ hasText: "Did not open" }).waitFor();
    const said = await notice.locator("p").allInnerTexts();
    assert.deepEqual(said, [
      "Did not open \u201cOther\u201d, so that the scenario on the page is not lost. Your browser's storage for this page is full, so the scenario you were last working on could not be added to \u201cSaved scenarios\u201d: delete a saved scenario, or download the scenario as a file.",
    ], `the page loaded ${loads.length} time(s); errors: ${calc.pageErrors.join("; ")}`);
    assert.equal(await calc.field("name").inputValue(), "Bassetlaw PCH");
    assert.deepEqual(calc.pageErrors, []);
  });

  test("a corrupt saved list with storage full: each sentence once", async () => {
    await fullStorage({ [AUTOSAVE]: lastWork, [SAVED]: '{"version":1,"scenarios":[' });
    await calc.open(WORKED);
    await calc.show("keep");
    const notice = calc.hook("storage-notice");
    await notice.filter({ hasText: "list of saved scenarios" }).waitFor();
    assert.deepEqual(await notice.locator("p").allInnerTexts(), [
      "The list of saved scenarios could not be read, so it was not opened; it has been left as it was, and this page will not save over it.",
      "The scenario you were last working on is still kept in this browser, and this page will not save over it.",
    ]);
  });

  test("a corrupted autosave is kept aside, not overwritten", async () => {
    await fresh();
    await calc.open(WORKED);
    await calc.show("keep");
    const corrupted = '{"version":1,"query":"v=1&pop=';
    await storageSettled();
    await calc.page.evaluate(([k, v]) => localStorage.setItem(k, v), [AUTOSAVE, corrupted]);
    await calc.open("");
    await calc.show("keep");
    assert.match(await calc.hook("storage-notice").innerText(), /The scenario autosaved in this browser could not be read, so it was not opened; it has been kept aside/);
    assert.equal(await calc.field("name").inputValue(), "Example neighbourhood, 40,000 people", "the starting example instead");
    await calc.type("pop", "41000");
    await autosaved("pop=41000");
    assert.equal(await calc.page.evaluate((k) => localStorage.getItem(k + ":unreadable"), AUTOSAVE), corrupted);
  });

  test("values from a later version are not read and not overwritten", async () => {
    await fresh();
    await calc.open(WORKED);
    await calc.show("keep");
    const later = '{"version":2,"query":"v=2&pop=9","extra":{}}';
    const laterList = '{"version":2,"scenarios":[{"name":"From the future"}]}';
    await storageSettled();
    await calc.page.evaluate(
      ([a, av, s, sv]) => {
        localStorage.setItem(a, av);
        localStorage.setItem(a + ":unreadable", "an older unreadable value");
        localStorage.setItem(s, sv);
      },
      [AUTOSAVE, later, SAVED, laterList],
    );
    await calc.open("");
    await calc.show("keep");
    const notice = await calc.hook("storage-notice").innerText();
    assert.match(notice, /autosaved in this browser was written by a later version of this calculator/);
    assert.match(notice, /list of saved scenarios was written by a later version/);
    const kept = await calc.page.evaluate(([a, s]) => [localStorage.getItem(a + ":unreadable"), localStorage.getItem(a + ":unreadable-2"), localStorage.getItem(s + ":unreadable")], [AUTOSAVE, SAVED]);
    assert.deepEqual(kept, ["an older unreadable value", later, laterList]);
    // Moved aside once: opening a link afterwards copies nothing again.
    await calc.open(WORKED);
    await calc.show("keep");
    await storageSettled();
    const asideKeys = await calc.page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(":unreadable")).sort());
    assert.deepEqual(asideKeys, [`${AUTOSAVE}:unreadable`, `${AUTOSAVE}:unreadable-2`, `${SAVED}:unreadable`]);
  });
});
