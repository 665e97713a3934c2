// The editors' admin (`guong cms`, Decap CMS) in headless Chromium, against decap-server on
// a copy of the sample site and `guong serve` (which serves /admin/ and checks drafts).
// Usage: node cms.mjs <serve origin> <screenshot dir> <existing story slug>
// 1. creates a story through the form: the unit list offers only the units in force on
//    the chosen date (and follows it); the preview pane shows guong's page; with the
//    criterion `sang-tao` empty, guong's message must appear at that field and the save
//    must be refused (no file written);
// 2. fills it and saves; 3. edits the summary of an existing story and saves.
// The Rust side (tests/integration/i30_cms/browser.rs) checks the files written.
import { chromium } from "playwright-core";

const [base, shots, existing] = process.argv.slice(2);
const fail = (what) => { console.error("FAIL: " + what); process.exit(1); };
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
// `guong serve` sends the admin with a Content Security Policy: nothing may be refused.
const refused = [];
page.on("console", (m) => { if (/Content.Security.Policy/i.test(m.text())) refused.push(m.text()); });
const login = async () => {
  await page.goto(base + "/admin/");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.waitForTimeout(1500);
};
const publish = async () => {
  await page.getByText("Công bố", { exact: true }).first().click();
  await page.getByText("Công bố ngay").first().click();
};
const pick = async (id, text) => { await page.click("#" + id); await page.keyboard.type(text); await page.keyboard.press("Enter"); };

await login();
await page.goto(base + "/admin/#/collections/stories/new");
await page.waitForSelector("#title-field-1");
await page.fill("#title-field-1", "Anh Nguyễn Văn Thử và mô hình nuôi ong");
await pick("kind-field-2", "Gương điển hình");
// The unit list offers only the units in force on the story's date, and follows it.
const units = async () => page.locator("select[id^=commune-field] option").evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
const offers = async (date, has, hasNot) => {
  await page.fill("#date-field-3", date);
  await page.locator("#title-field-1").click();
  await page.waitForFunction((d) => document.querySelector("select[id^=commune-field]")?.dataset.date === d, date, { timeout: 10000 })
    .catch(() => fail("the unit list did not follow the date " + date));
  const list = await units();
  if (!list.includes(has)) fail(`on ${date} the unit list lacks ${has}: ${list.join(", ")}`);
  if (list.includes(hasNot)) fail(`on ${date} the unit list offers ${hasNot}, not in force then`);
  console.log(`units on ${date}: ${list.length}`);
  return list;
};
await offers("2025-08-01", "tho-phu-2025", "tho-tan");
await offers("2025-03-10", "tho-tan", "tho-phu-2025");
await pick("type-field-6", "Cá nhân");
await page.fill("#name-field-7", "Nguyễn Văn Thử");
await page.locator("#consent-field-8").click();
await page.selectOption("select[id^=commune-field]", "tho-tan");
await pick("field-field-10", "Nông nghiệp");
await page.fill("#chap-hanh-field-12", "Chấp hành tốt quy định của địa phương.");
await page.fill("#hoan-thanh-xuat-sac-field-13", "Hoàn thành mọi nhiệm vụ được giao.");
await page.fill("#tuong-than-tuong-ai-field-15", "Giúp đỡ hộ khó khăn trong thôn.");
await page.fill("#nong-thon-moi-kieu-mau-field-16", "Góp phần để xã đạt chuẩn nông thôn mới kiểu mẫu.");
await page.fill("#field_evidence-field-17", "Đáp ứng tiêu chuẩn của lĩnh vực.");
await page.fill("#summary-field-18", "Mô hình nuôi ong lấy mật cho thu nhập ổn định.");
await page.fill("#author-field-19", "Phòng Văn hóa và Thông tin huyện");
await page.locator("[data-slate-editor], [contenteditable=true]").first().click();
await page.keyboard.type("Anh Thử bắt đầu nuôi ong từ năm 2020.");
// The preview pane shows the page as guong renders it.
const shown = page.frameLocator("#preview-pane").frameLocator("iframe.guong-preview").locator("h1");
await shown.filter({ hasText: "Nguyễn Văn Thử" }).first().waitFor({ timeout: 60000 })
  .catch(async () => fail("the preview pane does not show guong's page: " + (await page.frameLocator("#preview-pane").locator("body").textContent().catch(() => "?"))));
await page.screenshot({ path: shots + "/cms-preview.png" });
console.log("preview: " + (await shown.first().textContent()));
await publish();
const at = page.locator('.guong-finding[data-key="criteria.sang-tao"]');
await at.waitFor({ timeout: 60000 }).catch(() => fail("no finding at criteria.sang-tao"));
const text = await at.textContent();
if (!text.includes("sang-tao")) fail("the finding does not name the criterion: " + text);
await page.waitForTimeout(1000);
if (!page.url().endsWith("/new")) fail("saved despite the error: " + page.url());
await at.scrollIntoViewIfNeeded();
await page.screenshot({ path: shots + "/cms-finding-at-field.png" });
console.log("finding at criteria.sang-tao: " + text);

await page.fill("#sang-tao-field-14", "Làm tổ ong bằng vật liệu sẵn có, giảm chi phí.");
await publish();
await page.waitForURL(/entries\/2025\/anh-nguyen-van-thu-va-mo-hinh-nuoi-ong/, { timeout: 60000 }).catch(() => fail("not saved after the fix"));
console.log("saved: " + page.url());

await page.goto(base + "/admin/#/collections/stories/entries/" + existing);
await page.reload();
const summary = page.locator("textarea[id^=summary-field]");
await page.waitForFunction(() => document.querySelector("textarea[id^=summary-field]")?.value.length > 0, null, { timeout: 60000 });
await summary.fill("Tóm tắt mới, sửa qua trang biên tập.");
await page.waitForFunction(() => document.body.innerText.toUpperCase().includes("THAY ĐỔI CHƯA ĐƯỢC LƯU"), null, { timeout: 10000 })
  .catch(() => fail("the edit was not taken"));
await publish();
await page.waitForFunction(() => !document.body.innerText.toUpperCase().includes("THAY ĐỔI CHƯA ĐƯỢC LƯU"), null, { timeout: 60000 })
  .catch(() => fail("the edit was not saved"));
await page.waitForTimeout(3000);
console.log("toasts: " + (await page.locator("[role=alert]").allTextContents()).join(" / "));
console.log("edited: " + existing);
if (refused.length) fail("the admin's CSP refused: " + refused.join(" | "));
await browser.close();
