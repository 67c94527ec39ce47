import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/**
 * Health data at rest: AES-256-GCM with a random 96-bit nonce per value. The stored bytes are
 * nonce (12) ‖ tag (16) ‖ ciphertext; the key id is stored beside them so old keys keep decrypting after a
 * rotation. A tampered value fails authentication and is never returned.
 */
export type Keyring = ReadonlyArray<{ id: string; key: Buffer }>;

export class RecordsCryptoError extends Error {}

export function encrypt(keyring: Keyring, plaintext: Buffer): { keyId: string; payload: Buffer } {
  const current = keyring[0];
  if (!current || current.key.length !== 32) throw new RecordsCryptoError("no 32-byte current key");
  const nonce = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", current.key, nonce);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { keyId: current.id, payload: Buffer.concat([nonce, cipher.getAuthTag(), body]) };
}

export function decrypt(keyring: Keyring, keyId: string, payload: Buffer): Buffer {
  const entry = keyring.find((k) => k.id === keyId);
  if (!entry) throw new RecordsCryptoError(`key ${keyId} is not configured`);
  if (payload.length < 28) throw new RecordsCryptoError("payload too short");
  const decipher = createDecipheriv("aes-256-gcm", entry.key, payload.subarray(0, 12));
  decipher.setAuthTag(payload.subarray(12, 28));
  try {
    return Buffer.concat([decipher.update(payload.subarray(28)), decipher.final()]);
  } catch {
    throw new RecordsCryptoError("authentication failed");
  }
}

export const encryptJson = (keyring: Keyring, value: unknown) =>
  encrypt(keyring, Buffer.from(JSON.stringify(value), "utf8"));
export const decryptJson = <T>(keyring: Keyring, keyId: string, payload: Buffer) =>
  JSON.parse(decrypt(keyring, keyId, payload).toString("utf8")) as T;

/** Re-encrypts with the current key when a value was written under an older one; null when already current. */
export function reencrypt(
  keyring: Keyring,
  keyId: string,
  payload: Buffer,
): { keyId: string; payload: Buffer } | null {
  if (keyId === keyring[0]?.id) return null;
  return encrypt(keyring, decrypt(keyring, keyId, payload));
}
