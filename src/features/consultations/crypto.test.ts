import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decrypt, decryptJson, encrypt, encryptJson, RecordsCryptoError, reencrypt } from "./crypto.js";

const k1 = { id: "k1", key: randomBytes(32) };
const k2 = { id: "k2", key: randomBytes(32) };

describe("records encryption", () => {
  it("round-trips any bytes (property) and never stores the plaintext", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
        const { keyId, payload } = encrypt([k1], Buffer.from(bytes));
        expect(keyId).toBe("k1");
        expect(decrypt([k1], keyId, payload).equals(Buffer.from(bytes))).toBe(true);
      }),
    );
    const secret = Buffer.from("AIS grade B, C5 injury");
    expect(encrypt([k1], secret).payload.includes(secret)).toBe(false);
  });

  it("uses a fresh nonce each time", () => {
    const a = encrypt([k1], Buffer.from("same"));
    const b = encrypt([k1], Buffer.from("same"));
    expect(a.payload.equals(b.payload)).toBe(false);
  });

  it("refuses a tampered value or an unknown key", () => {
    const { keyId, payload } = encryptJson([k1], { level: "C5" });
    const tampered = Buffer.from(payload);
    tampered[tampered.length - 1]! ^= 1;
    expect(() => decrypt([k1], keyId, tampered)).toThrow(RecordsCryptoError);
    expect(() => decrypt([k2], keyId, payload)).toThrow(RecordsCryptoError);
  });

  it("rotates: a new key first still reads old values, and re-encryption moves them to it", () => {
    const old = encryptJson([k1], { ais: "B" });
    const rotated = [k2, k1];
    expect(decryptJson(rotated, old.keyId, old.payload)).toEqual({ ais: "B" });
    const moved = reencrypt(rotated, old.keyId, old.payload)!;
    expect(moved.keyId).toBe("k2");
    expect(decryptJson([k2], moved.keyId, moved.payload)).toEqual({ ais: "B" });
    expect(reencrypt(rotated, moved.keyId, moved.payload)).toBeNull();
  });
});
