import { z } from "zod";
import { LOCALES } from "../../shared/domain.js";
import { AppError } from "../../shared/errors.js";

export const SCAN_MAX_CHARS = 20_000;

const ScanTextSchema = z.object({
  text: z.string(),
  locale: z.enum(LOCALES).optional(),
});

/** One check for the page and the API: empty and over-long text get a message that says what to do. */
export function parseScanInput(raw: unknown): { text: string; locale?: "en" | "es" } {
  const parsed = ScanTextSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    throw new AppError("VALIDATION", "check.invalid.title", {
      issues: [{ field: "text", messageKey: "check.invalid.empty" }],
    });
  }
  const text = parsed.data.text;
  if (text.trim().length === 0) {
    throw new AppError("VALIDATION", "check.invalid.title", {
      issues: [{ field: "text", messageKey: "check.invalid.empty" }],
    });
  }
  if (text.length > SCAN_MAX_CHARS) {
    throw new AppError("VALIDATION", "check.invalid.title", {
      issues: [
        {
          field: "text",
          messageKey: "check.invalid.tooLong",
          params: { length: text.length, max: SCAN_MAX_CHARS },
        },
      ],
    });
  }
  return parsed.data;
}
