import { createHash, randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

/** argon2id with the library's defaults (m=19 MiB, t=2, p=1): OWASP's minimum recommendation. */
export const hashPassword = (password: string) => hash(password);

export async function verifyPassword(phc: string | null, password: string): Promise<boolean> {
  if (!phc) return false;
  try {
    return await verify(phc, password);
  } catch {
    return false;
  }
}

/** A URL-safe random token for cookies and email links; only its SHA-256 is stored. */
export const newToken = () => randomBytes(32).toString("base64url");
export const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * A hash of a fixed password, verified against when the email is unknown, so a sign-in for a missing
 * account takes as long as one for a real account with a wrong password.
 */
let decoy: Promise<string> | null = null;
export const decoyHash = () => {
  decoy ??= hashPassword("decoy-password-for-timing");
  return decoy;
};
