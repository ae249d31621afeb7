// Charts, their tables and files, presets, suggested unit costs and the
// scale-up ladder, in the built page (SPEC §6; issue 4).
import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile } from "node:fs/promises";
import { Calculator, WORKED, useBrowser } from "./support.mjs";
import { project, scenarioFromQuery } from "./oracle.mjs";

const env = useBrowser();
let context;
let calc;

async function fresh(viewport = { width: 1280, height: 900 }) {
  await context?.close();
  context = await env.browser.newContext({ acceptDownloads: true, viewport });
  calc = new Calculator(await context.newPage(), env.server.url);
}
after(() => context?.close());

const BLUE = "#005EB8";

/** The drawing of chart `id`, once the charts are drawn. */
async function chart(id) {
  const figure = calc.hook(`chart-${id}`);
  await figure.locator("svg").waitFor();
  return figure;
}

/** Bars of one colour in a chart, leaving out the legend's 16 × 14 swatch. */
async function bars(id, fill) {
  return (await chart(id))
    .locator(`svg rect[fill='${fill}']`)
    .evaluateAll((rects) => rects.filter((r) => !(r.getAttribute("width") === "16" && r.getAttribute("height") === "14")).length);
}

async function tableTexts(testId) {
  return calc.hook(testId).locator("tbody tr").evaluateAll((rows) =>
    rows.map((r) => [...r.querySelectorAll("th, td")].map((c) => c.textContent.trim())),
  );
}

describe("charts", () => {
  test("the worked example's link draws every chart with its message in words", async () => {
    await fresh();
    await calc.open(WORKED);
    for (const id of ["yearly", "cumulative", "gain-share", "lines", "ladder"]) {
      const figure = await chart(id);
      assert.equal(await figure.locator("svg title").count(), 1, `${id} names itself`);
      assert.equal(await figure.locator("svg").getAttribute("aria-hidden"), "true", "the caption speaks for it");
      assert.equal(await figure.getAttribute("aria-labelledby"), `chart-${id}-caption`);
      assert.ok((await calc.hook(`chart-${id}-message`).textContent()).length > 20, id);
    }
    assert.equal(await calc.hook("chart-cumulative-message").textContent(), "Pays back straight away; £879k net present value over 5 years.");
    assert.equal(await bars("yearly", BLUE), 5, "a savings bar a year");
    assert.equal(await bars("ladder", BLUE), 6, "this population, a practice, both ends of a network or neighbourhood, a place and an ICS");
    const years = await (await chart("yearly")).locator("svg text").allTextContents();
    for (const fy of ["2017/18", "2021/22"]) assert.ok(years.map((t) => t.trim()).includes(fy), fy);
    assert.deepEqual(calc.pageErrors, []);
  });

  test("a setup cost moves the payback marker and the caption with it", async () => {
    await fresh();
    await calc.open(WORKED);
    await calc.type("l1.setup", "110000");
    await calc.hook("chart-cumulative-message").filter({ hasText: "Pays back in month 8;" }).waitFor();
    const label = (await (await chart("cumulative")).locator("svg text").allTextContents()).map((t) => t.trim());
    assert.ok(label.includes("Pays back: month 8"), label.join("|"));
  });

  test("each table shows the same numbers as the results table", async () => {
    await fresh();
    await calc.open(WORKED);
    const toggle = calc.hook("chart-yearly-toggle");
    await chart("yearly");
    assert.equal(await toggle.getAttribute("aria-expanded"), "false");
    await toggle.click();
    assert.equal(await toggle.getAttribute("aria-expanded"), "true");
    const rows = await tableTexts("chart-yearly-table");
    assert.equal(rows.length, 5);
    for (let t = 1; t <= 5; t++) {
      const year = calc.hook(`year-${t}`);
      const cell = (col) => year.locator(`[data-col='${col}']`).textContent();
      assert.deepEqual(rows[t - 1].slice(1), [await cell("gross"), await cell("cost"), await cell("net")], `year ${t}`);
    }
    await calc.hook("chart-gain-share-toggle").click();
    const shares = await tableTexts("chart-gain-share-table");
    const year2 = calc.hook("year-2");
    assert.deepEqual(shares[1].slice(1), await Promise.all(
      ["cash", "share", "retained", "reinvest"].map((c) => year2.locator(`[data-col='${c}']`).textContent()),
    ));
    await toggle.click();
    assert.equal(await calc.hook("chart-yearly-table").count(), 0, "hidden again");
  });

  test("a chart downloads as an SVG file with its caption as its title", async () => {
    await fresh();
    await calc.open(WORKED);
    await chart("cumulative");
    const [file] = await Promise.all([calc.page.waitForEvent("download"), calc.hook("chart-cumulative-download").click()]);
    assert.equal(file.suggestedFilename(), "bassetlaw-pch-cumulative-chart.svg");
    const text = await readFile(await file.path(), "utf8");
    assert.ok(text.startsWith("<svg role=\"img\" width="), text.slice(0, 60));
    assert.ok(text.includes('xmlns="http://www.w3.org/2000/svg"'));
    assert.ok(text.includes("<title>Pays back straight away; £879k net present value over 5 years.</title>"));
    assert.ok(text.includes("Pays back from the start"));
    assert.ok(text.trim().endsWith("</svg>"));
  });

  test("a hostile line name is text in the charts, never markup", async () => {
    await fresh();
    const name = encodeURIComponent(`<img src=x onerror="window.hacked=1"><script>window.hacked=2</script>"'&`);
    await calc.open(`${WORKED}&l2.name=${name}`);
    const figure = await chart("lines");
    assert.equal(await figure.locator("img, script").count(), 0);
    const texts = await figure.locator("svg text").allTextContents();
    assert.ok(texts.some((t) => t.includes("<img src=x")), texts.join("|"));
    assert.ok((await calc.hook("chart-lines-message").textContent()).startsWith("<img src=x onerror="));
    assert.equal(await calc.page.evaluate(() => window.hacked), undefined);
    assert.deepEqual(calc.dialogs, []);
  });

  test("charts keep their size and legibility when printed on A4", async () => {
    await fresh();
    await calc.open(WORKED);
    await chart("lines");
    // The browser says it is about to print: every part's charts are drawn.
    await calc.page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await calc.page.emulateMedia({ media: "print" });
    await calc.page.setViewportSize({ width: 703, height: 1000 });
    await calc.page.waitForFunction(() => {
      const svgs = [...document.querySelectorAll(".app-chart svg")];
      return svgs.length === 6 && svgs.every((s) => s.getBoundingClientRect().width > 0);
    });
    const sizes = await calc.page.locator(".app-chart svg").evaluateAll((svgs) =>
      svgs.map((s) => {
        const box = s.getBoundingClientRect();
        const scale = box.width / s.viewBox.baseVal.width;
        const font = parseFloat(s.querySelector("text").getAttribute("font-size"));
        return { width: box.width, text: font * scale };
      }),
    );
    assert.equal(sizes.length, 6);
    for (const s of sizes) {
      assert.ok(s.width <= 703 && s.width >= 400, `chart ${s.width}px wide on A4`);
      assert.ok(s.text >= 11, `chart text ${s.text}px`);
    }
  });
});

describe("screens", () => {
  for (const width of [1280, 360]) {
    test(`at ${width} px wide nothing overflows and the results are captured`, async () => {
      await fresh({ width, height: 900 });
      await calc.open(`${WORKED}&scale=250000`);
      await calc.show("results");
      await chart("ladder");
      const overflow = await calc.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, "no sideways scrolling");
      const wide = await calc.page.locator(".app-chart svg").evaluateAll((svgs) =>
        svgs.filter((s) => s.getBoundingClientRect().right > document.documentElement.clientWidth).length,
      );
      assert.equal(wide, 0);
      const text = await calc.page.locator(".app-chart svg").first().evaluate((s) =>
        parseFloat(s.querySelector("text").getAttribute("font-size")) * (s.getBoundingClientRect().width / s.viewBox.baseVal.width),
      );
      assert.ok(text >= 12, `chart text ${text}px at ${width}`);
      await mkdir("target/screenshots", { recursive: true });
      await calc.page.locator("#results-column").screenshot({ path: `target/screenshots/results-${width}.png` });
    });
  }
});

describe("scale-up ladder", () => {
  test("this population, today's footprints at illustrative populations, and the scale-up, scaled linearly", async () => {
    await fresh();
    await calc.open(`${WORKED}&scale=250000`);
    const rungs = calc.page.getByTestId("ladder-rung");
    // Drawn by the views module, a moment after the first figures.
    await rungs.first().waitFor();
    const pops = await rungs.evaluateAll((rows) => rows.map((r) => Number(r.dataset.pop)));
    assert.deepEqual(pops, [10000, 30000, 40000, 50000, 250000, 1000000]);
    const names = await rungs.locator("th").allTextContents();
    assert.deepEqual(names.map((n) => n.trim()), ["A practice", "A primary care network or neighbourhood, smaller", "This population",
      "A primary care network or neighbourhood, larger", "Your larger footprint, the size of a place", "An integrated care system (ICS)"]);
    assert.match(await calc.hook("ladder-illustrative").textContent(), /populations are illustrative: a practice of 10,000 people, a primary care network or neighbourhood of 30,000 to 50,000, a place of 250,000 and an integrated care system \(ICS\) of 1,000,000/);
    const expected = project(scenarioFromQuery(`${WORKED}&scale=250000`));
    const net = await rungs.locator("[data-col='net-year']").evaluateAll((c) => c.map((e) => Number(e.dataset.value)));
    const npv = await rungs.locator("[data-col='npv']").evaluateAll((c) => c.map((e) => Number(e.dataset.value)));
    pops.forEach((q, i) => {
      assert.ok(Math.abs(net[i] - (188080 * q) / 40000) < 0.01, `net at ${q}`);
      assert.ok(Math.abs(npv[i] - (expected.summary.npv * q) / 40000) < 0.01, `npv at ${q}`);
    });
    assert.match(await calc.hook("scale-assumption").textContent(), /in proportion.*grow in step with population/);
    assert.equal(await bars("ladder", BLUE), 6);
  });
});

describe("presets", () => {
  test("adding an example keeps the lines already there and fills its own", async () => {
    await fresh();
    await calc.open(WORKED);
    await calc.examples();
    await calc.hook("preset-dermatology-add").click();
    await calc.field("l4.name").waitFor();
    assert.equal(await calc.field("l1.name").inputValue(), "Dermatology", "line 1 kept");
    assert.equal(await calc.field("l3.name").inputValue(), "PCH running costs", "line 3 kept");
    assert.equal(await calc.field("l4.name").inputValue(), "GP-led dermatology clinic");
    const values = await Promise.all(["base", "after", "unit", "appts", "appt_cost"].map((k) => calc.field(`l4.${k}`).inputValue()));
    // National figures at the prices of this link's first year, 2017/18:
    // £232.07 × 80.13 / 96.14 and £48 × 80.13 / 100.
    assert.deepEqual(values, ["26", "6", "193.42", "6", "38.46"]);
    // 40,000 people × 20 fewer referrals per 1,000 × £193.42.
    assert.equal(await calc.cell("line-4", "saving"), 154736);
    assert.match(await calc.hook("preset-status").textContent(), /Added 1 line/);
  });

  test("replacing the lines asks first, and keeps the scenario that was there", async () => {
    await fresh();
    await calc.open(WORKED);
    await calc.type("pop", "41000");
    await calc.examples();
    await calc.hook("preset-neighbourhood-replace").click();
    assert.match(await calc.page.locator(".app-confirm").textContent(), /replaces your 3 lines/);
    assert.equal(await calc.field("pop").inputValue(), "41000", "nothing changed before the yes");
    await calc.hook("preset-neighbourhood-confirm").click();
    await calc.field("l5.name").waitFor();
    assert.equal(await calc.field("pop").inputValue(), "40000");
    assert.equal(await calc.field("name").inputValue(), "Neighbourhood, 40,000 people");
    const query = await calc.waitForQuery(() => location.search.includes("l5.kind=cost"));
    const expected = project(scenarioFromQuery(query.toString()));
    assert.ok(Math.abs((await calc.number("npv")) - expected.summary.npv) < 0.01, `npv ${expected.summary.npv}`);
    assert.match(await calc.hook("storage-notice").textContent(), /kept under .Saved scenarios/);
  });

  test("on an empty scenario an example opens whole, with its population", async () => {
    await fresh();
    await calc.open("?v=1");
    await calc.hook("empty-prompt").waitFor();
    await calc.examples();
    await calc.hook("preset-neighbourhood-add").click();
    await calc.field("l5.name").waitFor();
    assert.equal(await calc.field("pop").inputValue(), "40000");
    const names = await Promise.all([1, 2, 3, 4, 5].map((n) => calc.field(`l${n}.name`).inputValue()));
    assert.deepEqual(names, [
      "GP-led dermatology clinic",
      "Care-home pharmacist reviews",
      "Care coordination: emergency admissions",
      "Physio-led MSK triage",
      "Network running costs",
    ]);
    assert.equal(await calc.page.locator("[id='input-l3.paid-0']").isChecked(), true, "admissions are paid by block");
    assert.equal(await calc.field("l3.avoid").inputValue(), "50", "half their cost really avoided");
  });
});

describe("suggested unit costs", () => {
  test("a suggestion names its source and price year and fills the figure at the first year's prices", async () => {
    await fresh();
    await calc.open(`${WORKED}&fy=2026`);
    const suggest = calc.hook("suggest-l1.unit");
    await suggest.locator("summary").click();
    const offer = suggest.locator("li").filter({ hasText: "First outpatient attendance, consultant-led, face to face (WF01B)" });
    assert.match(await offer.textContent(), /£232\.07 at 2023\/24 prices; £254\.21 at 2026\/27 prices\.Source: National Cost Collection 2023\/24, national schedule\./);
    await offer.getByRole("button", { name: /^Use £254\.21/ }).click();
    // The page types the figure in the next task: wait for it.
    await calc.page.waitForFunction(() => document.getElementById("input-l1.unit").value === "254.21");
    const source = calc.hook("source-l1.unit");
    assert.match(await source.textContent(), /^£254\.21 is the national figure “First outpatient attendance.*£232\.07 at 2023\/24 prices, brought to 2026\/27 prices/);
    // 800 fewer referrals × £254.21.
    await calc.page.waitForFunction(() => document.querySelector("[data-testid='line-1'] [data-col='saving']").dataset.value === "203368");
    // Another first year: the figure typed stays as it is, now the user's own.
    await calc.type("fy", "2024");
    await calc.page.waitForFunction(() => !document.querySelector("[data-testid='source-l1.unit']"));
    assert.equal(await calc.field("l1.unit").inputValue(), "254.21", "never changed");
    // The published figure is known too, with one step to the first year's prices.
    await calc.type("l1.unit", "232.07");
    await source.filter({ hasText: "at 2023/24 prices. At the prices of 2024/25, it is £241.39." }).waitFor();
    await calc.hook("use-now-l1.unit").click();
    await calc.page.waitForFunction(() => document.getElementById("input-l1.unit").value === "241.39");
    await calc.type("l1.unit", "130");
    await calc.page.waitForFunction(() => !document.querySelector("[data-testid='source-l1.unit']"));
    assert.deepEqual(calc.pageErrors, []);
  });
});
