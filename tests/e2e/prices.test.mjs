// Prices, payment rules and words of 2026, and the method page (issue 23):
// a new scenario starts in today's financial year by the user's clock; the
// payment rules are the NHS Payment Scheme's; no word of the page names
// the NHS of 2017 but once; and the method page opens from the results,
// offline and under the strict policy, clean for axe at both widths.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import { Calculator, WORKED, useBrowser } from "./support.mjs";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const env = useBrowser();
let context;
after(() => context?.close());

async function fresh(options = {}) {
  await context?.close();
  context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  return new Calculator(await context.newPage(), env.server.url);
}

/** The first year's label on the yearly table. */
const firstYear = (calc) => calc.page.getByTestId("year-1").locator("th").innerText();

test("a new scenario starts in the financial year of the user's clock, and its link says so", async () => {
  for (const [today, fy, label] of [["2027-02-10T10:00:00", 2026, "2026/27"], ["2027-04-01T09:00:00", 2027, "2027/28"]]) {
    const calc = await fresh();
    await calc.page.clock.setFixedTime(new Date(today));
    // Nothing autosaved: the starting example, in this year.
    await calc.open("");
    assert.equal(await firstYear(calc), label, today);
    assert.equal(await calc.field("fy").inputValue(), String(fy));
    let params = await calc.waitForQuery(() => location.search.includes("fy="));
    assert.equal(params.get("fy"), String(fy));
    // A blank scenario too.
    await calc.hook("start-blank").click();
    await calc.hook("empty-prompt").waitFor();
    params = await calc.waitForQuery(() => !location.search.includes("l1.kind"));
    assert.equal(params.get("fy"), String(fy));
    assert.equal(await firstYear(calc), label);
    assert.deepEqual(calc.pageErrors, []);
  }
});

test("a link without a first year keeps 2017, and one from any release keeps its figures", async () => {
  const calc = await fresh();
  await calc.page.clock.setFixedTime(new Date("2026-12-05T12:00:00"));
  await calc.open(`${WORKED}&l1.paid=50`);
  assert.equal(await firstYear(calc), "2017/18");
  // 50%, an earlier release's "below plan" rule, is "another share" now.
  assert.equal(await calc.page.locator("[id='input-l1.paid-other']").isChecked(), true);
  assert.equal(await calc.field("l1.paid").inputValue(), "50");
  assert.equal(await calc.cell("line-1", "hosp"), 0, "half no longer paid, half of the cost avoided");
  const params = await calc.waitForQuery(() => location.search.includes("fy=2017"));
  assert.equal(params.get("fy"), "2017");
  assert.equal(params.get("l1.paid"), "50");
});

test("the payment rules are the NHS Payment Scheme's, and the 2026/27 one says it is proposed", async () => {
  const calc = await fresh();
  await calc.open(`${WORKED}&fy=2026`);
  const radios = calc.page.locator("input[type='radio'][id^='input-l1.paid-']");
  const ids = await radios.evaluateAll((rs) => rs.map((r) => r.id));
  assert.deepEqual(ids, ["input-l1.paid-100", "input-l1.paid-0", "input-l1.paid-20", "input-l1.paid-other"]);
  const label = (id) => calc.page.locator(`label[for='${id}']`).innerText();
  assert.equal(await label("input-l1.paid-100"), "Paid per case at the full unit price");
  assert.equal(await label("input-l1.paid-20"), "Urgent and emergency care, 20% variable payment (proposed for 2026/27)");
  const hint = await calc.page.locator("[id='input-l1.paid-20-item-hint']").innerText();
  assert.match(hint, /Proposed for 2026\/27, not yet confirmed.*\nSource: NHS England, Medium Term Planning Framework \(October 2025\)/s);
  assert.match(await calc.page.locator("[id='input-l1.paid-0-item-hint']").innerText(), /Source: NHS Payment Scheme 2025\/26\./);
  await calc.page.locator("[id='input-l1.paid-20']").check();
  const params = await calc.waitForQuery(() => location.search.includes("l1.paid=20"));
  assert.equal(params.get("l1.paid"), "20");
  // 800 referrals at £120: 20% no longer paid, half of the cost avoided.
  await calc.page.waitForFunction(() => document.querySelector("[data-testid='line-1'] [data-col='hosp']").dataset.value === "28800");
});

test("the emergency admissions example is a fixed payment, with a word about 2026/27", async () => {
  const calc = await fresh();
  await calc.open("?v=1&fy=2026");
  await calc.examples();
  assert.match(await calc.hook("preset-admissions").innerText(), /fixed payment in 2025\/26.*For 2026\/27 NHS England proposes a 20% variable payment/s);
  await calc.hook("preset-dermatology-add").click();
  await calc.field("l1.unit").waitFor();
  // A first outpatient attendance at 2026/27 prices, paid per case.
  assert.equal(await calc.field("l1.unit").inputValue(), "254.21");
  assert.equal(await calc.page.locator("[id='input-l1.paid-100']").isChecked(), true);
});

test("no word of the page names a CCG, an STP, Reference Costs or the tariff but once in a hint", async () => {
  const calc = await fresh();
  await calc.open("");
  await calc.examples();
  await calc.page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  await calc.hook("suggest-l1.unit").locator("li").first().waitFor();
  const text = await calc.page.evaluate(() => document.body.textContent);
  for (const old of [/\bCCGs?\b/g, /\bSTPs?\b/g, /Reference Costs/gi, /\btariff\b/gi, /clinical commissioning/gi]) {
    assert.ok((text.match(old) ?? []).length <= 1, `${old} on the page: ${(text.match(old) ?? []).length}`);
  }
  assert.match(text, /\bICB\b/);
});

test("the method page opens from the results, prints its sources, and is clean for axe at 1280 and 360 px", async () => {
  for (const width of [1280, 360]) {
    const calc = await fresh({ viewport: { width, height: 900 } });
    await calc.open(WORKED);
    await calc.show("results");
    const link = calc.hook("method-link");
    assert.equal(await link.getAttribute("target"), "_blank");
    const [method] = await Promise.all([context.waitForEvent("page"), link.click()]);
    await method.waitForLoadState();
    assert.equal(new URL(method.url()).pathname, "/calculator/method.html");
    const main = method.getByTestId("method");
    assert.equal(await method.locator("h1").innerText(), "How the figures are worked out");
    const text = await main.innerText();
    for (const says of ["npv", "£197.85", "£216.72 at 2026/27 prices (197.85 × 105.31 / 96.14)", "NHS Cost Inflation Index",
      "Urgent and emergency care, 20% variable payment (proposed for 2026/27)", "Lines not joined act on different events",
      "Scale-up is linear", "Optimism bias is a flat cut"]) {
      assert.ok(text.includes(says), `the method page says ${says}`);
    }
    assert.doesNotMatch(text, /method page ends/, "only the part for readers");
    assert.match(await method.getByTestId("method-release").innerText(), /^Release 0\.1\.0 /);
    // Nothing wider than the screen.
    const wide = await method.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= width, `${wide} px wide at ${width}`);
    const result = await new AxeBuilder({ page: method }).withTags(TAGS).analyze();
    assert.deepEqual(result.violations.map((v) => `${width} px: ${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`), []);
    // Printed as an appendix: the way back is left off the paper.
    await method.emulateMedia({ media: "print" });
    assert.equal(await method.getByText("Back to the calculator").isVisible(), false);
    assert.ok((await method.pdf({ format: "A4" })).length > 10000);
  }
});

test("the method page is under the strict policy, has no script, and opens offline after one visit", async () => {
  const response = await fetch(`${env.server.url}method.html`);
  assert.equal(response.status, 200);
  const html = await response.text();
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /\sstyle=/, "no inline style");
  assert.doesNotMatch(html, /(?:href|src)="?(?:https?:)?\/\//, "nothing from another host");
  const calc = await fresh();
  await calc.page.addInitScript(() => {
    window.violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.violations.push(e.violatedDirective));
  });
  await calc.open(WORKED);
  // The offline worker keeps the method page with the page's own files.
  await calc.page.evaluate(() => navigator.serviceWorker.ready);
  await calc.page.waitForFunction(async () => Boolean(await caches.match(new URL("method.html", location.href).href)),
    undefined, { polling: 100, timeout: 10000 });
  await context.setOffline(true);
  await calc.page.goto(`${env.server.url}method.html`);
  assert.equal(await calc.page.locator("h1").innerText(), "How the figures are worked out");
  assert.equal(await calc.page.evaluate(() => getComputedStyle(document.querySelector(".app-header")).backgroundColor), "rgb(0, 94, 184)", "styled offline");
  assert.deepEqual(await calc.page.evaluate(() => window.violations), []);
  // And the calculator still opens offline from its way back.
  await calc.page.getByText("Back to the calculator").click();
  await calc.page.waitForSelector("html[data-ready='1']", { state: "attached" });
  await context.setOffline(false);
});

test("the embedded view, the summary, the CSV and the JSON name the method page", async () => {
  const calc = await fresh({ acceptDownloads: true });
  await calc.open(`${WORKED}&embed=1`);
  const link = calc.hook("method-link-embed");
  assert.equal(await link.getAttribute("target"), "_blank");
  assert.match(await link.innerText(), /How the figures are worked out \(opens in a new tab\)/);
  await calc.open(WORKED);
  await calc.show("keep");
  const method = `${env.server.url}method.html`;
  for (const id of ["download-csv", "download-json"]) {
    const [file] = await Promise.all([calc.page.waitForEvent("download"), calc.hook(id).click()]);
    const { readFile } = await import("node:fs/promises");
    const text = await readFile(await file.path(), "utf8");
    assert.ok(text.includes(method), `${id} names ${method}`);
  }
});
