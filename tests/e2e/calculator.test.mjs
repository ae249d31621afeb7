// The calculator end to end in Debian's Chromium, against the release build
// served from a sub-folder on 127.0.0.1.
import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { Calculator, WORKED, assertOracle, useBrowser } from "./support.mjs";

// Every key of SPEC §2.1–2.2, none at its default.
const EVERY_KEY =
  "?v=1&name=Every%20key&pop=32000&years=7&disc=4&infl=2.5&share=40&lag=2&days=250&fy=2019&scale=300000&ob=15" +
  "&l1.kind=rate&l1.name=Derm&l1.base=26&l1.after=6&l1.unit=120&l1.setup=5000&l1.annual=1000&l1.per_patient=0.5&l1.appts=6&l1.appt_cost=35&l1.uptake=60&l1.cash=1" +
  "&l2.kind=count&l2.name=Admissions&l2.events=400&l2.pct=17&l2.unit=1590&l2.cash=0&l2.uptake=50" +
  "&l3.kind=spend&l3.name=Prescribing&l3.spend=460000&l3.pct=50&l3.setup=20000" +
  "&l4.kind=observed&l4.name=Pharmacist&l4.saved=130000&l4.months=6&l4.annual=45000" +
  "&l5.kind=cost&l5.name=PCH&l5.per_patient=1&l5.setup=40000";

let context, calc;

// Registered first, so it runs before the browser closes.
after(async () => {
  await context?.close();
});
const env = useBrowser();

async function fresh() {
  await context?.close();
  context = await env.browser.newContext();
  calc = new Calculator(await context.newPage(), env.server.url);
  return calc;
}

describe("whose money (issue 29)", () => {
  test("each headline says whose money it is and on what basis, the NHS as a whole beside npv", async () => {
    await fresh();
    await calc.open(WORKED);
    const headlines = calc.hook("headlines");
    const cards = await headlines.locator("li").allInnerTexts();
    assert.match(cards[0], /^Net present value over 5 years\n£878,913\nSavings at unit cost less costs, whoever’s budget they fall in$/);
    assert.match(cards[1], /^The NHS as a whole, over 5 years\n£654,605\nCost really avoided less costs, present value: the Green Book’s view$/);
    assert.ok(Math.abs((await calc.number("nhs-npv")) - 654604.94) < 0.005, "nhs-npv, SPEC §10");
    // The two present values side by side, first.
    const [npv, nhs] = await Promise.all([calc.hook("npv").boundingBox(), calc.hook("nhs-npv").boundingBox()]);
    assert.ok(Math.abs(npv.y - nhs.y) < 2 && nhs.x > npv.x, "side by side");
    for (const [card, basis] of [[2, "Savings at unit cost"], [3, "Savings at unit cost;"], [4, "Savings at unit cost, present values"], [5, "Before any gain-share"], [6, "Within 5 years"]]) {
      assert.ok(cards[card].includes(basis), `${cards[card]} says ${basis}`);
    }
    assert.match(await calc.hook("bases").innerText(), /the Green Book’s economic view/);
  });

  test("a loss is said as a loss in words, on the page and in the embedded view", async () => {
    const losing = `${WORKED}&pop=10000&l3.per_patient=40`;
    for (const link of [losing, `${losing}&embed=1`]) {
      await fresh();
      await calc.open(link);
      await calc.show("results");
      assert.match(await calc.hook("npv").innerText(), /^A loss of £[\d,]+$/);
      assert.match(await calc.hook("nhs-npv").innerText(), /^A loss of £[\d,]+$/);
      assert.equal(await calc.hook("payback-months").innerText(), "Not within 5 years");
      const cards = await calc.hook("headlines").locator("li").allInnerTexts();
      assert.ok(cards.some((c) => c.startsWith("Cash the ICB pays out, all years")), cards.join(" | "));
      assert.ok(cards.some((c) => /Back for every £1 spent\n£0\.\d\d\n.*a loss of \d+p on every £1 spent/.test(c)), cards.join(" | "));
      assert.ok(cards.every((c) => !/\n−£/.test(c)), "no figure is a loss by its minus sign alone");
    }
  });
});

describe("opening links", () => {
  test("SPEC §10's link shows every figure of the worked example", async () => {
    await fresh();
    await calc.open(WORKED);
    const expected = {
      npv: 878912.74, "gross-total": 1630000, "cost-total": 689600, "net-total": 940400,
      "pv-gross": 1523423.82, "pv-cost": 644511.08, "reinvest-total": 376160, "beyond-horizon": 94040,
      "net-per-1000": 4702, "payback-months": 0,
    };
    for (const [id, value] of Object.entries(expected)) {
      assert.ok(Math.abs((await calc.number(id)) - value) < 0.005, `${id} = ${await calc.value(id)}`);
    }
    assert.ok(Math.abs((await calc.number("bcr")) - 2.3637) < 5e-5);
    assert.ok(Math.abs((await calc.number("switching")) - 57.69) < 5e-3);
    assert.ok(Math.abs((await calc.number("cost-per-patient")) - 3.448) < 1e-9);
    assert.equal(await calc.value("scale-npv"), "");
    assert.equal(await calc.cell("line-1", "events"), 800);
    assert.equal(await calc.cell("line-1", "breakeven"), 14.975);
    assert.equal(await calc.cell("line-3", "net"), -40000);
    assert.equal(await calc.cell("year-1", "reinvest"), 0);
    assert.equal(await calc.cell("year-5", "reinvest"), 94040);
    await assertOracle(calc, WORKED);
    assert.match(await calc.hook("npv").innerText(), /^£878,913$/);
    assert.equal(await calc.page.getByTestId("year-1").locator("th").innerText(), "2017/18");
  });

  test("a link with every key opens with figures equal to the formulas", async () => {
    await fresh();
    await calc.open(EVERY_KEY);
    await assertOracle(calc, EVERY_KEY);
    assert.equal(await calc.page.getByTestId("year-7").locator("th").innerText(), "2025/26");
    assert.equal(await calc.field("l2.events").inputValue(), "400");
    // An older link's `cash` is the payment rule it stood for.
    assert.ok(await calc.page.locator("[id='input-l2.paid-0']").isChecked());
    assert.ok(await calc.page.locator("[id='input-l1.paid-100']").isChecked());
  });

  test("no query string opens the starting example; unknown keys are listed", async () => {
    await fresh();
    await calc.open("");
    assert.equal(await calc.field("name").inputValue(), "Example neighbourhood, 40,000 people");
    await calc.open("?v=1&pop=5000&colour=red&l1.kind=rate&l1.events=3");
    const notice = await calc.hook("link-notice").innerText();
    assert.match(notice, /colour/);
    assert.match(notice, /l1\.events/);
    await calc.open("?v=1&pop=5000");
    assert.match(await calc.hook("empty-prompt").innerText(), /no lines yet/);
    // Issue 29: a line just added is there, waiting for its figures.
    await calc.page.getByRole("button", { name: "Add line", exact: true }).click();
    await calc.field("l1.name").waitFor();
    const prompt = await calc.hook("empty-prompt").innerText();
    assert.match(prompt, /The line you added waits for its figures/);
    assert.doesNotMatch(prompt, /no lines yet/);
  });
});

describe("editing", () => {
  test("a new population changes npv and the address bar", async () => {
    await fresh();
    await calc.open(WORKED);
    const before = await calc.number("npv");
    await calc.type("pop", "80,000");
    await calc.page.waitForFunction((v) => document.querySelector("[data-testid=npv]").dataset.value !== v, String(before));
    const npv = await calc.number("npv");
    assert.ok(npv > before, `${npv} should exceed ${before}`);
    await assertOracle(calc, WORKED.replace("pop=40000", "pop=80000"));
    const params = await calc.waitForQuery(() => location.search.includes("pop=80000"));
    assert.equal(params.get("pop"), "80000");
    assert.equal(params.get("l1.base"), "26");
    // The address is a link that opens the same figures.
    const link = calc.page.url();
    await calc.page.goto("about:blank");
    await calc.page.goto(link);
    await calc.page.waitForSelector("html[data-ready='1']", { state: "attached" });
    assert.equal(await calc.number("npv"), npv);
  });

  test("bad values show errors and a summary, keep the text and the last figures, and clear when fixed", async () => {
    await fresh();
    await calc.open(WORKED);
    const npv = await calc.value("npv");
    await calc.enter("pop", "abc");
    await calc.enter("disc", "-5");
    const summary = calc.hook("error-summary");
    await summary.waitFor();
    assert.match(await summary.innerText(), /Population must be a number between 1 and 100,000,000/);
    assert.match(await summary.innerText(), /Discount rate must be between 0% and 20%/);
    assert.match(await calc.hook("error-pop").innerText(), /Population must be a number/);
    assert.match(await calc.hook("error-disc").innerText(), /between 0% and 20%/);
    assert.equal(await calc.field("pop").inputValue(), "abc");
    assert.equal(await calc.field("l1.base").inputValue(), "26");
    // SPEC §7: the last valid figures stay, marked out of date.
    assert.equal(await calc.value("npv"), npv);
    assert.equal(await calc.page.evaluate(() => document.documentElement.dataset.stale), "1");
    assert.match(await calc.hook("stale-notice").innerText(), /Out of date/);
    // The summary links to the field.
    await summary.getByRole("link", { name: /Discount rate/ }).click();
    assert.equal(await calc.page.evaluate(() => document.activeElement.id), "input-disc");
    // The bad text survives a reload of the link; with no figures yet, the
    // results say what they wait for.
    // Both bad values: the address is written once typing pauses, which
    // may fall between the two.
    await calc.waitForQuery(() => location.search.includes("pop=abc") && location.search.includes("disc=-5"));
    await calc.page.reload();
    await calc.page.waitForSelector("html[data-ready='1']", { state: "attached" });
    assert.equal(await calc.field("pop").inputValue(), "abc");
    assert.match(await calc.hook("results-waiting").first().innerText(), /fix the 2 problems/);
    assert.equal(await calc.hook("npv").count(), 0);
    await calc.enter("pop", "40000");
    await calc.enter("disc", "3.5");
    await calc.hook("npv").waitFor();
    assert.equal(await summary.count(), 0);
    assert.equal(await calc.page.evaluate(() => document.documentElement.dataset.stale), undefined);
    assert.ok(Math.abs((await calc.number("npv")) - 878912.74) < 0.005);
  });

  test("lines can be added, renamed and removed", async () => {
    await fresh();
    await calc.open(WORKED);
    await calc.page.getByLabel("Add a line: what does it save?").selectOption("count");
    await calc.page.getByRole("button", { name: "Add line" }).click();
    await calc.field("l4.events").waitFor();
    // Focus moves to the new line's first field once it is drawn.
    await calc.page.waitForFunction(() => document.activeElement?.id === "input-l4.name", undefined, { timeout: 2000 });
    await calc.type("l4.name", "Admissions");
    await calc.type("l4.events", "400");
    await calc.type("l4.pct", "17");
    await calc.type("l4.unit", "£1,590");
    await calc.page.waitForFunction(() => document.querySelector("[data-testid=line-4] [data-col=saving]")?.dataset.value === "108120");
    assert.equal(await calc.page.locator("#line-4-heading").innerText(), "Line 4: Admissions");
    await calc.waitForQuery(() => location.search.includes("l4.unit=1590"));
    // Remove the dermatology line: the others move up and keep their values.
    await calc.page.getByRole("button", { name: "Remove line 1 this line" }).click();
    await calc.page.waitForFunction(() => !document.querySelector("[data-testid=line-4]"));
    assert.equal(await calc.field("l3.events").inputValue(), "400");
    assert.equal(await calc.field("l1.saved").inputValue(), "230000");
    const params = await calc.waitForQuery(() => !location.search.includes("l4."));
    assert.equal(params.get("l1.kind"), "observed");
    assert.equal(params.get("l3.kind"), "count");
  });

  test("changing a line's kind shows that kind's inputs", async () => {
    await fresh();
    await calc.open(WORKED);
    await calc.page.getByLabel("What does this line save?").nth(2).selectOption("spend");
    await calc.type("l3.spend", "100000");
    await calc.type("l3.pct", "10");
    await calc.page.waitForFunction(() => document.querySelector("[data-testid=line-3] [data-col=saving]")?.dataset.value === "10000");
  });
});

describe("sharing", () => {
  test("Copy link puts the scenario's link on the clipboard", async () => {
    await fresh();
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await calc.open(WORKED);
    await calc.type("pop", "41000");
    await calc.waitForQuery(() => location.search.includes("pop=41000"));
    await calc.show("keep");
    await calc.page.getByRole("button", { name: "Copy link" }).click();
    await calc.page.getByText("Link copied").waitFor();
    const copied = await calc.page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, calc.page.url());
    assert.equal(await calc.page.getByLabel("Link to this scenario").inputValue(), copied);
  });
});

describe("safety", () => {
  test("a hostile name is shown as text and runs nothing", async () => {
    await fresh();
    const hostile = [`<img src=x onerror=alert(1)>`, `"><script>window.__pwned=1;alert(2)</script>`];
    const query = `?v=1&name=${encodeURIComponent(hostile[0])}&l1.kind=cost&l1.name=${encodeURIComponent(hostile[1])}&l1.annual=5`;
    await calc.open(query);
    assert.equal(await calc.field("name").inputValue(), hostile[0]);
    assert.equal(await calc.page.locator("#line-1-heading").innerText(), `Line 1: ${hostile[1]}`);
    assert.match(await calc.page.getByTestId("line-1").locator("th").innerText(), /<script>/);
    assert.equal(await calc.page.locator("img").count(), 0);
    assert.equal(await calc.page.evaluate(() => window.__pwned), undefined);
    await calc.type("name", `<svg onload=alert(3)>`);
    // Drawn and settled: the address bar holds the name.
    await calc.waitForQuery(() => new URLSearchParams(location.search).get("name") === "<svg onload=alert(3)>");
    assert.equal(await calc.page.locator("svg[onload]").count(), 0);
    assert.deepEqual(calc.dialogs, []);
    assert.deepEqual(calc.pageErrors, []);
  });

  test("no request leaves 127.0.0.1, from any folder", async () => {
    await fresh();
    await calc.open(WORKED);
    await calc.type("pop", "50000");
    // Settled: the address bar and the autosave are written.
    await calc.waitForQuery(() => location.search.includes("pop=50000"));
    assert.ok(calc.requests.length >= 3, `requests: ${calc.requests}`);
    for (const url of calc.requests) {
      assert.equal(new URL(url).hostname, "127.0.0.1", url);
      assert.ok(new URL(url).pathname.startsWith("/calculator/"), url);
    }
  });
});
