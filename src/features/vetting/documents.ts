/**
 * Checks on an uploaded evidence file, with no I/O: the type comes from the content (magic numbers), the
 * name's extension must agree with it, and odd names are refused rather than cleaned up silently.
 */
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
export const DOCUMENT_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

const EXTENSIONS: Record<DocumentType, readonly string[]> = {
  "application/pdf": ["pdf"],
  "image/jpeg": ["jpg", "jpeg"],
  "image/png": ["png"],
};

export function sniffType(bytes: Uint8Array): DocumentType | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return "application/pdf"; // %PDF-
  if (starts(0xff, 0xd8, 0xff)) return "image/jpeg";
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "image/png";
  return null;
}

export type UploadProblem = "empty" | "tooLarge" | "badName" | "badType" | "extensionMismatch";

/** The name a person gave the file, checked: one dot-extension, no paths, no control or odd characters. */
export function checkFileName(name: string): { ok: true; extension: string } | { ok: false } {
  if (name.length === 0 || name.length > 150) return { ok: false };
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused here.
  if (/[\u0000-\u001f\u007f/\\:*?"<>|]/.test(name) || name.startsWith(".") || name.includes(".."))
    return { ok: false };
  const parts = name.split(".");
  if (parts.length < 2) return { ok: false };
  const extension = parts.at(-1)!.toLowerCase();
  if (!Object.values(EXTENSIONS).flat().includes(extension)) return { ok: false };
  // A second executable-looking extension ("scan.pdf.exe", "licence.exe.pdf") is refused either way.
  if (parts.slice(1, -1).some((p) => /^(exe|js|sh|bat|cmd|html?|svg|php|scr|com|msi)$/i.test(p)))
    return { ok: false };
  return { ok: true, extension };
}

export function checkUpload(
  name: string,
  bytes: Uint8Array,
  truncated: boolean,
): { ok: true; type: DocumentType } | { ok: false; problem: UploadProblem } {
  if (truncated || bytes.length > DOCUMENT_MAX_BYTES) return { ok: false, problem: "tooLarge" };
  if (bytes.length === 0) return { ok: false, problem: "empty" };
  const checkedName = checkFileName(name);
  if (!checkedName.ok) return { ok: false, problem: "badName" };
  const type = sniffType(bytes);
  if (!type) return { ok: false, problem: "badType" };
  if (!EXTENSIONS[type].includes(checkedName.extension)) return { ok: false, problem: "extensionMismatch" };
  return { ok: true, type };
}
