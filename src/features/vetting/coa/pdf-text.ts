/**
 * The text of a PDF, for pre-filling the COA form. A scanned image, an encrypted or a broken PDF gives
 * null: the person then types the values, which is what they would do anyway.
 */
export async function pdfText(bytes: Uint8Array, maxPages = 10): Promise<string | null> {
  try {
    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
    const lines: string[] = [];
    for (let i = 1; i <= Math.min(doc.numPages, maxPages); i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      let line = "";
      for (const item of content.items) {
        if (!("str" in item)) continue;
        line += item.str;
        if (item.hasEOL) {
          lines.push(line);
          line = "";
        } else {
          line += " ";
        }
      }
      if (line.trim()) lines.push(line);
    }
    await doc.destroy();
    const text = lines.join("\n").trim();
    return text.length ? text : null;
  } catch {
    return null;
  }
}
