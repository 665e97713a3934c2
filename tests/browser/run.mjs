// Opens each outlet of a served guong site in headless Chromium at phone (390 px) and
// desktop widths: home, a story, a commune page and the search. Fails on console
// errors, on serious or critical axe-core violations (WCAG 2.1 A/AA), and when typing
// "dong tien" does not find Đồng Tiến's stories, and when a story's A4 sheet does not print
// on exactly one page. Saves screenshots. Then opens every
// page listed in PAGES_JSON ({outlet: [url…]}) and fails on any Content-Security-Policy
// violation the browser reports (the server's policy is never bypassed). At 360 px (issue
// 33): the sheet, the booklet and the report fit the screen and the sheet still prints A4;
// searching a commune's name ranks its stories first, with no layout shift (CLS < 0.1).
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
// Issue 33: at 360 px the A4 sheet, the booklet and the quota report fit the screen (no
// sideways scroll), and the sheet still prints as one A4 page of its own @page size; search
// ranks the commune's own stories first for its name; the results do not shift the page.
const narrow = { width: 360, height: 740 };
for (const outlet of outlets) {
  const base = baseOf[outlet];
  const context = await browser.newContext({ viewport: narrow, locale: "vi-VN" });
  const page = await context.newPage();
  await page.goto(base, { waitUntil: "load" });
  const story = await page.$eval("main a[href*='/bai-viet/']", (a) => a.href);
  const wide = [`${story.replace(/\/$/, "")}/in/`, `${base}ky-yeu/2024/`];
  if (outlet === "cong-thong-tin") wide.push(`${base}noi-bo/bao-cao-chi-tieu/`, `${base}noi-bo/bao-cao-chi-tieu/2024/`);
  for (const url of wide) {
    const res = await page.goto(url, { waitUntil: "load" });
    if (!res || !res.ok()) {
      if (outlet === "cong-thong-tin" || !url.includes("/ky-yeu/")) failures.push(`${outlet}: HTTP ${res && res.status()} for ${url}`);
      continue;
    }
    const w = await page.evaluate(() => document.scrollingElement.scrollWidth);
    report[`${outlet} width at 360 px: ${url.slice(base.length)}`] = w;
    if (w > 360) failures.push(`${outlet}: ${url} is ${w} px wide at 360 px (scrolls sideways)`);
  }
  // Printed by its own @page rule (not a size the printer imposes): one A4 page, 595×842 pt.
  await page.goto(wide[0], { waitUntil: "load" });
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString("latin1");
  const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Math.round(m[1]), Math.round(m[2])]);
  const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) || []).length;
  report[`${outlet} A4 sheet printed at 360 px (pages, MediaBox)`] = `${pages}, ${JSON.stringify(boxes[0])}`;
  if (pages !== 1 || !boxes.length || boxes.some(([w, h]) => Math.abs(w - 595) > 1 || Math.abs(h - 842) > 1)) {
    failures.push(`${outlet}: the sheet prints on ${pages} pages of ${JSON.stringify(boxes)} pt, not one A4 page (595×842)`);
  }
  await context.close();
  // The commune's name as typed, with tone marks and without: its stories come first; on a
  // phone and on a desktop (where the footer is in view), nothing moves as results arrive.
  for (const [vp, size] of [["360 px", narrow], ["desktop", viewports.desktop]]) {
    const ctx = await browser.newContext({ viewport: size, locale: "vi-VN" });
    await ctx.addInitScript(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    const tab = await ctx.newPage();
    for (const q of ["Đồng Tiến", "dong tien"]) {
      await tab.goto(`${base}tim-kiem/?q=${encodeURIComponent(q)}`, { waitUntil: "load" });
      await tab.waitForFunction(() => /Tìm thấy|Không tìm thấy|Không tải/.test(document.getElementById("tim-kiem-trang-thai").textContent), null, { timeout: 10000 }).catch(() => {});
      await tab.waitForTimeout(500);
      const metas = await tab.$$eval("#tim-kiem-ket-qua .kq-meta", (ps) => ps.map((p) => p.textContent));
      const cls = await tab.evaluate(() => window.__cls);
      report[`${outlet} search "${q}" (${vp}): first result, CLS`] = `${metas[0]}, ${cls.toFixed(3)}`;
      if (!metas.length || !metas[0].includes("Đồng Tiến")) failures.push(`${outlet} ${vp}: "${q}" ranks first ${metas[0]}, not a story of Đồng Tiến`);
      if (cls >= 0.1) failures.push(`${outlet} ${vp}: searching "${q}" shifts the page (CLS ${cls.toFixed(3)})`);
    }
    await ctx.close();
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
