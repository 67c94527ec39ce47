import { describe, expect, it } from "vitest";
import { checkFileName, checkUpload, DOCUMENT_MAX_BYTES, sniffType } from "./documents.js";

const pdf = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n");
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const html = new TextEncoder().encode("<html><script>alert(1)</script>");

describe("sniffType", () => {
  it("reads the type from the content", () => {
    expect(sniffType(pdf)).toBe("application/pdf");
    expect(sniffType(png)).toBe("image/png");
    expect(sniffType(jpeg)).toBe("image/jpeg");
    expect(sniffType(html)).toBeNull();
    expect(sniffType(new Uint8Array())).toBeNull();
  });
});

describe("checkFileName", () => {
  it("accepts ordinary names and refuses odd ones", () => {
    expect(checkFileName("Licencia sanitaria 2026.PDF")).toEqual({ ok: true, extension: "pdf" });
    for (const bad of [
      "",
      ".pdf",
      "../etc/passwd.pdf",
      "a/b.pdf",
      "a\\b.pdf",
      "scan.exe.pdf",
      "report.pdf.exe",
      "noext",
      "x\u0000.pdf",
      "a..pdf",
      `${"a".repeat(151)}.pdf`,
    ]) {
      expect(checkFileName(bad).ok, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe("checkUpload", () => {
  it("accepts a file whose name agrees with its content", () => {
    expect(checkUpload("coa.pdf", pdf, false)).toEqual({ ok: true, type: "application/pdf" });
    expect(checkUpload("foto.JPEG", jpeg, false)).toEqual({ ok: true, type: "image/jpeg" });
  });
  it("refuses lies, wrong types, empty and oversize files", () => {
    expect(checkUpload("coa.pdf", png, false)).toEqual({ ok: false, problem: "extensionMismatch" });
    expect(checkUpload("page.pdf", html, false)).toEqual({ ok: false, problem: "badType" });
    expect(checkUpload("empty.pdf", new Uint8Array(), false)).toEqual({ ok: false, problem: "empty" });
    expect(checkUpload("big.pdf", pdf, true)).toEqual({ ok: false, problem: "tooLarge" });
    expect(checkUpload("big.pdf", new Uint8Array(DOCUMENT_MAX_BYTES + 1), false)).toEqual({
      ok: false,
      problem: "tooLarge",
    });
    expect(checkUpload("../coa.pdf", pdf, false)).toEqual({ ok: false, problem: "badName" });
  });
});
