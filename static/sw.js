// Keeps the calculator working offline after one visit (README, Offline).
// Plain and small on purpose: no library, nothing from another host.
//
// The page (index.html, whatever its query or fragment) and its files are
// served from the cache first. Content-hashed files never change, so a
// new release is a new index.html: when the page asks, this worker fetches
// the index from the server, and if it differs, caches the new release's
// files and then the index, and tells the page, which offers a reload.

// Bump when this file's caching changes: older caches are then removed.
const CACHE = "pilot-savings-v3";
const INDEX = new URL("./", self.registration.scope).href;
const NEW_VERSION = "pilot-savings-calculator:new-version";
const CHECK = "pilot-savings-calculator:check";
const CURRENT = "pilot-savings-calculator:current";

/** The page's own files, as index.html names them (relative links only):
 *  those of the first load, and the on-demand modules named on the
 *  loader's tag (`data-charts-js`, …), so that every part works offline
 *  after one visit, even one never opened. */
function filesOf(html) {
  const found = new Set();
  for (const m of html.matchAll(/\b(?:href|src|data-[a-z-]+)=["']?(\.\/[^"'\s>]+)/g)) {
    found.add(new URL(m[1], INDEX).href);
  }
  return [...found];
}

/** Fetches `html`'s files into the cache, then the index itself, so that a
 *  cached index never names a file the cache lacks. */
async function keep(html, response) {
  const cache = await caches.open(CACHE);
  await cache.addAll(filesOf(html));
  await cache.put(INDEX, response);
}

async function fetchIndex() {
  const response = await fetch(INDEX, { cache: "no-store" });
  if (!response.ok) throw new Error(`index: ${response.status}`);
  return response;
}

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const response = await fetchIndex();
    await keep(await response.clone().text(), response);
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith("pilot-savings-") && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

/** The calculator itself, as `./` or `./index.html`. */
function isPage(url) {
  const path = url.pathname;
  return path === new URL(INDEX).pathname || path === new URL("index.html", INDEX).pathname;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || !url.href.startsWith(INDEX)) return;
  if (request.mode === "navigate" && isPage(url)) {
    // Any link to the page opens the cached page; the page reads its own
    // query and fragment. Other pages (the method page) are files.
    event.respondWith((async () => (await caches.match(INDEX)) ?? fetch(request))());
    return;
  }
  event.respondWith((async () => {
    const cached = await caches.match(request, { ignoreSearch: true });
    if (cached) return cached;
    const response = await fetch(request);
    if (response.ok) (await caches.open(CACHE)).put(request, response.clone());
    return response;
  })());
});

// Only the page itself asks (a message from one of this worker's clients);
// the answer goes back to that page alone.
self.addEventListener("message", (event) => {
  if (event.data !== CHECK || !event.source) return;
  event.waitUntil((async () => {
    const [cached, fresh] = await Promise.all([caches.match(INDEX), fetchIndex()]);
    const [before, after] = [cached ? await cached.text() : "", await fresh.clone().text()];
    if (before === after) {
      event.source.postMessage(CURRENT);
      return;
    }
    await keep(after, fresh);
    event.source.postMessage(cached ? NEW_VERSION : CURRENT);
  })().catch(() => {}));
});
