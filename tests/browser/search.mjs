// Searches a large outlet (10,000 stories) in headless Chromium, served by nginx with
// its precompressed files, and logs every request: for each query, the bytes that
// crossed the network (headers and gzip'd bodies, as Chromium counts them) for the
// script and the index files, from a cold cache. Fails when a query downloads more
// than LIMIT_KB, finds nothing, or ranks a query typed with tone marks wrongly.
// Also times, with the CPU slowed 4× (a phone), how long the results take once the
// files are there (printed, not asserted: a loaded machine may be slower).
//
//   node tests/browser/search.mjs SEARCH_URL LIMIT_KB
import { chromium } from "playwright-core";

const [searchUrl, limitKb] = process.argv.slice(2);
const limit = Number(limitKb) * 1024;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const failures = [];
const report = {};
// Query → a check of the first result's title (lower case), when the ranking rule decides it.
const queries = {
  "đường": (t) => t.includes("đường"),
  "Dương": (t) => t.includes("dương"),
  "duong": null,
  "hop tac xa": null,
  "nông thôn mới": null,
  "giao vien": null,
  "trường học": null,
};
async function search(page, q) {
  await page.goto(`${searchUrl}?q=${encodeURIComponent(q)}`, { waitUntil: "load" });
  await page.waitForFunction(() => /Tìm thấy|Không tìm thấy|Không tải/.test(document.getElementById("tim-kiem-trang-thai").textContent), null, { timeout: 30000 });
}
for (const [q, firstOk] of Object.entries(queries)) {
  // A new context each time: nothing cached from the last query.
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(e.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  const urls = new Map();
  const bytes = new Map();
  cdp.on("Network.responseReceived", (e) => urls.set(e.requestId, { url: e.response.url, encoding: e.response.headers["content-encoding"] || e.response.headers["Content-Encoding"] || "" }));
  cdp.on("Network.loadingFinished", (e) => bytes.set(e.requestId, e.encodedDataLength));
  await search(page, q);
  await page.waitForTimeout(200); // the last responses' accounting
  const status = await page.textContent("#tim-kiem-trang-thai");
  const titles = await page.$$eval("#tim-kiem-ket-qua .kq-tieu-de", (h) => h.map((x) => x.textContent.trim()));
  let total = 0, files = 0, gzipped = 0;
  for (const [id, r] of urls) {
    // The search's own files: its script and the index (not the page, its style sheet or icon).
    if (!/\/tim-kiem\/(tim-kiem\.js|chi-muc\/)/.test(r.url)) continue;
    total += bytes.get(id) || 0;
    files += 1;
    if (r.encoding === "gzip") gzipped += 1;
  }
  report[q] = { status, files, gzipped, kb: +(total / 1024).toFixed(1), first: titles[0] };
  if (!titles.length) failures.push(`"${q}": no results (${status})`);
  if (total > limit) failures.push(`"${q}": ${(total / 1024).toFixed(1)} KB downloaded, more than ${limitKb} KB`);
  if (files < 3) failures.push(`"${q}": only ${files} search files were logged`);
  if (firstOk && titles.length && !firstOk(titles[0].toLowerCase())) failures.push(`"${q}": first result "${titles[0]}" does not have the spelling typed`);
  if (errors.length) failures.push(`"${q}": console errors: ${errors.join("; ")}`);
  await context.close();
}
// Results' time on a phone-class CPU, files already cached (same context, second query).
{
  const context = await browser.newContext();
  const page = await context.newPage();
  await search(page, "nông thôn mới");
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const ms = await page.evaluate(async () => {
    const box = document.getElementById("tim-kiem-o");
    const status = document.getElementById("tim-kiem-trang-thai");
    status.textContent = "";
    const t0 = performance.now();
    box.value = "nông thôn mới";
    document.getElementById("tim-kiem-form").requestSubmit();
    while (!/Tìm thấy|Không tìm thấy/.test(status.textContent)) await new Promise((r) => setTimeout(r, 1));
    await new Promise((r) => requestAnimationFrame(() => r()));
    return performance.now() - t0;
  });
  report["results after the files arrived, CPU ×4 (ms)"] = Math.round(ms);
  await context.close();
}
await browser.close();
console.log(JSON.stringify(report, null, 2));
if (failures.length) {
  console.error(failures.join("\n"));
  process.exit(1);
}
