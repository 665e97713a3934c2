// Runs the search page's script (src/emit/search.js) in Node, without a browser: a
// stand-in page (the form, the box, the status and the list of results) and `fetch`
// reading the index's files from a folder. Prints the results of a query, in order,
// as JSON: [{title, meta}, …]. Used by the ranking's unit test (src/assemble/search.rs).
//
//   node tests/browser/search-node.mjs INDEX_DIR QUERY
import fs from "node:fs";
import path from "node:path";

const [dir, query] = process.argv.slice(2);
function node(tag) {
  const e = {
    tagName: tag, children: [], textContent: "", className: "", attrs: {}, parentNode: null, listeners: {},
    appendChild(c) { c.parentNode = e; e.children.push(c); return c; },
    insertBefore(c) { c.parentNode = e; e.children.push(c); return c; },
    remove() {},
    getAttribute(n) { return e.attrs[n]; },
    addEventListener(t, f) { e.listeners[t] = f; },
    set innerHTML(_) { e.children = []; },
  };
  return e;
}
const page = { "tim-kiem-form": node("form"), "tim-kiem-o": node("input"), "tim-kiem-ket-qua": node("ol"), "tim-kiem-trang-thai": node("p") };
page["tim-kiem-form"].attrs["data-index"] = "http://guong.test/tim-kiem/chi-muc/meta.json";
page["tim-kiem-ket-qua"].parentNode = node("div");
globalThis.document = { getElementById: (id) => page[id] || null, createElement: node };
const url = `http://guong.test/tim-kiem/?q=${encodeURIComponent(query)}`;
globalThis.location = { href: url, search: new URL(url).search };
globalThis.history = { replaceState() {} };
globalThis.window = globalThis;
globalThis.fetch = async (u) => {
  const file = path.join(dir, u.slice(u.lastIndexOf("/") + 1));
  const ok = fs.existsSync(file);
  return { ok, status: ok ? 200 : 404, json: async () => JSON.parse(fs.readFileSync(file, "utf8")) };
};
const script = fs.readFileSync(new URL("../../src/emit/search.js", import.meta.url), "utf8");
new Function(script)();
const status = page["tim-kiem-trang-thai"];
for (let i = 0; i < 200 && !/Tìm thấy|Không tìm thấy|Không tải/.test(status.textContent); i++) await new Promise((r) => setTimeout(r, 5));
await new Promise((r) => setTimeout(r, 20));
const results = page["tim-kiem-ket-qua"].children.map((li) => ({
  title: li.children[0].children[0].textContent,
  meta: li.children[1].textContent,
}));
console.log(JSON.stringify({ status: status.textContent, results }));
