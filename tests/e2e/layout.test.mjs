// A calculator you can see while you work (issue 11): the figures in view
// while any input is edited, every part one step away, no figure clipped,
// nothing wider than the screen, calm validation, starting afresh, undo,
// and links with too many lines, at 1280 and 360 px in the built page.
import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { Calculator, TWENTY_LINES as TWENTY, WORKED, useBrowser } from "./support.mjs";

const env = useBrowser();
let context;
let calc;

async function fresh(width = 1280, height = 800) {
  await context?.close();
  context = await env.browser.newContext({ viewport: { width, height } });
  calc = new Calculator(await context.newPage(), env.server.url);
}
after(() => context?.close());


const wide = (width) => width >= 992;

/** The npv people watch: the headline beside the form, the bar on a phone. */
const npvHeadline = (width) => calc.hook(wide(width) ? "npv" : "bar-npv");

async function inViewport(locator, what) {
  const box = await locator.boundingBox();
  const { width, height } = calc.page.viewportSize();
  assert.ok(box, `${what} is drawn`);
  assert.ok(box.y >= 0 && box.y + box.height <= height && box.x >= 0 && box.x + box.width <= width,
    `${what} at ${JSON.stringify(box)} is outside the ${width}×${height} window`);
}

describe("the figures stay in view while editing", () => {
  for (const width of [1280, 360]) {
    // Near the foot of the form: the last line's cost of each extra
    // appointment, which counts once the line has appointments.
    for (const [name, link, n] of [["SPEC §10's link", `${WORKED}&l3.appts=2`, 3], ["a 20-line link", `${TWENTY}&l20.appts=2`, 20]]) {
      test(`${name} at ${width} px: typing in the last line's appointment cost keeps npv on screen and changes it`, async () => {
        await fresh(width);
        await calc.open(link);
        await calc.show("pilot");
        const last = calc.field(`l${n}.appt_cost`);
        await last.click();
        await last.press("End");
        await inViewport(last, "the field being typed in");
        const headline = npvHeadline(width);
        await inViewport(headline, "the npv headline");
        const before = await headline.textContent();
        await last.pressSequentially("7");
        await calc.page.waitForFunction(
          ([id, text]) => document.querySelector(`[data-testid='${id}']`).textContent !== text,
          [wide(width) ? "npv" : "bar-npv", before],
        );
        await inViewport(headline, "the npv headline after typing");
        await inViewport(last, "the field after typing");
      });
    }
  }
});

/** Every figure of `[data-col]` that is drawn: the problems with it, if its
 *  text is cut, or it cannot be brought into view by its table's own
 *  sideways scroll with the row's first column still in view. */
function clippedFigures() {
  const problems = [];
  const page = document.documentElement.clientWidth;
  // Where the figure's text is drawn, not its cell's padding.
  const textBox = (cell) => {
    const range = document.createRange();
    range.selectNodeContents(cell);
    return range.getBoundingClientRect();
  };
  for (const cell of document.querySelectorAll("[data-col]")) {
    if (cell.getClientRects().length === 0) continue;
    const name = `${cell.closest("tr")?.dataset.testid} ${cell.dataset.col}`;
    if (cell.scrollWidth > cell.clientWidth + 1) problems.push(`${name}: text wider than its cell`);
    const wrap = cell.closest(".app-table-wrap");
    const head = cell.closest("tr").querySelector("th");
    const scrolls = wrap && wrap.scrollWidth > wrap.clientWidth + 1 && getComputedStyle(wrap).overflowX !== "visible";
    if (scrolls) {
      const start = wrap.scrollLeft;
      const into = textBox(cell).right - wrap.getBoundingClientRect().right;
      wrap.scrollLeft = Math.max(0, wrap.scrollLeft + into + 1);
      const c = textBox(cell);
      const h = head.getBoundingClientRect();
      const w = wrap.getBoundingClientRect();
      if (c.right > w.right + 1) problems.push(`${name}: beyond its table's scroll`);
      if (c.left < h.right - 1 && head !== cell) problems.push(`${name}: under the first column`);
      if (h.left < w.left - 1) problems.push(`${name}: the first column scrolled away`);
      wrap.scrollLeft = start;
    } else {
      const c = textBox(cell);
      const right = wrap ? Math.min(page, wrap.getBoundingClientRect().right) : page;
      if (c.right > right + 1 || c.left < -1) problems.push(`${name}: outside the page at ${c.left}–${c.right}`);
    }
  }
  return problems;
}

describe("no table hides a figure", () => {
  for (const width of [1280, 360]) {
    for (const [name, link] of [["SPEC §10's link", `${WORKED}&scale=250000`], ["a 20-line link", TWENTY]]) {
      test(`${name} at ${width} px: every figure of every table is whole, or reachable by its table's own scroll`, async () => {
        await fresh(width);
        await calc.open(`${link}&l1.after.lo=4&l1.after.hi=8`);
        // A saved scenario, so that the comparison has a table too.
        await calc.show("keep");
        await calc.page.getByLabel("Name to save this scenario under").fill("Saved");
        await calc.page.getByRole("button", { name: "Save scenario" }).click();
        await calc.hook("compare-npv").waitFor();
        let figures = 0;
        for (const part of ["results", "how-sure", "keep"]) {
          await calc.show(part);
          figures += await calc.page.locator("[data-col]").evaluateAll((cells) => cells.filter((c) => c.getClientRects().length > 0).length);
          assert.deepEqual(await calc.page.evaluate(clippedFigures), [], `${part} at ${width} px`);
          assert.equal(await calc.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0, `${part}: no sideways page scroll`);
        }
        assert.ok(figures > 60, `${figures} figures checked`);
      });
    }
  }

  test("a wide table stacks beside the form: a 20-line, 10-year scenario's tables never scroll sideways", async () => {
    await fresh(1280);
    await calc.open(TWENTY);
    for (const id of ["year-table", "line-table"]) {
      const wrap = calc.page.locator(".app-table-wrap").filter({ has: calc.hook(id) });
      assert.equal(await wrap.evaluate((w) => w.scrollWidth - w.clientWidth), 0, `${id} scrolls sideways`);
      // Each row a card: a label beside every figure.
      const cell = calc.hook(id).locator("td").first();
      assert.ok((await cell.evaluate((c) => getComputedStyle(c, "::before").content)).length > 2, `${id}: a label beside each figure`);
    }
  });
});

/** Whatever the page cuts short, anywhere on show: text cut with an
 *  ellipsis, a drop-down's choice wider than its box, a table's box that
 *  scrolls sideways (so its edge cuts a heading or a figure), and a chart's
 *  labels drawn over each other. */
function clippedAnywhere() {
  const problems = [];
  const shown = (e) => e.getClientRects().length > 0;
  for (const e of document.querySelectorAll("body *")) {
    if (!shown(e) || e.closest("svg")) continue;
    const style = getComputedStyle(e);
    if (style.textOverflow === "ellipsis" && e.scrollWidth > e.clientWidth + 1) problems.push(`cut with an ellipsis: ${e.textContent.slice(0, 40)}`);
  }
  const canvas = document.createElement("canvas").getContext("2d");
  for (const select of document.querySelectorAll("select")) {
    if (!shown(select)) continue;
    const style = getComputedStyle(select);
    canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const text = select.selectedOptions[0]?.textContent ?? "";
    const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    if (canvas.measureText(text).width > room + 1) problems.push(`a drop-down cuts "${text}" (${Math.round(canvas.measureText(text).width)} px in ${Math.round(room)})`);
  }
  for (const wrap of document.querySelectorAll(".app-table-wrap")) {
    if (shown(wrap) && wrap.scrollWidth > wrap.clientWidth + 1) problems.push(`a table scrolls sideways: ${wrap.querySelector("caption")?.textContent}`);
  }
  for (const svg of document.querySelectorAll(".app-chart svg")) {
    if (!shown(svg)) continue;
    const boxes = [...svg.querySelectorAll("text")].filter((t) => t.textContent.trim()).map((t) => [t.textContent.trim(), t.getBBox()]);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [[a, p], [b, q]] = [boxes[i], boxes[j]];
        const overlap = Math.min(p.x + p.width, q.x + q.width) - Math.max(p.x, q.x) > 1 && Math.min(p.y + p.height, q.y + q.height) - Math.max(p.y, q.y) > 1;
        if (overlap) problems.push(`${svg.closest("figure")?.dataset.testid}: "${a}" over "${b}"`);
      }
    }
  }
  return problems;
}

describe("nothing clipped, anywhere (issue 29)", () => {
  // The starting example; a scenario that does not pay back with months
  // for its chart; and the embedded view.
  const MONTHS = "&l1.series=22,20,23,21,24,19,22,23,20,21,24,21,6,4,5,6,5,4,6,5,4,6&l1.series_from=2025-04&l1.pilot_from=2026-04&l1.pilot_months=10";
  const links = [["the starting example", ""], ["a scheme that never pays back", `${WORKED}&pop=10000${MONTHS}&l3.per_patient=40`],
    ["the embedded view", `${WORKED}&pop=10000${MONTHS}&l3.per_patient=40&embed=1`]];
  for (const width of [1280, 360]) {
    for (const [name, link] of links) {
      test(`${name} at ${width} px: no text, choice, table or chart label is cut or drawn over another`, async () => {
        await fresh(width, 900);
        await calc.open(link);
        await calc.page.waitForSelector("html[data-settled='1']", { state: "attached" });
        for (const part of ["pilot", "results", "how-sure", "parties"]) {
          await calc.show(part);
          // Drawn (the embedded view folds its charts away).
          if (part === "how-sure" && link.includes("series")) await calc.hook("chart-spc-l1").locator("svg").waitFor({ state: "attached" });
          if (part === "results") await calc.hook("chart-yearly").locator("svg").waitFor({ state: "attached" });
          assert.deepEqual(await calc.page.evaluate(clippedAnywhere), [], `${part} at ${width} px`);
        }
        if (link.includes("per_patient=40") && width === 360 && !link.includes("embed")) {
          assert.equal(await calc.hook("bar-payback").innerText(), "Not within 5 years");
        }
      });
    }
  }
});

describe("nothing is wider than the screen", () => {
  test("at 320 px, with 60-character names without spaces, on every part", async () => {
    const long = "Dermatologyreferralsavoidedbythegpwithaspecialinterestclinic";
    assert.equal(long.length, 60);
    await fresh(320, 640);
    await calc.open(`${WORKED}&name=${long}&l1.name=${long}&l1.after.lo=4&l1.after.hi=8`);
    for (const part of ["pilot", "results", "how-sure", "keep"]) {
      await calc.show(part);
      if (part === "results") await calc.hook("chart-lines").locator("svg").waitFor();
      const over = await calc.page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        wide: [...document.querySelectorAll("body *")]
          .filter((e) => e.getClientRects().length > 0 && !e.closest(".app-table-wrap, .app-tabs"))
          .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .map((e) => `${e.tagName}.${e.className}`).slice(0, 5),
      }));
      assert.equal(over.page, 320, `${part}: page ${over.page} px wide`);
      assert.deepEqual(over.wide, [], part);
    }
  });
});

describe("calm validation", () => {
  test("a cleared required input waits for the user to pause, keeps the last figures marked out of date, and does not move", async () => {
    await fresh(1280, 800);
    await calc.open(WORKED);
    const npv = await calc.value("npv");
    const field = calc.field("l3.per_patient");
    await field.scrollIntoViewIfNeeded();
    const top = (await field.boundingBox()).y;
    await calc.field("l1.after").fill("");
    // While typing: out of date at once, no message yet.
    assert.equal(await calc.page.evaluate(() => document.documentElement.dataset.stale), "1");
    assert.equal(await calc.value("npv"), npv, "the last figures stay");
    assert.equal(await calc.hook("error-l1.after").count(), 0);
    // A pause: the message and the summary appear, the field has not moved.
    const after = calc.field("l1.after");
    const afterTop = (await after.boundingBox()).y;
    await calc.hook("error-l1.after").waitFor({ timeout: 3000 });
    assert.equal((await calc.hook("error-l1.after").textContent()).replace("Error: ", ""), "Line 1: enter the rate with the pilot");
    await calc.hook("error-summary").waitFor({ state: "attached" });
    assert.ok(Math.abs((await after.boundingBox()).y - afterTop) <= 1, "the field being typed in stays where it was");
    assert.equal(await calc.page.evaluate(() => document.activeElement.id), "input-l1.after");
    assert.equal(await calc.value("npv"), npv);
    assert.match(await calc.hook("stale-notice").innerText(), /Out of date.*Line 1: enter the rate with the pilot/s);
    // Typing a figure brings the figures back up to date.
    await after.fill("7");
    await calc.page.waitForFunction(() => document.documentElement.dataset.stale === undefined);
    assert.notEqual(await calc.value("npv"), npv);
    void top;
  });

  test("a line added from the form waits for its figures without an error until they are visited", async () => {
    await fresh(1280, 800);
    await calc.open(WORKED);
    const npv = await calc.value("npv");
    await calc.page.getByRole("button", { name: "Add line" }).click();
    await calc.field("l4.base").waitFor();
    assert.equal(await calc.field("l4.base").inputValue(), "", "blank, not 0");
    assert.equal(await calc.hook("error-summary").count(), 0);
    assert.equal(await calc.page.evaluate(() => document.documentElement.dataset.stale), "1");
    assert.match(await calc.hook("stale-notice").innerText(), /Line 4: enter the rate before the pilot \(and 2 others\)/);
    assert.equal(await calc.value("npv"), npv);
    await calc.enter("l4.base", "10");
    await calc.enter("l4.after", "5");
    await calc.enter("l4.unit", "100");
    await calc.page.waitForFunction(() => document.documentElement.dataset.stale === undefined);
    // 40,000 × 5 fewer per 1,000 × £100 a year more.
    assert.equal(await calc.cell("line-4", "saving"), 20000);
  });
});

describe("starting out", () => {
  test("the example says it is one, and a blank scenario keeps it under Saved scenarios", async () => {
    await fresh(1280, 800);
    await calc.open("");
    assert.match(await calc.hook("example-banner").innerText(), /This is an example/);
    const example = await calc.number("npv");
    await calc.hook("start-blank").click();
    await calc.hook("empty-prompt").waitFor({ state: "attached" });
    assert.equal(await calc.field("name").inputValue(), "");
    assert.equal(await calc.hook("example-banner").count(), 0);
    assert.match(await calc.hook("storage-notice").innerText(), /Opened a blank scenario\.\s+.*kept under .Saved scenarios. as .Example neighbourhood, 40,000 people \(kept/s);
    assert.equal(await calc.page.evaluate(() => document.activeElement.id), "page-notice", "focus on what happened");
    await calc.show("keep");
    const kept = calc.page.locator("[data-testid^='saved-']").filter({ hasText: "Example neighbourhood, 40,000 people (kept" });
    await kept.getByRole("button", { name: /Open/ }).click();
    await calc.page.waitForFunction(() => document.querySelector("[id='input-pop']").value === "40000");
    assert.equal(await calc.number("npv"), example, "the example's figures are back");
  });

  test("the examples are near the top, and the MSK example is referrals per 1,000 before and after", async () => {
    await fresh(1280, 800);
    await calc.open("?v=1");
    const fold = calc.hook("presets-fold");
    assert.ok((await fold.boundingBox()).y < 800, "on the first screen");
    await calc.examples();
    await calc.hook("preset-msk-add").click();
    await calc.field("l1.base").waitFor();
    assert.equal(await calc.field("l1.base").inputValue(), "28");
    assert.equal(await calc.field("l1.after").inputValue(), "20");
    assert.equal(await calc.page.locator("[id='input-l1.kind']").inputValue(), "rate");
  });

  test("removing a line offers Undo and takes the focus, so a second Enter removes nothing", async () => {
    await fresh(1280, 800);
    await calc.open(WORKED);
    const npv = await calc.value("npv");
    const remove = calc.page.getByRole("button", { name: "Remove line 2 this line" });
    await remove.focus();
    await calc.page.keyboard.press("Enter");
    await calc.hook("removed-notice").waitFor();
    assert.equal(await calc.page.evaluate(() => document.activeElement.dataset.testid), "removed-notice");
    assert.match(await calc.hook("removed-notice").innerText(), /Line 2, Care home pharmacist, removed\./);
    await calc.page.keyboard.press("Enter");
    // Keys are handled in order: once Tab has moved the focus to Undo, the
    // second Enter has been handled too.
    await calc.page.keyboard.press("Tab");
    await calc.page.waitForFunction(() => document.activeElement.dataset.testid === "undo-remove");
    assert.equal(await calc.page.locator("section.app-line").count(), 2, "Enter again removed nothing");
    await calc.hook("undo-remove").click();
    await calc.field("l2.saved").waitFor();
    assert.equal(await calc.field("l2.saved").inputValue(), "230000");
    assert.equal(await calc.field("l3.per_patient").inputValue(), "1");
    assert.equal(await calc.page.evaluate(() => document.activeElement.id), "line-2-heading");
    await calc.page.waitForFunction((v) => document.querySelector("[data-testid=npv]").dataset.value === v, npv);
  });

  test("a link with more than 20 lines says which were left out", async () => {
    await fresh(1280, 800);
    const lines = Array.from({ length: 39 }, (_, i) => `l${i + 1}.kind=cost&l${i + 1}.annual=${i + 1}`).join("&");
    await calc.open(`?v=1&${lines}`);
    assert.equal(await calc.hook("dropped-lines").textContent(),
      "This link has 39 lines; the calculator takes 20: lines 21 to 39 were left out.");
    assert.doesNotMatch(await calc.hook("link-notice").innerText(), /does not know/);
    assert.equal(await calc.page.locator("section.app-line").count(), 20);
  });
});

describe("keyboard", () => {
  test("the results are one skip link away, and arrow keys move between the parts", async () => {
    await fresh(1280, 800);
    await calc.open(WORKED);
    await calc.page.keyboard.press("Tab");
    await calc.page.keyboard.press("Tab");
    assert.equal(await calc.page.evaluate(() => document.activeElement.dataset.testid), "skip-to-results");
    await calc.page.keyboard.press("Enter");
    assert.equal(await calc.page.evaluate(() => document.activeElement.id), "tab-results");
    await calc.page.keyboard.press("ArrowRight");
    await calc.page.waitForFunction(() => document.activeElement.id === "tab-how-sure");
    assert.equal(await calc.hook("tab-how-sure").getAttribute("aria-selected"), "true");
    assert.equal(await calc.page.locator("#panel-how-sure").isVisible(), true);
    await calc.page.keyboard.press("End");
    await calc.page.waitForFunction(() => document.activeElement.id === "tab-keep");
  });

  test("every focusable thing shows a focus ring of 3:1 or better", async () => {
    await fresh(1280, 800);
    await calc.open(`${WORKED}&l1.after.lo=4&l1.after.hi=8`);
    await calc.show("keep");
    // As from the keyboard: a focus ring is for keyboard users.
    await calc.page.keyboard.press("Shift");
    const weak = await calc.page.evaluate(() => {
      const luminance = (rgb) => {
        const [r, g, b] = rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((v) => {
          const c = v / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const contrast = (a, b) => {
        const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
        return (x + 0.05) / (y + 0.05);
      };
      const found = [];
      const things = [
        ...document.querySelectorAll(".app-table-wrap, .app-file-input, [role='tab'], [role='tabpanel']:not([hidden])"),
      ].filter((e) => e.getClientRects().length > 0);
      for (const e of things) {
        e.focus();
        const s = getComputedStyle(e);
        const ring = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2 ? s.outlineColor : null;
        const shadow = s.boxShadow.match(/rgba?\([^)]+\)/)?.[0];
        const fill = s.backgroundColor;
        const best = Math.max(...[ring, shadow].filter(Boolean).map((c) => contrast(c, "rgb(255, 255, 255)")),
          fill === "rgb(255, 235, 59)" ? contrast("rgb(33, 43, 50)", fill) : 0);
        if (!(best >= 3)) found.push(`${e.tagName}.${e.className || e.id}: ${best.toFixed(2)}`);
      }
      return { found, count: things.length };
    });
    assert.ok(weak.count >= 5, `${weak.count} checked`);
    assert.deepEqual(weak.found, []);
  });
});

describe("ready means ready", () => {
  test("the tornado's rows are in the page when data-ready is set, even for a long run of draws", async () => {
    // 20 lines × 3 ranges × 10,000 draws: run in slices after the figures.
    let link = "?v=1&pop=40000&years=10";
    for (let n = 1; n <= 20; n++) {
      link += `&l${n}.kind=rate&l${n}.base=26&l${n}.after=6&l${n}.after.lo=4&l${n}.after.hi=8&l${n}.unit=120&l${n}.unit.lo=100&l${n}.unit.hi=150&l${n}.setup.lo=0&l${n}.setup.hi=9000`;
    }
    for (let i = 0; i < 4; i++) {
      await fresh(1280, 800);
      await calc.open(link);
      const rows = await calc.page.locator("[data-testid^='tornado-l']").count();
      assert.equal(rows, 60, `load ${i + 1}: tornado rows at data-ready`);
      for (const id of ["npv", "year-10", "line-20"]) assert.equal(await calc.hook(id).count(), 1, id);
      await calc.page.waitForSelector("html[data-mc-ready='1']", { state: "attached", timeout: 20000 });
      assert.ok(Number(await calc.value("mc-p50")) > 0);
    }
  });
});

describe("screens", () => {
  test("every part at 1280 and 360 px has its charts drawn and nothing wider than the window", async () => {
    await mkdir("target/screenshots", { recursive: true });
    // Each part and its charts: the projection's four and the ladder; the
    // tornado and the histogram; the parties'.
    const parts = [["pilot", 0], ["results", 5], ["how-sure", 2], ["parties", 1], ["keep", 0]];
    for (const width of [1280, 360]) {
      await fresh(width, 900);
      await calc.open(`${WORKED}&l1.after.lo=4&l1.after.hi=8&scale=250000`);
      await calc.page.waitForSelector("html[data-mc-ready='1']", { state: "attached" });
      for (const [part, charts] of parts) {
        await calc.show(part);
        if (charts) await calc.chartsDrawn(`[id='panel-${part}']`, charts);
        const sideways = await calc.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(sideways, 0, `${part} at ${width} px scrolls sideways`);
        // For people to look at (README, Tests).
        await calc.page.screenshot({ path: `target/screenshots/${part}-${width}.png` });
      }
      // While editing the last line, scrolled down the form.
      await calc.show("pilot");
      await calc.field("l3.per_patient").click();
      await inViewport(npvHeadline(width), "the npv headline while editing");
      await calc.page.screenshot({ path: `target/screenshots/editing-${width}.png` });
    }
  });
});
