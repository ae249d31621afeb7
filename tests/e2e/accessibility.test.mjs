// axe-core with the WCAG 2.2 AA rule tags on every view of the page.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import { Calculator, launch, serve } from "./support.mjs";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
let server, browser;

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function violations(setUp) {
  const context = await browser.newContext();
  const calc = new Calculator(await context.newPage(), server.url);
  await setUp(calc);
  const result = await new AxeBuilder({ page: calc.page }).withTags(TAGS).analyze();
  await context.close();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(", ")})`);
}

test("the default view has no WCAG 2.2 AA violations", async () => {
  assert.deepEqual(await violations((calc) => calc.open("")), []);
});

test("the error view has no WCAG 2.2 AA violations", async () => {
  const found = await violations(async (calc) => {
    await calc.open("?v=1&pop=abc&disc=-5&l1.kind=rate&l1.after=x&l2.kind=bogus&l3.kind=cost&l3.cash=7");
    await calc.hook("error-summary").waitFor();
  });
  assert.deepEqual(found, []);
});

test("a 20-line view has no WCAG 2.2 AA violations", async () => {
  const kinds = ["rate", "count", "spend", "observed", "cost"];
  const lines = Array.from({ length: 20 }, (_, i) => `l${i + 1}.kind=${kinds[i % 5]}&l${i + 1}.name=Line%20${i + 1}&l${i + 1}.annual=${1000 * i}`);
  const found = await violations(async (calc) => {
    await calc.open(`?v=1&years=10&scale=300000&${lines.join("&")}`);
    await calc.hook("lines-full").waitFor();
  });
  assert.deepEqual(found, []);
});
