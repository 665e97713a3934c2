// The editors' admin served by a plain web server, with no `guong serve` behind it (as for
// a forge, where `guong check` runs in CI): the form must still save a story, and say
// that guong did not check it. Usage: node cms-unchecked.mjs <origin of the web server>
// The Rust side (tests/integration/i30_cms/browser.rs) checks the file written.
import { chromium } from "playwright-core";

const [base] = process.argv.slice(2);
const fail = (what) => { console.error("FAIL: " + what); process.exit(1); };
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
const pick = async (id, text) => { await page.click("#" + id); await page.keyboard.type(text); await page.keyboard.press("Enter"); };

await page.goto(base + "/admin/");
await page.getByRole("button", { name: "Đăng nhập" }).click();
await page.waitForTimeout(1500);
await page.goto(base + "/admin/#/collections/stories/new");
await page.waitForSelector("#title-field-1");
await page.fill("#title-field-1", "Chị Trần Thị Mầu và vườn cam");
await pick("kind-field-2", "Gương điển hình");
await page.fill("#date-field-3", "2025-03-10");
await page.selectOption("select[id^=commune-field]", "tho-tan");
await pick("field-field-10", "Nông nghiệp");
await page.fill("#field_evidence-field-17", "Đáp ứng tiêu chuẩn của lĩnh vực.");
await page.fill("#summary-field-18", "Vườn cam cho thu nhập ổn định.");
await page.fill("#author-field-19", "Ban biên tập");
await page.locator("[data-slate-editor], [contenteditable=true]").first().click();
await page.keyboard.type("Chị Mầu trồng cam từ năm 2019.");
// The preview pane says why it has no page here.
await page.frameLocator("#preview-pane").locator(".guong-preview-note").filter({ hasText: "guong serve" }).waitFor({ timeout: 30000 })
  .catch(() => fail("the preview pane does not say it needs guong serve"));
await page.getByText("Công bố", { exact: true }).first().click();
await page.getByText("Công bố ngay").first().click();
await page.waitForURL(/entries\/2025\/chi-tran-thi-mau-va-vuon-cam/, { timeout: 60000 }).catch(() => fail("not saved without guong serve"));
const note = await page.locator(".guong-summary").textContent().catch(() => "");
if (!note.includes("không kiểm tra được")) fail("the form did not say the draft was not checked: " + note);
console.log("saved unchecked: " + page.url());
await browser.close();
