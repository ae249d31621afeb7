// The on-demand modules (docs/design.md): wasm-bindgen modules of their own,
// fetched once, on first use, after the page's first figures. Their files
// carry a content hash in their names; the post-build hook
// (tools/post-build.mjs) writes the names on the loader's tag as
// `data-NAME-js` and `data-NAME-wasm`, where the offline worker finds them
// too. Imported by the page's wasm (src/browser/modules.rs).
const loading = new Map();

/** The module `name` once fetched and started; a failure (offline before
 *  it was ever fetched) is not kept, so a later call tries again. */
export function loadModule(name) {
  if (!loading.has(name)) {
    loading.set(name, start(name).catch((error) => {
      loading.delete(name);
      throw error;
    }));
  }
  return loading.get(name);
}

async function start(name) {
  const files = document.querySelector("script[data-wasm]")?.dataset ?? {};
  const [js, wasm] = [files[`${name}Js`], files[`${name}Wasm`]];
  if (!js || !wasm) throw new Error(`this page names no ${name} module`);
  const module = await import(new URL(js, document.baseURI).href);
  await module.default({ module_or_path: new URL(wasm, document.baseURI) });
  return module;
}
