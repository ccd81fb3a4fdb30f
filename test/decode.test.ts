/**
 * Stage 1 on real bytes: UTF-8 with and without BOM, UTF-16 by BOM, GBK and Big5 without one (long
 * and two- or three-character files, where detection is hard), --encoding, binaries and invalid bytes.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decode } from "../src/stages/decode.js";
import { ROOT } from "./helpers.js";

const BAD = join(ROOT, "fixtures/bad");
const bytes = (name: string) => readFileSync(join(BAD, name));
/** Encodes with iconv, as the issue asks: real GBK and Big5, not our own encoder. */
const iconv = (text: string, to: string) => new Uint8Array(execFileSync("iconv", ["-f", "UTF-8", "-t", to], { input: text }));

const SIMPLIFIED = ["一是", "国务院", "加强组织领导", "第三条", "到2026年，超过50万辆。", "各区要建立工作专班，压实责任。", "国务院关于深入实施“人工智能+”行动的意见"];
const TRADITIONAL = ["一是", "國務院", "加強組織領導", "臺北市推動", "到2026年，超過50萬輛。", "各區要建立工作專班，壓實責任。"];

describe("decode", () => {
  it("reads UTF-8 with and without a BOM, and UTF-16 LE/BE by BOM, recording the encoding, with no guess", () => {
    const text = "一、总体要求\r\n到2026年,普及率超过70%。";
    const utf8 = new TextEncoder().encode(text);
    const le = Buffer.from(text, "utf16le");
    const be = Buffer.from(le).swap16();
    const cases: Array<[Uint8Array, string]> = [
      [utf8, "utf-8"],
      [new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), "utf-8"],
      [new Uint8Array([0xff, 0xfe, ...le]), "utf-16le"],
      [new Uint8Array([0xfe, 0xff, ...be]), "utf-16be"],
    ];
    for (const [input, encoding] of cases) {
      expect(decode(input)).toEqual({ decoded: { text, encoding }, findings: [] });
    }
  });

  it("detects UTF-16 LE/BE without a BOM by where its NUL bytes stand, with an encoding-guessed note", () => {
    const text = "一、总体要求\r\n到2026年,普及率超过70%。\r\n";
    const le = Buffer.from(text, "utf16le");
    expect(decode(le)).toMatchObject({ decoded: { text, encoding: "utf-16le" }, findings: [{ code: "encoding-guessed" }] });
    expect(decode(Buffer.from(le).swap16())).toMatchObject({ decoded: { text, encoding: "utf-16be" }, findings: [{ code: "encoding-guessed" }] });
    // NULs at both parities, or control characters once decoded: a binary, not UTF-16
    expect(decode(new Uint8Array([0x61, 0x00, 0x01, 0x00, 0x02, 0x00, 0x03, 0x00])).findings[0]?.code).toBe("file-binary");
  });

  it("detects GBK (as gb18030) without a BOM, down to two characters, with an encoding-guessed note", () => {
    for (const text of SIMPLIFIED) {
      const result = decode(iconv(text, "GBK"));
      expect([text, result.decoded]).toEqual([text, { text, encoding: "gb18030" }]);
      expect(result.findings.map((f) => f.code)).toEqual(["encoding-guessed"]);
    }
  });

  it("detects Big5 without a BOM, down to two characters", () => {
    for (const text of TRADITIONAL) {
      const result = decode(iconv(text, "BIG5"));
      expect([text, result.decoded]).toEqual([text, { text, encoding: "big5" }]);
      expect(result.findings[0]).toMatchObject({ code: "encoding-guessed", message: expect.stringContaining("pass --encoding") });
    }
  });

  it("decodes the GBK and Big5 fixture plans, CRLF and all", () => {
    expect(decode(bytes("gbk-plan.txt")).decoded).toMatchObject({ encoding: "gb18030", text: expect.stringMatching(/^重庆市推动人工智能行动方案\r\n[\s\S]*超过70%。/) });
    expect(decode(bytes("big5-plan.txt")).decoded).toMatchObject({ encoding: "big5", text: expect.stringMatching(/^臺北市推動人工智慧行動方案\r\n[\s\S]*超過70%。/) });
    expect(decode(bytes("gbk-short.txt")).decoded).toEqual({ text: "一是", encoding: "gb18030" });
    expect(decode(bytes("big5-short.txt")).decoded).toEqual({ text: "國務院", encoding: "big5" });
  });

  it("--encoding forces one (gbk, gb2312 and GB18030 all mean gb18030), with no guess; a wrong or unknown one is an error", () => {
    const gbk = bytes("gbk-plan.txt");
    for (const name of ["gbk", "GB2312", "gb18030"]) expect(decode(gbk, name)).toMatchObject({ decoded: { encoding: "gb18030" }, findings: [] });
    // Big5 bytes decode as gb18030 too, but only when asked
    expect(decode(bytes("big5-short.txt"), "gbk").decoded?.encoding).toBe("gb18030");
    expect(decode(gbk, "utf-8")).toEqual({ decoded: null, findings: [{ code: "encoding-invalid", message: expect.stringMatching(/not valid utf-8.*--encoding/) }] });
    expect(decode(gbk, "klingon")).toEqual({ decoded: null, findings: [{ code: "encoding-unknown", message: expect.stringMatching(/--encoding klingon is not supported; use utf-8/) }] });
  });

  it("refuses binaries by what they are, saying what to do", () => {
    const cases: Array<[string, RegExp]> = [
      ["image.png.txt", /This is a PNG image, not text; convert it/],
      ["scan.pdf.txt", /This is a PDF, not text; convert it .*pdftotext/],
      ["report.docx.txt", /This is a \.docx\/\.xlsx or zip archive, not text/],
      ["nul.txt", /holds NUL bytes/],
    ];
    for (const [name, message] of cases) {
      const result = decode(bytes(name));
      expect(result.decoded).toBeNull();
      expect(result.findings).toEqual([{ code: "file-binary", message: expect.stringMatching(message) }]);
    }
    const controls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(decode(controls).findings[0]?.code).toBe("file-binary");
  });

  it("refuses bytes valid in no supported encoding", () => {
    expect(decode(bytes("invalid.txt"))).toEqual({ decoded: null, findings: [{ code: "encoding-invalid", message: expect.stringMatching(/neither UTF-8 nor valid .*convert the file to UTF-8 or pass --encoding/) }] });
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, 0xff, 0xff])).findings[0]?.code).toBe("encoding-invalid");
  });

  it("gives empty text for an empty file (the pipeline turns it into a file-empty warning)", () => {
    expect(decode(new Uint8Array())).toEqual({ decoded: { text: "", encoding: "utf-8" }, findings: [] });
  });
});
