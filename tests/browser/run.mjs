// Opens each outlet of a served guong site in headless Chromium at phone (390 px) and
// desktop widths: home, a story, a commune page and the search. Fails on console
// errors, on serious or critical axe-core violations (WCAG 2.1 A/AA), and when typing
// "dong tien" does not find Đồng Tiến's stories, and when a story's A4 sheet does not print
// on exactly one page. Saves screenshots. Then opens every
// page listed in PAGES_JSON ({outlet: [url…]}) and fails on any Content-Security-Policy
// violation the browser reports (the server's policy is never bypassed).
//
//   node tests/browser/run.mjs OUT_DIR PAGES_JSON OUTLET=BASE_URL…
import { chromium } from "playwright-core";
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const [outDir, pagesFile, ...bases] = process.argv.slice(2);
const outlets = bases.map((b) => b.split("=", 1)[0]);
const baseOf = Object.fromEntries(bases.map((b) => [b.split("=", 1)[0], b.slice(b.indexOf("=") + 1)]));
const allPages = JSON.parse(fs.readFileSync(pagesFile, "utf8"));
// Every policy violation a page reports, recorded before any of its scripts runs.
const watchPolicy = () => {
  window.__csp = [];
  document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
};
fs.mkdirSync(outDir, { recursive: true });
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const browser = await chromium.launch({
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const failures = [];
const report = { pages: [], axe: {}, weights: {} };
const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };

async function visit(page, outlet, name, url, vp, errors) {
  const resp = await page.goto(url, { waitUntil: "load" });
  if (!resp || resp.status() !== 200) failures.push(`${outlet} ${name}: HTTP ${resp && resp.status()} for ${url}`);
  // Evaluated by the browser's tools, not as a page script: the policy stays in force.
  await page.evaluate(axeSource);
  const csp = await page.evaluate(() => window.__csp || []);
  for (const v of csp) failures.push(`${outlet} ${name} ${vp}: CSP violation: ${v}`);
  const result = await page.evaluate(async () => await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  report.axe[`${outlet}/${name}/${vp}`] = { violations: result.violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`), passes: result.passes.length };
  for (const v of bad) failures.push(`${outlet} ${name} ${vp}: axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; ")}`);
  const file = path.join(outDir, `${outlet}-${name}-${vp}.png`);
  await page.screenshot({ path: file, fullPage: name !== "home" });
  report.pages.push(file);
  if (errors.length) failures.push(`${outlet} ${name} ${vp}: console errors: ${errors.join(" | ")}`);
  errors.length = 0;
}

for (const outlet of outlets) {
  const base = baseOf[outlet];
  for (const [vp, size] of Object.entries(viewports)) {
    const context = await browser.newContext({ viewport: size, locale: "vi-VN" });
    await context.addInitScript(watchPolicy);
    const page = await context.newPage();
    const errors = [];
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    page.on("pageerror", (e) => errors.push(String(e)));
    await visit(page, outlet, "home", base, vp, errors);
    const story = await page.$eval("main a[href*='/bai-viet/']", (a) => a.href);
    await visit(page, outlet, "story", story, vp, errors);
    if (vp === "desktop") {
      // The story's one-page A4 sheet, printed to PDF by Chromium: exactly one page.
      const sheet = `${story.replace(/\/$/, "")}/in/`;
      await page.goto(sheet, { waitUntil: "load" });
      const pdf = await page.pdf({ format: "A4", printBackground: true });
      const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
      report[`${outlet} A4 sheet pages (PDF)`] = pages;
      if (pages !== 1) failures.push(`${outlet}: the A4 sheet ${sheet} prints on ${pages} pages`);
      // The year's booklet: a cover with the contents, then one exemplar per page.
      const booklet = `${base}ky-yeu/2024/`;
      const res = await page.goto(booklet, { waitUntil: "load" });
      if (res && res.ok()) {
        const want = Number(await page.$eval("main.booklet", (m) => m.dataset.pages));
        const bpdf = await page.pdf({ format: "A4", printBackground: true });
        const got = (bpdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
        report[`${outlet} booklet 2024 pages (PDF)`] = got;
        if (got !== want) failures.push(`${outlet}: the booklet ${booklet} prints on ${got} pages, not ${want}`);
      } else if (outlet === "cong-thong-tin") {
        failures.push(`${outlet}: no booklet at ${booklet}`);
      }
      const html = await (await fetch(story)).text();
      report.weights[`${outlet} story page (HTML, bytes)`] = Buffer.byteLength(html);
    }
    await visit(page, outlet, "commune", `${base}dia-phuong/dong-tien/`, vp, errors);
    // Search as a resident types it: no diacritics, lower case.
    await page.goto(`${base}tim-kiem/`, { waitUntil: "load" });
    await page.fill("#tim-kiem-o", "dong tien");
    await page.press("#tim-kiem-o", "Enter");
    await page.waitForSelector("#tim-kiem-ket-qua li", { timeout: 10000 }).catch(() => {});
    const metas = await page.$$eval("#tim-kiem-ket-qua .kq-meta", (ps) => ps.map((p) => p.textContent));
    if (!metas.some((m) => m.includes("Đồng Tiến"))) failures.push(`${outlet} search ${vp}: "dong tien" found no story of Đồng Tiến (${metas.length} results)`);
    report[`${outlet} search "dong tien" (${vp})`] = `${metas.length} results, ${metas.filter((m) => m.includes("Đồng Tiến")).length} in Đồng Tiến`;
    await visit(page, outlet, "search", page.url(), vp, errors);
    await context.close();
  }
}
// Every page of every outlet under the server's policy: no violation, no console error.
{
  const context = await browser.newContext({ viewport: viewports.desktop, locale: "vi-VN" });
  await context.addInitScript(watchPolicy);
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(String(e)));
  for (const [outlet, urls] of Object.entries(allPages)) {
    let checked = 0;
    for (const url of urls) {
      const resp = await page.goto(url, { waitUntil: "load" });
      if (!resp || resp.status() !== 200) failures.push(`${outlet}: HTTP ${resp && resp.status()} for ${url}`);
      if (!resp.headers()["content-security-policy"]) failures.push(`${outlet}: no Content-Security-Policy header on ${url}`);
      const csp = await page.evaluate(() => window.__csp || []);
      for (const v of csp) failures.push(`${outlet}: CSP violation on ${url}: ${v}`);
      if (errors.length) failures.push(`${outlet}: console errors on ${url}: ${errors.join(" | ")}`);
      errors.length = 0;
      checked++;
    }
    report[`${outlet} pages opened under the CSP`] = checked;
  }
  await context.close();
}
await browser.close();
console.log(JSON.stringify(report, null, 2));
if (failures.length) {
  console.error("FAILED:\n" + failures.join("\n"));
  process.exit(1);
}
console.error(`browser: ${report.pages.length} pages checked, no console errors, no serious axe violations`);
