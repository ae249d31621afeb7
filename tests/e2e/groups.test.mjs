// Lines that act on the same events (SPEC §2.10; issue 30) in the built
// page: the worked example's credits and the group's hooks, joining in the
// form, errors in words, removing an events' line and putting it back, the
// example, and axe on all of it.
import { after, test } from "node:test";
import assert from "node:assert/strict";
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

const TELEDERM = "&l4.kind=rate&l4.name=Teledermatology&l4.with=1&l4.after=20&l4.annual=12000";

async function noViolations() {
  const axe = await new AxeBuilder({ page: calc.page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`), []);
}

test("SPEC §10's teledermatology joined to line 1: each counted once, credited its share", async () => {
  await fresh();
  await calc.open(`${WORKED}${TELEDERM}`);
  near(await calc.cell("line-1", "events"), 707.6923, "line 1 events", 5e-5);
  near(await calc.cell("line-1", "alone"), 800, "line 1 alone");
  near(await calc.cell("line-4", "events"), 147.6923, "line 4 events", 5e-5);
  near(await calc.cell("line-4", "alone"), 240, "line 4 alone");
  near(await calc.cell("line-1", "saving"), 84923.08, "line 1 saving");
  near(await calc.cell("line-4", "saving"), 17723.08, "line 4 saving");
  near(await calc.cell("line-4", "breakeven"), 21.9375, "line 4 break-even", 5e-5);
  near(await calc.number("npv"), 853893.79, "npv");
  near(await calc.number("hosp-total"), -256615.38, "hosp-total");
  near(await calc.number("nhs-total"), 657015.38, "nhs-total");
  near(await calc.number("hshare-even"), 28.09, "hshare-even");
  // Lines 2 and 3 are on their own: alone is their events (none).
  assert.equal(await calc.hook("line-2").locator("[data-col='alone']").getAttribute("data-value"), "");
  const group = calc.hook("group-l1");
  assert.equal(await group.getAttribute("data-members"), "1,4");
  near(Number(await group.getAttribute("data-events")), 855.3846, "together", 5e-5);
  near(Number(await group.getAttribute("data-alone")), 1040, "alone");
  near(Number(await group.getAttribute("data-overlap")), 184.6154, "overlap", 5e-5);
  await calc.show("results");
  assert.match(await calc.hook("group-words-l1").innerText(),
    /Lines 1 and 4 both act on the same events, line 1's \(Dermatology\): alone they would avoid 800 and 240 a year, together 855\.4, because an event both would prevent is counted once/);
  // The joined line says where its baseline comes from, and asks for none.
  await calc.show("pilot");
  assert.match(await calc.hook("shared-l4").innerText(), /26 per 1,000 a year before the pilot, at £120 each, from line 1: Dermatology/);
  assert.equal(await calc.field("l4.base").count(), 0, "no baseline field on the joined line");
  assert.equal(await calc.field("l4.unit").count(), 0, "no unit cost field on the joined line");
  assert.match(await calc.hook("joined-by-l1").innerText(), /Line 4 also acts on these events/);
  await noViolations();
  await calc.show("results");
  await noViolations();
});

test("joining in the form: the link says with, not the shared inputs, and the figures follow", async () => {
  await fresh();
  await calc.open(`${WORKED}&l4.kind=rate&l4.name=Teledermatology&l4.base=26&l4.after=20&l4.unit=120&l4.annual=12000`);
  near(await calc.cell("line-1", "events"), 800, "line 1 alone before joining");
  await calc.field("l4.with").selectOption("1");
  const query = await calc.waitForQuery(() => new URL(location.href).searchParams.get("l4.with") === "1");
  assert.equal(query.get("l4.base"), null, "the shared baseline is line 1's");
  assert.equal(query.get("l4.unit"), null);
  await calc.page.waitForFunction(() => document.querySelector("[data-testid='npv']")?.dataset.value?.startsWith("853893.7"));
  near(await calc.number("npv"), 853893.79, "npv once joined");
  // Back to its own events: its own baseline is still there, as typed.
  await calc.field("l4.with").selectOption("");
  await calc.page.waitForFunction(() => !document.querySelector("[data-testid='group-l1']"));
  assert.equal(await calc.field("l4.base").inputValue(), "26");
});

test("every bad choice is an error beside the field that names the line", async () => {
  await fresh(360);
  const cases = [
    ["&l4.kind=rate&l4.after=3&l4.with=2", /line 2 is “a saving over some months”/],
    ["&l4.kind=rate&l4.after=3&l4.with=9", /there is no line 9/],
    ["&l4.kind=rate&l4.after=3&l4.with=4", /Line 4 cannot act on its own events/],
    ["&l4.kind=count&l4.pct=3&l4.with=1", /only lines of the same kind/],
  ];
  for (const [tail, words] of cases) {
    await calc.open(`${WORKED}${tail}`);
    await calc.show("pilot");
    assert.match(await calc.hook("error-l4.with").innerText(), words, tail);
    assert.match(await calc.hook("error-summary").innerText(), /Line 4/);
  }
  await noViolations();
});

test("removing the events' line hands its events to the first joined line; undo puts the group back", async () => {
  await fresh();
  await calc.open(`${WORKED}${TELEDERM}&l5.kind=rate&l5.name=Advice&l5.with=1&l5.after=24`);
  await calc.page.getByRole("button", { name: "Remove line 1 this line" }).click();
  // Line 4 is now line 3, the events' line, with line 1's figures; line 5
  // (now 4) joins it.
  const query = await calc.waitForQuery(() => new URL(location.href).searchParams.get("l4.with") === "3");
  assert.equal(query.get("l3.with"), null);
  assert.equal(query.get("l3.base"), "26");
  assert.equal(query.get("l3.unit"), "120");
  assert.equal(await calc.page.getByTestId("error-summary").count(), 0);
  assert.equal(await calc.hook("group-l3").getAttribute("data-members"), "3,4");
  await calc.hook("undo-remove").click();
  await calc.waitForQuery(() => new URL(location.href).searchParams.get("l4.with") === "1");
  assert.equal(await calc.hook("group-l1").getAttribute("data-members"), "1,4,5");
  near(await calc.number("npv"), Number(await calc.value("npv")), "npv");
});

test("the example: a frailty team and a care-home pharmacist share emergency admissions", async () => {
  await fresh(360);
  await calc.open("?v=1&name=Frailty&pop=40000&l1.kind=count&l1.name=Frailty%20team&l1.events=600&l1.pct=15&l1.unit=2709.82&l1.paid=0&l1.avoid=50&l1.annual=120000&l2.kind=count&l2.name=Care-home%20pharmacist&l2.with=1&l2.pct=10&l2.annual=45000");
  const group = calc.hook("group-l1");
  near(Number(await group.getAttribute("data-events")), 141, "together");
  near(Number(await group.getAttribute("data-overlap")), 9, "counted once");
  near(await calc.cell("line-1", "events"), 85.5, "frailty credited");
  near(await calc.cell("line-2", "events"), 55.5, "pharmacist credited");
  await calc.show("results");
  await noViolations();
});

test("the embedded view and the summary carry the group", async () => {
  await fresh(360);
  await calc.open(`${WORKED}${TELEDERM}&embed=1`);
  assert.equal(await calc.hook("group-l1").getAttribute("data-members"), "1,4");
  await calc.show("results");
  assert.match(await calc.hook("group-words-l1").innerText(), /together 855\.4/);
  await calc.show("pilot");
  assert.equal(await calc.field("l4.with").inputValue(), "1");
  await noViolations();
});
