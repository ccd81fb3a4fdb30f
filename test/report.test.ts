import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { buildDataset } from "../src/emit.js";
import { extract, extractBytes } from "../src/pipeline.js";
import { renderReport, type ReportSource } from "../src/report/render.js";
import { ROOT, runCli, SEED, tempDir } from "./helpers.js";

const seedPath = "seeds/000_7ff1af6d190f772b.txt";
const CHROMIUM = "/usr/bin/chromium";
const PLAN = "壬市行动方案\n\n一、主要目标\n\n（一）扩大规模。到2027年,全市新能源汽车保有量超过50万辆。\n\n（三）加强组织领导。各区要建立工作专班。\n";

function seedReport(): string {
  const dataset = buildDataset([extractBytes(readFileSync(SEED), { path: seedPath })]);
  return renderReport(dataset, new Map([[seedPath, { text: readFileSync(SEED, "utf8"), status: "ok" } satisfies ReportSource]]));
}

describe("the HTML report", () => {
  it("is deterministic: the same input gives the same bytes, from sources or from a dataset", async () => {
    expect(seedReport()).toBe(seedReport());
    const dir = tempDir();
    mkdirSync(join(dir, "seeds"));
    writeFileSync(join(dir, seedPath), readFileSync(SEED));
    const direct = await runCli(["report", "seeds", "--out", "a.html"], { cwd: dir });
    expect(direct.code).toBe(0);
    expect(direct.stderr).toBe("policy-extract report: 1 file, 3 documents, 29 measures, 17 figures -> a.html\n");
    expect((await runCli(["seeds", "--out", "plan.json", "-q"], { cwd: dir })).code).toBe(0);
    const viaDataset = await runCli(["report", "plan.json", "-o", "b.html"], { cwd: dir });
    expect(viaDataset.code).toBe(0);
    expect(viaDataset.stderr).toContain("-> b.html");
    expect(readFileSync(join(dir, "b.html"), "utf8")).toBe(readFileSync(join(dir, "a.html"), "utf8"));
    expect(readFileSync(join(dir, "a.html"), "utf8")).toBe(seedReport());
  });

  it("is self-contained: inline style and script only, nothing fetched", () => {
    const html = seedReport();
    expect(html).not.toMatch(/<link\b|<script[^>]+src=|<img\b|@import|url\(|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('"PingFang SC","Hiragino Sans GB","Noto Sans CJK SC"');
    expect(html).toContain("@media (max-width:760px)");
  });

  it("marks every heading, measure and figure in the source, with an anchor the outline links to", () => {
    const html = seedReport();
    const dataset = buildDataset([extractBytes(readFileSync(SEED), { path: seedPath })]);
    dataset.documents.forEach((document, doc) => {
      for (const item of [...document.sections, ...document.measures, ...document.targets]) {
        expect(html).toContain(`id="d${doc}-${item.id}"`);
      }
      for (const item of [...document.sections, ...document.measures]) expect(html).toContain(`href="#d${doc}-${item.id}"`);
      document.diagnostics.forEach((diagnostic, k) => {
        if (diagnostic.span) expect(html).toContain(`href="#d${doc}-diag${k + 1}"`);
      });
    });
    // the displaced section of the first article is shown with it, after a gap for the other articles
    expect(html).toContain("⋯ lines 64–132 are not part of this document ⋯");
  });

  it("keeps a figure inside its measure visible as both", () => {
    const { documents } = extract(PLAN, { path: "plan.txt" });
    const html = renderReport(buildDataset([{ documents, diagnostics: [] }]), new Map([["plan.txt", { text: PLAN, status: "ok" }]]));
    const measure = documents[0]!.measures[0]!;
    const target = documents[0]!.targets[0]!;
    expect(target.measureId).toBe(measure.id);
    expect(html).toMatch(new RegExp(`<span class="pc k-target k-measure v-goal" id="d0-${target.id}" data-refs="d0-${target.id} d0-${measure.id}">超过50万辆</span>`));
    expect(html).toContain("ordinal-gap");
  });

  it("escapes all source text: a <script> in the source shows as text", async () => {
    const evil = `<script>window.pwned=1</script>行动方案\n\n一、目标 "x" & 'y'\n\n（一）到2027年,<img src=x onerror=alert(1)>保有量超过50万辆。</script>\n`;
    const dir = tempDir();
    writeFileSync(join(dir, "evil.txt"), evil);
    const result = await runCli(["report", "evil.txt"], { cwd: dir });
    expect(result.code).toBe(0);
    const html = result.stdout;
    expect(html).toContain("&lt;script&gt;window.pwned=1&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toContain("<script>window");
    expect(html).not.toContain("<img");
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(result.stderr).toContain("-> standard output");
  });

  it("warns when a dataset's source changed or is missing, and still writes the report", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "plan.txt"), PLAN);
    await runCli(["plan.txt", "--out", "plan.json", "-q"], { cwd: dir });
    writeFileSync(join(dir, "plan.txt"), PLAN.replace("50万辆", "60万辆"));
    const changed = await runCli(["report", "plan.json", "--out", "r.html"], { cwd: dir });
    expect(changed.code).toBe(0);
    expect(changed.stderr).toContain("warning plan.txt: the source changed since the dataset was made (sha256 differs)");
    expect(changed.stderr).toContain("-> r.html");
    expect(readFileSync(join(dir, "r.html"), "utf8")).toContain("changed since the dataset was made");
    rmSync(join(dir, "plan.txt"));
    const missing = await runCli(["report", "plan.json", "--out", "r.html"], { cwd: dir });
    expect(missing.code).toBe(0);
    expect(missing.stderr).toContain("warning plan.txt: cannot read the source again (no such file or folder)");
    expect(readFileSync(join(dir, "r.html"), "utf8")).toContain("超过50万辆"); // the figures table still shows
  });

  it("refuses a dataset mixed with sources, a file that is no dataset, and --out a folder", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "plan.txt"), PLAN);
    writeFileSync(join(dir, "x.json"), '{"not":"a dataset"}');
    const mixed = await runCli(["report", "x.json", "plan.txt"], { cwd: dir });
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/^policy-extract: x\.json is a dataset: give either one dataset or source files, not both\n$/);
    const bad = await runCli(["report", "x.json"], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("x.json is not a policy-extract dataset");
    const folder = await runCli(["report", "plan.txt", "--out", "."], { cwd: dir });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain("is a folder");
  });
});

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  console.warn(`report browser test skipped: ${CHROMIUM} is missing; install it with: bash scripts/install-chromium.sh`);
}

describe.skipIf(!haveChromium)("the HTML report in headless Chromium", () => {
  it("shows a figure's fields when it is clicked, sorts the figure table, and follows the outline", async () => {
    const { chromium } = await import("playwright-core");
    const out = join(ROOT, "test-output");
    mkdirSync(out, { recursive: true });
    const file = join(out, "report.html");
    writeFileSync(file, seedReport());
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      const errors: string[] = [];
      const requests: string[] = [];
      page.on("pageerror", (error) => errors.push(String(error)));
      page.on("request", (request) => requests.push(request.url()));
      await page.goto(pathToFileURL(file).href);

      await page.click("#d0-t1");
      const panel = page.locator("#details-0");
      await expect.poll(() => panel.innerText()).toContain("新一代智能终端、智能体等普及率");
      const fields = await panel.evaluate((node) => Object.fromEntries([...node.querySelectorAll("dt")].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent])));
      expect(fields).toMatchObject({ id: "t1", kind: "goal", indicator: "新一代智能终端、智能体等普及率", value: "70", unit: "%", comparator: "gt (>)", year: "2026", quote: "超过70%" });
      expect(await panel.locator(".kind").innerText()).toBe("FIGURE (GOAL)");
      expect(await page.locator(".pc.sel").count()).toBeGreaterThan(0);

      // sort the second article's figures by value, descending on the second click
      const values = () => page.locator("#doc1 .figtable tbody td:nth-child(4)").allInnerTexts();
      await page.click('#doc1 .figtable th button[data-col="3"]');
      expect((await values()).map(Number)).toEqual([...(await values()).map(Number)].sort((a, b) => a - b));
      await page.click('#doc1 .figtable th button[data-col="3"]');
      expect((await values()).map(Number)).toEqual([...(await values()).map(Number)].sort((a, b) => b - a));

      // the outline scrolls to a measure and shows it
      await page.click('#doc0 .outline a[data-ref="d0-s2.m4"]');
      await expect.poll(() => panel.innerText()).toContain("s2.m4");
      await page.click('#doc0 .outline a[data-ref="d0-s1"]');
      await page.click("#d0-t1");
      await page.waitForTimeout(400);
      await page.screenshot({ path: join(out, "report.png") });

      expect(errors).toEqual([]);
      expect(requests.filter((url) => !url.startsWith("file:"))).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
