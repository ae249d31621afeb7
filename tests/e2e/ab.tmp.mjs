import { serve, launch, Calculator } from "./support.mjs";
const A = await serve("/tmp/base/dist"), B = await serve("/work/main/dist");
const browser = await launch();
const q = "?v=1&pop=40000&l1.kind=rate&l1.base=26&l1.after=6&l1.unit=120";
async function load(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, o) => { if (document.documentElement.dataset.ready) { window.__r = performance.now(); o.disconnect(); } })
      .observe(document, { attributes: true, subtree: true, attributeFilter: ["data-ready"] });
  });
  await page.goto(url + q);
  await page.waitForSelector("html[data-ready='1']", { state: "attached" });
  const t = await page.evaluate(() => [window.__r, performance.getEntriesByType("resource").find(e => e.name.endsWith(".wasm"))?.responseEnd]);
  await context.close();
  return t;
}
const a = [], b = [];
for (let i = 0; i < 20; i++) { a.push(await load(A.url)); b.push(await load(B.url)); }
const med = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
console.log("base", med(a.map(x=>x[0])).toFixed(0), med(a.map(x=>x[1])).toFixed(0), "new", med(b.map(x=>x[0])).toFixed(0), med(b.map(x=>x[1])).toFixed(0));
await browser.close(); await A.close(); await B.close();
