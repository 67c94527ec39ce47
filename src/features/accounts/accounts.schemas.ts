import { z } from "zod";
import { ROLES } from "../../shared/domain.js";
import { AppError, type FieldIssue } from "../../shared/errors.js";

export const PASSWORD_MIN = 12;

const email = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
  z.string().max(254).pipe(z.email()),
);
const password = z.string().min(PASSWORD_MIN).max(200);

export const SignUpSchema = z.object({
  email,
  password,
  displayName: z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.string().min(1).max(100)),
  role: z.enum(["patient", "clinic_staff"]),
});
export const SignInSchema = z.object({ email, password: z.string().min(1).max(200) });
export const ResetRequestSchema = z.object({ email });
export const SetPasswordSchema = z.object({ token: z.string().min(20).max(100), password });
export const InviteSchema = z.object({
  email,
  role: z.enum(ROLES),
  facilityId: z.preprocess((v) => (v === "" ? undefined : v), z.uuid().optional()),
});

const FIELD_KEYS: Record<string, string> = {
  email: "account.invalid.email",
  password: "account.invalid.password",
  displayName: "account.invalid.displayName",
  role: "account.invalid.role",
  token: "account.invalid.token",
  facilityId: "account.invalid.facility",
};

/** Parses a form body (extra keys such as _csrf are ignored); each bad field gets one localized message. */
export function parseForm<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "email");
    if (seen.has(field)) continue;
    seen.add(field);
    issues.push({ field, messageKey: FIELD_KEYS[field] ?? "account.invalid.title" });
  }
  throw new AppError("VALIDATION", "account.invalid.title", { issues });
}
