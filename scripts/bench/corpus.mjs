/**
 * A reproducible benchmark corpus built from the project's seed and fixture texts: a seeded PRNG picks
 * and joins them into many small files and a few large ones, plain text and Markdown, up to a byte size.
 * Same seed and same sources give the same bytes on every machine.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** mulberry32: tiny, fast, and the same everywhere. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The texts to build from: UTF-8 plain texts, Markdown texts, and raw non-UTF-8 files (copied whole). */
export function loadSources(root) {
  const text = [];
  const markdown = [];
  const raw = [];
  for (const name of readdirSync(join(root, "seeds")).sort()) if (name.endsWith(".txt")) text.push(readFileSync(join(root, "seeds", name), "utf8"));
  const corpus = join(root, "fixtures", "corpus");
  for (const name of readdirSync(corpus).sort()) {
    const dir = join(corpus, name);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir).sort()) {
      if (!file.startsWith("input.")) continue;
      const bytes = readFileSync(join(dir, file));
      const utf8 = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
      if (utf8.includes("\uFFFD")) raw.push({ ext: file.slice(file.lastIndexOf(".")), bytes });
      else if (file.endsWith(".md")) markdown.push(utf8);
      else text.push(utf8.replace(/\r\n/g, "\n"));
    }
  }
  // More Markdown than the one fixture: the plain texts with their headings marked up.
  for (const source of text) markdown.push(toMarkdown(source));
  return { text, markdown, raw };
}

function toMarkdown(text) {
  let titled = false;
  return text
    .split("\n")
    .map((line) => {
      if (line.trim() === "") return line;
      if (!titled) {
        titled = true;
        return `# ${line.trim()}`;
      }
      if (/^[一二三四五六七八九十]+、/.test(line)) return `## ${line}`;
      if (/^（[一二三四五六七八九十]+）/.test(line) && line.length < 40) return `### ${line}`;
      if (/^\d+[.．]/.test(line)) return `${line.replace(/^(\d+)[.．]\s*/, "$1. ")}`;
      return line;
    })
    .join("\n");
}

/**
 * Writes `bytes` of corpus into `dir` (once: a marker records a finished corpus). 80% plain text and 20%
 * Markdown; of each, 70% in small files (1-4 source texts) and 30% in a few large files.
 */
export function ensureCorpus(dir, bytes, sources, seed = 20240607) {
  const marker = join(dir, ".complete");
  if (existsSync(marker)) return JSON.parse(readFileSync(marker, "utf8"));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const random = prng(seed ^ bytes);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const encoder = new TextEncoder();
  const stats = { files: 0, bytes: 0, text: { files: 0, bytes: 0 }, markdown: { files: 0, bytes: 0 } };
  const write = (rel, data, kind) => {
    const full = join(dir, rel);
    mkdirSync(join(full, ".."), { recursive: true });
    writeFileSync(full, data);
    stats.files++;
    stats.bytes += data.length;
    stats[kind].files++;
    stats[kind].bytes += data.length;
  };
  const large = Math.max(1, Math.round(Math.log10(bytes / 1e5))); // 1 MB: 1, 10 MB: 2, 100 MB: 3 per format
  for (const [kind, list, ext, share] of [["text", sources.text, ".txt", 0.8], ["markdown", sources.markdown, ".md", 0.2]]) {
    const budget = bytes * share;
    let small = 0;
    let n = 0;
    while (small < budget * 0.7) {
      let body = "";
      const count = 1 + Math.floor(random() * 4);
      for (let i = 0; i < count; i++) body += (i ? "\n\n" : "") + pick(list);
      if (kind === "text" && n % 97 === 0 && sources.raw.length > 0) {
        const raw = pick(sources.raw);
        write(`${kind}/d${String(Math.floor(n / 100)).padStart(3, "0")}/raw-${n}${raw.ext}`, raw.bytes, kind);
        small += raw.bytes.length;
      }
      const data = encoder.encode(body);
      write(`${kind}/d${String(Math.floor(n / 100)).padStart(3, "0")}/f${String(n).padStart(5, "0")}${ext}`, data, kind);
      small += data.length;
      n++;
    }
    const each = (budget * 0.3) / large;
    for (let k = 0; k < large; k++) {
      const parts = [];
      let size = 0;
      while (size < each) {
        const part = pick(list);
        parts.push(part);
        size += part.length * 3;
      }
      write(`${kind}/large/big-${k + 1}${ext}`, encoder.encode(parts.join("\n\n")), kind);
    }
  }
  writeFileSync(marker, JSON.stringify(stats));
  return stats;
}

/** A folder name that changes when the sources or the generator change. */
export function corpusKey(root) {
  const hash = createHash("sha256");
  hash.update(readFileSync(new URL(import.meta.url)));
  const sources = loadSources(root);
  for (const list of [sources.text, sources.markdown]) for (const text of list) hash.update(text);
  return hash.digest("hex").slice(0, 12);
}
