// Starts the calculator, and keeps it working offline. A file rather than a
// script written into the page, so that the page runs under a
// Content-Security-Policy without 'unsafe-inline' (README, Deploying).
// Trunk writes the hashed names of the wasm-bindgen module and the wasm
// file on this script's own tag.
const NEW_VERSION = "pilot-savings-calculator:new-version";
const CHECK = "pilot-savings-calculator:check";
const CURRENT = "pilot-savings-calculator:current";

/** Says, in one line, that a new release is cached and a reload shows it. */
function offerReload() {
  const notice = document.getElementById("app-update");
  if (!notice || notice.childElementCount > 0) return;
  const text = document.createElement("p");
  text.className = "nhsuk-body";
  text.textContent = "A new version of the calculator is ready: ";
  const reload = document.createElement("button");
  reload.type = "button";
  reload.className = "nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0";
  reload.textContent = "reload";
  reload.addEventListener("click", () => location.reload());
  text.append(reload);
  notice.append(text);
  notice.hidden = false;
}

const tag = document.querySelector("script[data-wasm]");

// The on-demand modules (docs/design.md): wasm-bindgen modules of their
// own, named with a content hash on this tag (`data-views-js`,
// `data-views-wasm`) by tools/post-build.mjs, where the offline worker
// finds them too. The page's wasm calls this to fetch one, once, on first
// use; a failure (offline before it was ever fetched) is not kept, so a
// later call tries again. Here rather than in a file the wasm imports: one
// request less before the first figures.
const loading = new Map();
window.pilotSavingsModule = (name) => {
  if (!loading.has(name)) {
    const [js, wasm] = [tag.dataset[`${name}Js`], tag.dataset[`${name}Wasm`]];
    const started = (async () => {
      if (!js || !wasm) throw new Error(`this page names no ${name} module`);
      const module = await import(js);
      await module.default({ module_or_path: wasm });
      return module;
    })();
    loading.set(name, started.catch((error) => {
      loading.delete(name);
      throw error;
    }));
  }
  return loading.get(name);
};

const { default: init } = await import(tag.dataset.js);
await init({ module_or_path: tag.dataset.wasm });

// Offline after one visit (static/sw.js), registered once the calculator
// runs, by a release build only (`data-offline`, set by the wasm). Messages
// are read from this page's own service worker only, never from other
// frames or windows.
if ("serviceWorker" in navigator && document.documentElement.dataset.offline === "1") {
  // The worker answers each check: `data-release` says what it found.
  navigator.serviceWorker.addEventListener("message", (event) => {
    if (event.data === NEW_VERSION) {
      document.documentElement.dataset.release = "new";
      offerReload();
    }
    if (event.data === CURRENT) document.documentElement.dataset.release = "current";
  });
  // Once the page is idle: installing fetches every file again, which
  // would compete with the first figures (cold load, SPEC §9).
  const register = () =>
    navigator.serviceWorker
      .register("./sw.js")
      .then(() => navigator.serviceWorker.controller?.postMessage(CHECK))
      .catch(() => {});
  if ("requestIdleCallback" in window) requestIdleCallback(register, { timeout: 3000 });
  else setTimeout(register, 1000);
}

