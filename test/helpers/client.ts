import { expect } from "vitest";
import { SYSTEM } from "../../src/authz/actor.js";
import { createUser } from "../../src/features/accounts/accounts.service.js";
import type { TestApp } from "./app.js";

const PASSWORD = "signed in client pass";
let address = 0;

/**
 * A new user of the given role, signed in through the real form, as a browser-like client with its own
 * address and cookie jar. `post` fetches a fresh CSRF token for each form, as a page would carry one.
 */
export async function signedInClient(
  t: TestApp,
  email: string,
  role: "patient" | "clinic_staff" | "reviewer" | "admin",
) {
  const user = await createUser(t.database.db, SYSTEM, { email, role, password: PASSWORD });
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
  const upload = async (url: string, standard: string, fileName: string, bytes: Buffer) => {
    const token = await csrf();
    const boundary = "----candor-test";
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="standard"\r\n\r\n${standard}\r\n`),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await t.app.inject({
      method: "POST",
      url: `${url}?_csrf=${encodeURIComponent(token)}`,
      remoteAddress,
      headers: { "content-type": `multipart/form-data; boundary=${boundary}`, cookie: cookie() },
      payload: body,
    });
    keep(res);
    return res;
  };
  expect((await post("/en/account/sign-in", { email, password: PASSWORD })).statusCode).toBe(303);
  return { userId: user.id, get, post, upload };
}
