import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/helpers/app.js";
import { SYSTEM } from "../../authz/actor.js";
import { queryRows, sql } from "../../db/client.js";
import { fixedClock } from "../../shared/clock.js";
import { deliverPending, smtpMailer } from "../email/outbox.js";
import { createUser, FAILURES_BEFORE_LOCK } from "./accounts.service.js";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock("2026-11-25T12:00:00Z") });
});
afterAll(() => t.close());

/** A browser-like client: keeps cookies and reads the CSRF token from each form. */
let clients = 0;
/** Each client has its own address, as separate people would, so the per-address sign-in limit applies per client. */
function client() {
  const remoteAddress = `10.0.0.${++clients}`;
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const remember = (res: { cookies: Array<{ name: string; value: string; maxAge?: number }> }) => {
    for (const c of res.cookies) {
      if (c.value === "" || c.maxAge === 0) jar.delete(c.name);
      else jar.set(c.name, c.value);
    }
  };
  return {
    jar,
    async get(url: string) {
      const res = await t.app.inject({
        method: "GET",
        url,
        remoteAddress,
        headers: { cookie: cookieHeader() },
      });
      remember(res);
      return res;
    },
    async post(url: string, form: Record<string, string>, options: { withCsrf?: boolean } = {}) {
      // Any form page hands out a token for this client's CSRF secret.
      const page = await this.get(`${url.slice(0, 3)}/account/sign-in`);
      const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? "";
      const body = new URLSearchParams({
        ...(options.withCsrf === false ? {} : { _csrf: token }),
        ...form,
      }).toString();
      const res = await t.app.inject({
        method: "POST",
        url,
        remoteAddress,
        payload: body,
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader() },
      });
      remember(res);
      return res;
    },
  };
}

const lastEmailTo = async (address: string) =>
  (
    await queryRows<{ subject: string; body: string }>(
      t.database.db,
      sql`select subject, body from email_outbox where to_address = ${address} order by created_at desc limit 1`,
    )
  )[0];
const linkIn = (body: string) =>
  /(http:\/\/localhost:3000\S+)/.exec(body)![1]!.replace("http://localhost:3000", "");

describe("sign-up, email verification and sign-in", () => {
  it("creates an unverified account, emails a link, and signs in only after the link is opened", async () => {
    const c = client();
    const res = await c.post("/en/account/sign-up", {
      displayName: "Ana Demo",
      email: "Ana@Example.org",
      password: "a long enough passphrase",
      role: "patient",
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("Check your email");
    const mail = await lastEmailTo("ana@example.org");
    expect(mail?.subject).toBe("Confirm your email address for Candor");

    const early = await c.post("/en/account/sign-in", {
      email: "ana@example.org",
      password: "a long enough passphrase",
    });
    expect(early.statusCode).toBe(401);
    expect(early.body).toContain("Please confirm your email address first");

    expect((await c.get(linkIn(mail!.body))).body).toContain("Your email address is confirmed");
    expect((await c.get(linkIn(mail!.body))).body).toContain("expired or was already used");

    const ok = await c.post("/en/account/sign-in", {
      email: "ana@example.org",
      password: "a long enough passphrase",
      next: "/en/account",
    });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe("/en/account");
    const home = await c.get("/en/account");
    expect(home.body).toContain("Signed in as ana@example.org");
    expect(home.body).toContain("Your account");

    await c.post("/en/account/sign-out", {});
    expect((await c.get("/en/account")).statusCode).toBe(303);
  });

  it("keeps what was typed and explains each mistake, in Spanish too", async () => {
    const c = client();
    const res = await c.post("/es/account/sign-up", {
      displayName: "",
      email: "not-an-email",
      password: "short",
      role: "patient",
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("Escriba un correo como nombre@ejemplo.com.");
    expect(res.body).toContain("La contraseña necesita al menos 12 caracteres");
    expect(res.body).toContain('value="not-an-email"');
    expect(res.body).not.toContain('value="short"');
  });

  it("answers a sign-up for a taken address like any other, and tells the owner by email", async () => {
    const c = client();
    await c.post("/en/account/sign-up", {
      displayName: "X",
      email: "taken@example.org",
      password: "a long enough passphrase",
      role: "patient",
    });
    const again = await c.post("/en/account/sign-up", {
      displayName: "Y",
      email: "taken@example.org",
      password: "another long passphrase",
      role: "clinic_staff",
    });
    expect(again.statusCode).toBe(200);
    expect(again.body).toContain("Check your email");
    expect((await lastEmailTo("taken@example.org"))?.subject).toContain("tried to create a Candor account");
  });

  it("refuses a form without its CSRF token and stores nothing", async () => {
    const c = client();
    const before = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from users`);
    const res = await c.post(
      "/en/account/sign-up",
      { displayName: "Z", email: "csrf@example.org", password: "a long enough passphrase", role: "patient" },
      { withCsrf: false },
    );
    expect(res.statusCode).toBe(403);
    const after = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from users`);
    expect(after[0]!.n).toBe(before[0]!.n);
  });
});

describe("lock-out and password reset", () => {
  it("pauses an account after repeated wrong passwords, and a reset link restores it", async () => {
    await createUser(t.database.db, SYSTEM, {
      email: "lock@example.org",
      role: "reviewer",
      password: "the right passphrase",
    });
    const c = client();
    for (let i = 0; i < FAILURES_BEFORE_LOCK; i++) {
      expect(
        (await c.post("/en/account/sign-in", { email: "lock@example.org", password: "wrong passphrase!" }))
          .statusCode,
      ).toBe(401);
    }
    const locked = await c.post("/en/account/sign-in", {
      email: "lock@example.org",
      password: "the right passphrase",
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.body).toContain("Too many wrong passwords");

    const sent = await c.post("/en/account/reset", { email: "lock@example.org" });
    expect(sent.body).toContain("we have sent it a link");
    const link = linkIn((await lastEmailTo("lock@example.org"))!.body);
    const form = await c.get(link);
    expect(form.statusCode).toBe(200);
    const token = new URL(`http://x${link}`).searchParams.get("token")!;
    const saved = await c.post("/en/account/password", { token, password: "a brand new passphrase" });
    expect(saved.body).toContain("Your password is saved");
    expect(
      (await c.post("/en/account/sign-in", { email: "lock@example.org", password: "a brand new passphrase" }))
        .statusCode,
    ).toBe(303);

    const actions = await queryRows<{ action: string }>(
      t.database.db,
      sql`select a.action from audit_events a join users u on u.id::text = a.subject_id where u.email = 'lock@example.org' order by a.id`,
    );
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        "account.created",
        "account.sign_in_failed",
        "account.password_set_via_reset_password",
        "account.sign_in",
      ]),
    );
  });

  it("says the same thing for an unknown address and sends nothing", async () => {
    const c = client();
    const res = await c.post("/en/account/reset", { email: "nobody@example.org" });
    expect(res.body).toContain("If an account uses nobody@example.org");
    expect(await lastEmailTo("nobody@example.org")).toBeUndefined();
  });
});

describe("administration", () => {
  it("lets an administrator invite clinic staff, and hides admin pages from everyone else (404)", async () => {
    await createUser(t.database.db, SYSTEM, {
      email: "admin@example.org",
      role: "admin",
      password: "admin passphrase 123",
    });
    await createUser(t.database.db, SYSTEM, {
      email: "patient@example.org",
      role: "patient",
      password: "patient passphrase 1",
    });
    const admin = client();
    await admin.post("/en/account/sign-in", { email: "admin@example.org", password: "admin passphrase 123" });
    const [facility] = await queryRows<{ id: string }>(
      t.database.db,
      sql`select id from facilities order by slug limit 1`,
    );
    const invited = await admin.post("/en/admin/users", {
      email: "staff@example.org",
      role: "clinic_staff",
      facilityId: facility!.id,
    });
    expect(invited.statusCode).toBe(303);
    expect((await admin.get(invited.headers.location as string)).body).toContain(
      "Invitation sent to staff@example.org",
    );
    const missingFacility = await admin.post("/en/admin/users", {
      email: "staff2@example.org",
      role: "clinic_staff",
      facilityId: "",
    });
    expect(missingFacility.statusCode).toBe(400);
    expect(missingFacility.body).toContain("Choose a facility for clinic staff.");
    expect((await admin.get("/en/admin/outbox")).body).toContain("You are invited to Candor");

    const patient = client();
    await patient.post("/en/account/sign-in", {
      email: "patient@example.org",
      password: "patient passphrase 1",
    });
    for (const url of ["/en/admin/users", "/en/admin/outbox", "/en/admin/audit"])
      expect((await patient.get(url)).statusCode, url).toBe(404);
    expect((await client().get("/en/admin/outbox")).statusCode).toBe(303);

    const staffLink = linkIn((await lastEmailTo("staff@example.org"))!.body);
    const staff = client();
    const token = new URL(`http://x${staffLink}`).searchParams.get("token")!;
    await staff.post("/en/account/password", { token, password: "staff passphrase 12" });
    expect(
      (
        await staff.post("/en/account/sign-in", {
          email: "staff@example.org",
          password: "staff passphrase 12",
        })
      ).statusCode,
    ).toBe(303);
    const [membership] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from memberships m join users u on u.id = m.user_id where u.email = 'staff@example.org'`,
    );
    expect(membership!.n).toBe(1);
  });

  it("lets an administrator update dated exchange rates, which estimates then use", async () => {
    const admin = client();
    await admin.post("/en/account/sign-in", { email: "admin@example.org", password: "admin passphrase 123" });
    const bad = await admin.post("/es/admin/rates", { MXN: "-3", asOf: "2026-11-20" });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain("Escriba el tipo de cambio de MXN");
    expect((await admin.post("/en/admin/rates", { MXN: "20.5", asOf: "2026-11-24" })).statusCode).toBe(303);
    const [programme] = await queryRows<{ slug: string; price_currency: string }>(
      t.database.db,
      sql`select slug, price_currency from programmes where price_currency = 'USD' limit 1`,
    );
    const estimate = (
      await t.app.inject({ method: "GET", url: `/api/v1/estimate?p=${programme!.slug}&currency=MXN` })
    ).json();
    expect(estimate.ratesAsOf).toBe("2026-11-24");
    const usd = (
      await t.app.inject({ method: "GET", url: `/api/v1/estimate?p=${programme!.slug}&currency=USD` })
    ).json();
    const line = (e: { lines: Array<{ item: string; low: number }> }) =>
      e.lines.find((l) => l.item === "programme")!.low;
    expect(line(estimate)).toBe(Math.floor((line(usd) * 205) / 10));
  });

  it("keeps the audit log append-only", async () => {
    const refusal = async (statement: ReturnType<typeof sql>) => {
      try {
        await t.database.db.execute(statement);
        return "allowed";
      } catch (error) {
        return String((error as Error & { cause?: Error }).cause?.message ?? (error as Error).message);
      }
    };
    expect(await refusal(sql`update audit_events set action = 'x'`)).toMatch(/append-only/);
    expect(await refusal(sql`delete from audit_events`)).toMatch(/append-only/);
  });
});

describe("email delivery", () => {
  it("delivers the outbox over SMTP to a real server and marks each email sent", async () => {
    const received: string[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, _session, callback) {
        let data = "";
        stream.on("data", (chunk) => (data += chunk));
        stream.on("end", () => {
          received.push(data);
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.server.address() as { port: number };
    try {
      const pending = await queryRows<{ n: number }>(
        t.database.db,
        sql`select count(*)::int as n from email_outbox where sent_at is null`,
      );
      const sent = await deliverPending(
        t.database.db,
        smtpMailer({ url: `smtp://127.0.0.1:${port}`, from: "Candor <no-reply@candor.example>" }),
        100,
      );
      expect(sent).toBe(pending[0]!.n);
      expect(received.length).toBe(sent);
      expect(received.join("\n")).toContain("Subject: Confirm your email address for Candor");
      const left = await queryRows<{ n: number }>(
        t.database.db,
        sql`select count(*)::int as n from email_outbox where sent_at is null`,
      );
      expect(left[0]!.n).toBe(0);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
