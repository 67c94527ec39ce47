import { expect } from "vitest";
import { SYSTEM } from "../../src/authz/actor.js";
import { createUser } from "../../src/features/accounts/accounts.service.js";
import type { TestApp } from "./app.js";

const PASSWORD = "signed in client pass";
let address = 0;

export type UploadFile = { name: string; bytes: Buffer; field?: string };

/**
 * A browser-like client with its own address and cookie jar. `post` and `multipart` fetch a fresh CSRF token
 * for each form, as a page would carry one; files go in the `file` field unless they name another.
 */
export function browserClient(t: TestApp) {
  const remoteAddress = `10.9.${Math.floor(++address / 250)}.${address % 250}`;
  const jar = new Map<string, string>();
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const keep = (res: { cookies: Array<{ name: string; value: string }> }) => {
    for (const c of res.cookies) jar.set(c.name, c.value);
  };
  const get = async (url: string) => {
    const res = await t.app.inject({ method: "GET", url, remoteAddress, headers: { cookie: cookie() } });
    keep(res);
    return res;
  };
  // Fetching the token also sets the CSRF cookie that must go with the request.
  const csrf = async () => /name="_csrf" value="([^"]+)"/.exec((await get("/en/account/sign-in")).body)![1]!;
  const post = async (url: string, form: Record<string, string>) => {
    const token = await csrf();
    const res = await t.app.inject({
      method: "POST",
      url,
      remoteAddress,
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
      payload: new URLSearchParams({ _csrf: token, ...form }).toString(),
    });
    keep(res);
    return res;
  };
  const multipart = async (url: string, fields: Array<[string, string]>, files: UploadFile[] = []) => {
    const boundary = "----candor-test";
    const parts: Buffer[] = fields.map(([k, v]) =>
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
    );
    for (const f of files)
      parts.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${f.field ?? "file"}"; filename="${f.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
        ),
        f.bytes,
        Buffer.from("\r\n"),
      );
    parts.push(Buffer.from(`--${boundary}--\r\n`));
    const token = await csrf();
    const res = await t.app.inject({
      method: "POST",
      url: `${url}?_csrf=${encodeURIComponent(token)}`,
      remoteAddress,
      headers: { "content-type": `multipart/form-data; boundary=${boundary}`, cookie: cookie() },
      payload: Buffer.concat(parts),
    });
    keep(res);
    return res;
  };
  return { get, post, multipart };
}

/** A new user of the given role, signed in through the real form, as a browserClient. */
export async function signedInClient(
  t: TestApp,
  email: string,
  role: "patient" | "clinic_staff" | "reviewer" | "admin",
) {
  const user = await createUser(t.database.db, SYSTEM, { email, role, password: PASSWORD });
  const client = browserClient(t);
  const upload = (url: string, standard: string, fileName: string, bytes: Buffer) =>
    client.multipart(url, [["standard", standard]], [{ name: fileName, bytes }]);
  expect((await client.post("/en/account/sign-in", { email, password: PASSWORD })).statusCode).toBe(303);
  return { userId: user.id, get: client.get, post: client.post, upload };
}
