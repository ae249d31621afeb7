// axe-core with the WCAG 2.2 AA rule tags on every view of the page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import { Calculator, TWENTY_LINES, WORKED, useBrowser } from "./support.mjs";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const env = useBrowser();

const PARTS = ["pilot", "results", "how-sure", "parties", "keep"];

/** axe's findings once `setUp` has run, with each of `parts` on show in
 *  turn, at each of `widths`. */
async function violations(setUp, { parts = [null], widths = [1280] } = {}) {
  const found = [];
  for (const width of widths) {
    const context = await env.browser.newContext({ viewport: { width, height: 900 } });
    const calc = new Calculator(await context.newPage(), env.server.url);
    await setUp(calc);
    for (const part of parts) {
      if (part) await calc.show(part);
      const result = await new AxeBuilder({ page: calc.page }).withTags(TAGS).analyze();
      found.push(...result.violations.map((v) => `${width} px, ${part ?? "as opened"}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(", ")})`));
    }
    await context.close();
  }
  return found;
}

test("every part of the default view, wide and on a phone, has no WCAG 2.2 AA violations", async () => {
  assert.deepEqual(await violations((calc) => calc.open(""), { parts: PARTS, widths: [1280, 360] }), []);
});

test("the error view, range errors included, has no WCAG 2.2 AA violations", async () => {
  const found = await violations(async (calc) => {
    // Range errors too, inside their opened "I'm not sure".
    await calc.open("?v=1&pop=abc&disc=-5&l1.kind=rate&l1.after=x&l1.unit.lo=5&l1.unit.hi=x&l1.base.hi=3&l2.kind=bogus&l3.kind=observed&l3.saved=1&l3.cash=7&hshare=80&threshold.lo=5&l3.paid.lo=x");
    await calc.hook("error-summary").waitFor();
    await calc.hook("error-l1.unit.hi").waitFor();
    await calc.hook("error-l1.base.lo").waitFor();
    await calc.hook("error-l3.cash").waitFor();
    await calc.hook("error-hshare").waitFor();
  }, { parts: ["pilot", "results"], widths: [1280, 360] });
  assert.deepEqual(found, []);
});

test("out-of-date figures, a removed line and a new blank line have no WCAG 2.2 AA violations", async () => {
  const found = await violations(async (calc) => {
    await calc.open(WORKED);
    await calc.show("pilot");
    await calc.enter("l1.after", "");
    await calc.hook("error-l1.after").waitFor();
    await calc.page.getByRole("button", { name: "Remove line 2 this line" }).click();
    await calc.hook("undo-remove").waitFor();
    await calc.page.getByRole("button", { name: "Add line" }).click();
    await calc.field("l3.base").waitFor();
  }, { parts: ["pilot", "results"], widths: [1280, 360] });
  assert.deepEqual(found, []);
});

test("a 20-line view has no WCAG 2.2 AA violations", async () => {
  const kinds = ["rate", "count", "spend", "observed", "cost"];
  const lines = Array.from({ length: 20 }, (_, i) => `l${i + 1}.kind=${kinds[i % 5]}&l${i + 1}.name=Line%20${i + 1}&l${i + 1}.annual=${1000 * i}`);
  const found = await violations(async (calc) => {
    await calc.open(`?v=1&years=10&scale=300000&${lines.join("&")}`);
    await calc.hook("lines-full").waitFor({ state: "attached" });
  }, { parts: PARTS, widths: [1280, 360] });
  assert.deepEqual(found, []);
});

test("a fragment link's share panel and a saved list in pages have no WCAG 2.2 AA violations", async () => {
  const scenarios = Array.from({ length: 450 }, (_, i) => ({ name: `Scenario ${i + 1}`, query: `v=1&pop=${1000 + i}`, saved_at: "2026-11-23T10:00" }));
  const found = await violations(async (calc) => {
    await calc.page.context().addInitScript((list) => localStorage.setItem("pilot-savings-calculator:saved", list), JSON.stringify({ scenarios, version: 1 }));
    await calc.open(TWENTY_LINES.replaceAll("name=Line%20", "name=Care%20home%20review%20line%20"));
    await calc.show("keep");
    await calc.hook("share-link-fragment").waitFor();
    await calc.page.getByRole("button", { name: "Next 200" }).click();
    await calc.page.getByRole("button", { name: "Previous 200" }).waitFor();
  }, { parts: ["keep"], widths: [1280, 360] });
  assert.deepEqual(found, []);
});

test("the embedded view has no WCAG 2.2 AA violations, folded or opened for errors", async () => {
  const worked = "?v=1&name=Bassetlaw%20PCH&pop=40000&l1.kind=rate&l1.name=Dermatology&l1.base=26&l1.after=6&l1.unit=120&l1.appts=6&l1.appt_cost=35&l2.kind=cost&l2.annual=abc";
  const found = await violations(async (calc) => {
    await calc.open(`${worked}&disc=x&embed=1`);
    await calc.hook("error-summary").waitFor();
  }, { widths: [1280, 360] });
  assert.deepEqual(found, []);
  const folded = await violations((calc) => calc.open("?v=1&pop=40000&l1.kind=rate&l1.base=26&l1.after=6&l1.unit=120&embed=1"),
    { parts: ["pilot", "results", "how-sure", "parties"], widths: [1280, 360] });
  assert.deepEqual(folded, []);
});

test("saved scenarios, compare, rename and delete views have no WCAG 2.2 AA violations", async () => {
  const found = await violations(async (calc) => {
    await calc.open("?v=1&name=Base&pop=40000&l1.kind=cost&l1.annual=5000");
    await calc.show("keep");
    for (const name of ["Base", "Other"]) {
      await calc.page.getByLabel("Name to save this scenario under").fill(name);
      await calc.page.getByRole("button", { name: "Save scenario" }).click();
      await calc.hook("saved-status").filter({ hasText: `Saved as “${name}”` }).waitFor();
    }
    await calc.page.getByLabel("Second scenario").selectOption({ label: "Other" });
    await calc.hook("compare-npv").waitFor();
    await calc.page.getByTestId("saved-1").getByRole("button", { name: /Rename/ }).click();
    await calc.page.getByLabel("New name for Base").fill("Other");
    await calc.page.getByTestId("saved-2").getByRole("button", { name: /Delete/ }).click();
    await calc.page.getByLabel("Name to save this scenario under").fill("");
    await calc.page.getByRole("button", { name: "Save scenario" }).click();
    await calc.hook("error-save-name").waitFor();
    await calc.page.getByLabel("Import a scenario file").setInputFiles({ name: "x.json", mimeType: "application/json", buffer: Buffer.from("nope") });
    await calc.hook("error-import").waitFor();
  });
  assert.deepEqual(found, []);
});

test("charts with their tables, the uncertainty view, evidence, presets and suggested costs shown have no WCAG 2.2 AA violations", async () => {
  const ranged = "&l1.after.lo=4&l1.after.hi=8&l1.pilot_months=3&l2.saved.lo=100000&l2.saved.hi=250000";
  const found = await violations(async (calc) => {
    await calc.open(`${WORKED}&scale=250000${ranged}`);
    await calc.hook("chart-ladder").locator("svg").waitFor();
    for (const id of ["yearly", "cumulative", "gain-share", "lines", "ladder"]) await calc.hook(`chart-${id}-toggle`).click();
    await calc.hook("evidence-l1").waitFor();
    await calc.hook("suggest-l1.unit").locator("summary").click();
    await calc.hook("use-l1.unit-op-attend").waitFor();
    await calc.examples();
    await calc.hook("preset-network-replace").click();
    await calc.hook("preset-network-confirm").waitFor();
    await calc.show("how-sure");
    await calc.hook("chart-tornado").locator("svg").waitFor();
    for (const id of ["histogram", "tornado"]) await calc.hook(`chart-${id}-toggle`).click();
    await calc.hook("chart-tornado-table").waitFor();
  }, { parts: [null, "results"] });
  assert.deepEqual(found, []);
});
