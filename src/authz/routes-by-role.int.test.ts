import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/helpers/app.js";
import { queryRows, sql } from "../db/client.js";
import { addMembership } from "../features/accounts/accounts.repo.js";
import { createUser } from "../features/accounts/accounts.service.js";
import { SYSTEM } from "./actor.js";

/**
 * Walks every registered route for every role and checks the answer and that nothing changed. A new route
 * must be added to EXPECTED, or this test fails: nothing is public by accident.
 */
const ROLES = ["anonymous", "patient", "staffHere", "staffElsewhere", "reviewer", "admin"] as const;
type RoleName = (typeof ROLES)[number];
type Expect = number | Partial<Record<RoleName | "default", number>>;

const signedIn = (ok: number, anonymous = 303) => ({ default: ok, anonymous });
const adminOnly = { default: 404, anonymous: 303, admin: 200 };
/** Portal pages of one facility: its own staff and administrators; everyone else 404. */
const staffOfThisFacility = { default: 404, anonymous: 303, staffHere: 200, admin: 200 };
const reviewerOrAdmin = { default: 404, anonymous: 303, reviewer: 200, admin: 200 };

/** GET answers by route pattern (locale routes are listed without their /en or /es prefix). */
const EXPECTED_GET: Record<string, Expect> = {
  "/": 302,
  "/healthz": 200,
  "/assets/*": 404,
  "/{locale}": 200,
  "/{locale}/guide": 200,
  "/{locale}/api-docs": 200,
  "/{locale}/search": 200,
  "/{locale}/programmes/:slug": 200,
  "/{locale}/programmes/:slug/dossier": 200,
  "/{locale}/facilities/:slug": 200,
  "/{locale}/compare": 200,
  "/{locale}/check": 200,
  "/{locale}/estimate": 200,
  "/{locale}/account/sign-up": 200,
  "/{locale}/account/sign-in": 200,
  "/{locale}/account/verify": 400,
  "/{locale}/account/reset": 200,
  "/{locale}/account/password": 400,
  "/{locale}/account": signedIn(200),
  "/{locale}/admin/users": adminOnly,
  "/{locale}/admin/outbox": adminOnly,
  "/{locale}/admin/rates": adminOnly,
  "/{locale}/admin/audit": reviewerOrAdmin,
  "/{locale}/portal": { default: 404, anonymous: 303, staffHere: 200, staffElsewhere: 200, admin: 200 },
  "/{locale}/portal/facilities/:id": { default: 404, anonymous: 303, staffHere: 200, admin: 200 },
  "/{locale}/portal/facilities/:id/lots/new": { default: 404, anonymous: 303, staffHere: 200, admin: 200 },
  "/{locale}/portal/facilities/:id/clinicians/new": {
    default: 404,
    anonymous: 303,
    staffHere: 200,
    admin: 200,
  },
  "/{locale}/portal/facilities/:id/licences/new": {
    default: 404,
    anonymous: 303,
    staffHere: 200,
    admin: 200,
  },
  "/{locale}/portal/facilities/:id/programmes/new": staffOfThisFacility,
  "/{locale}/portal/facilities/:id/clinicians/:recordId/edit": staffOfThisFacility,
  "/{locale}/portal/facilities/:id/licences/:recordId/edit": staffOfThisFacility,
  "/{locale}/portal/facilities/:id/lots/:recordId/edit": staffOfThisFacility,
  "/{locale}/portal/facilities/:id/programmes/:recordId/edit": staffOfThisFacility,
  "/{locale}/consultations/new": 200,
  "/{locale}/consultations/:id": 404,
  "/{locale}/consultations/:id/export": 404,
  "/{locale}/portal/inbox": { default: 404, anonymous: 303, staffHere: 200, staffElsewhere: 200 },
  "/{locale}/portal/inbox/:requestId/:facilityId": { default: 404, anonymous: 303 },
  "/{locale}/portal/inbox/:requestId/:facilityId/records/:recordId": { default: 404, anonymous: 303 },
  "/{locale}/review": reviewerOrAdmin,
  "/{locale}/documents/:id": 404,
  "/{locale}/review/facilities/:id": reviewerOrAdmin,
  "/api/v1/openapi.json": 200,
  "/api/v1/programmes": 200,
  "/api/v1/programmes/:slug": 200,
  "/api/v1/facilities": 200,
  "/api/v1/facilities/:slug": 200,
  "/api/v1/estimate": 400,
};

/** Every POST without a CSRF token (forms) is refused before it can change anything; the JSON API validates. */
const EXPECTED_POST: Record<string, Expect> = {
  "/{locale}/check": 403,
  "/{locale}/account/sign-up": 403,
  "/{locale}/account/sign-in": 403,
  "/{locale}/account/sign-out": 403,
  "/{locale}/account/reset": 403,
  "/{locale}/account/password": 403,
  "/{locale}/admin/users": 403,
  "/{locale}/admin/rates": 403,
  "/{locale}/portal/facilities": 403,
  "/{locale}/portal/redflags": 403,
  "/{locale}/portal/facilities/:id": 403,
  "/{locale}/portal/facilities/:id/claims": 403,
  "/{locale}/portal/facilities/:id/submit": 403,
  "/{locale}/portal/facilities/:id/documents": 403,
  "/{locale}/portal/facilities/:id/lots": 403,
  "/{locale}/portal/facilities/:id/clinicians": 403,
  "/{locale}/portal/facilities/:id/licences": 403,
  "/{locale}/portal/facilities/:id/programmes": 403,
  "/{locale}/portal/facilities/:id/clinicians/:recordId": 403,
  "/{locale}/portal/facilities/:id/clinicians/:recordId/remove": 403,
  "/{locale}/portal/facilities/:id/licences/:recordId": 403,
  "/{locale}/portal/facilities/:id/licences/:recordId/remove": 403,
  "/{locale}/portal/facilities/:id/lots/:recordId": 403,
  "/{locale}/portal/facilities/:id/lots/:recordId/remove": 403,
  "/{locale}/portal/facilities/:id/programmes/:recordId": 403,
  "/{locale}/portal/facilities/:id/programmes/:recordId/remove": 403,
  "/{locale}/review/facilities/:id/decisions": 403,
  "/{locale}/review/documents/:id": 403,
  "/{locale}/consultations": 403,
  "/{locale}/consultations/:id/messages": 403,
  "/{locale}/consultations/:id/delete": 403,
  "/{locale}/consultations/:id/close": 403,
  "/{locale}/portal/inbox/:requestId/:facilityId/messages": 403,
  "/api/v1/redflags/scan": 400,
};

let t: TestApp;
const routes: Array<{ method: string; url: string }> = [];
const cookies = new Map<RoleName, string>();
let programmeSlug: string;
let facilitySlug: string;
let facilityId: string;
/** One record of each kind belonging to the facility whose staff is "staffHere". */
const recordIds = new Map<string, string>();

const patternOf = (url: string) => url.replace(/^\/(en|es)(?=\/|$)/, "/{locale}");

async function signIn(email: string) {
  const page = await t.app.inject({ method: "GET", url: "/en/account/sign-in" });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
  const jar = page.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const res = await t.app.inject({
    method: "POST",
    url: "/en/account/sign-in",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar },
    payload: new URLSearchParams({ _csrf: csrf, email, password: "role walk passphrase" }).toString(),
  });
  expect(res.statusCode, `sign in ${email}`).toBe(303);
  return res.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

async function counts() {
  const [row] = await queryRows<Record<string, number>>(
    t.database.db,
    sql`select (select count(*) from users)::int as users, (select count(*) from sessions)::int as sessions,
      (select count(*) from audit_events)::int as audit, (select count(*) from email_outbox)::int as outbox,
      (select count(*) from facilities)::int as facilities, (select count(*) from programmes)::int as programmes,
      (select count(*) from memberships)::int as memberships, (select count(*) from exchange_rates)::int as rates,
      (select count(*) from clinicians)::int as clinicians, (select count(*) from licences)::int as licences,
      (select count(*) from cell_lots)::int as lots, (select count(*) from price_history)::int as prices,
      (select count(*) from programme_routes)::int as routes, (select count(*) from price_items)::int as items,
      (select count(*) from standard_verifications where status = 'verified')::int as verified`,
  );
  return row;
}

beforeAll(async () => {
  t = await createTestApp({
    onRoute: (r) => {
      for (const method of [r.method].flat()) routes.push({ method, url: r.url });
    },
  });
  // The facility "staffHere" works for has a record of every kind, so each edit page is really opened.
  const facilitiesRows = await queryRows<{ id: string; slug: string }>(
    t.database.db,
    sql`select id, slug from facilities f where published
      order by (exists (select 1 from clinicians c where c.facility_id = f.id)
        and exists (select 1 from licences l where l.facility_id = f.id)
        and exists (select 1 from cell_lots x where x.facility_id = f.id)
        and exists (select 1 from programmes p where p.facility_id = f.id)) desc, slug limit 2`,
  );
  facilitySlug = facilitiesRows[0]!.slug;
  facilityId = facilitiesRows[0]!.id;
  for (const table of ["clinicians", "licences", "cell_lots", "programmes"]) {
    const [row] = await queryRows<{ id: string }>(
      t.database.db,
      sql`select id from ${sql.identifier(table)} where facility_id = ${facilityId} order by id limit 1`,
    );
    recordIds.set(table === "cell_lots" ? "lots" : table, row!.id);
  }
  programmeSlug = (
    await queryRows<{ slug: string }>(t.database.db, sql`select slug from programmes order by slug limit 1`)
  )[0]!.slug;
  const users: Array<[RoleName, "patient" | "clinic_staff" | "reviewer" | "admin", string | null]> = [
    ["patient", "patient", null],
    ["staffHere", "clinic_staff", facilitiesRows[0]!.id],
    ["staffElsewhere", "clinic_staff", facilitiesRows[1]!.id],
    ["reviewer", "reviewer", null],
    ["admin", "admin", null],
  ];
  for (const [name, role, facilityId] of users) {
    const user = await createUser(t.database.db, SYSTEM, {
      email: `${name.toLowerCase()}@roles.example`,
      role,
      password: "role walk passphrase",
    });
    if (facilityId) await addMembership(t.database.db, user.id, facilityId);
    cookies.set(name, await signIn(`${name.toLowerCase()}@roles.example`));
  }
  cookies.set("anonymous", "");
});
afterAll(() => t.close());

const concrete = (url: string) =>
  url
    .replace(":slug", url.includes("facilities") ? facilitySlug : programmeSlug)
    .replace(":id", facilityId)
    .replace(":requestId", "00000000-0000-4000-8000-000000000000")
    .replace(":facilityId", facilityId)
    .replace(
      ":recordId",
      recordIds.get(/facilities\/:id\/(\w+)\/:recordId/.exec(url)?.[1] ?? "") ??
        "00000000-0000-4000-8000-000000000001",
    )
    .replace("*", "app.css.missing");
const expected = (e: Expect, role: RoleName) => (typeof e === "number" ? e : (e[role] ?? e.default!));

describe("every route, every role", () => {
  it("knows every registered route", () => {
    const known = new Set([
      ...Object.keys(EXPECTED_GET).map((k) => `GET ${k}`),
      ...Object.keys(EXPECTED_POST).map((k) => `POST ${k}`),
    ]);
    const registered = routes
      .filter((r) => r.method === "GET" || r.method === "POST")
      .map((r) => `${r.method} ${patternOf(r.url)}`);
    expect(registered.filter((r) => !known.has(r))).toEqual([]);
    expect(registered.length).toBeGreaterThan(40);
  });

  for (const method of ["GET", "POST"] as const) {
    it(`answers each ${method} as the policy says and changes nothing`, async () => {
      const table = method === "GET" ? EXPECTED_GET : EXPECTED_POST;
      const urls = [...new Set(routes.filter((r) => r.method === method).map((r) => r.url))];
      for (const url of urls) {
        const e = table[patternOf(url)];
        if (e === undefined) continue; // reported by the test above
        for (const role of ROLES) {
          const before = await counts();
          const res = await t.app.inject({
            method,
            url: concrete(url),
            headers: {
              cookie: cookies.get(role)!,
              ...(method === "POST" ? { "content-type": "application/x-www-form-urlencoded" } : {}),
            },
            ...(method === "POST"
              ? { payload: "email=x%40example.org&password=whatever-long-enough&text=" }
              : {}),
          });
          // Rate limiting on the sign-in forms may refuse first (429); either way nothing may change.
          const status = method === "POST" && res.statusCode === 429 ? expected(e, role) : res.statusCode;
          expect(status, `${method} ${url} as ${role}`).toBe(expected(e, role));
          expect(await counts(), `${method} ${url} as ${role} changed data`).toEqual(before);
        }
      }
    });
  }
});
