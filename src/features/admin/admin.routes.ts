import { asc } from "drizzle-orm";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { assertCan, type Permission } from "../../authz/policy.js";
import { facilities } from "../../db/schema.js";
import { isoDay } from "../../shared/clock.js";
import type { Locale } from "../../shared/domain.js";
import { AppError, type FieldIssue } from "../../shared/errors.js";
import { href, html, pageContext } from "../../shared/page.js";
import { renderPage } from "../../shared/views/layout.js";
import { InviteSchema, parseForm } from "../accounts/accounts.schemas.js";
import * as accounts from "../accounts/accounts.service.js";
import { recentEvents } from "../audit/audit.repo.js";
import { parseRateMicros } from "../costs/money.js";
import { currentRates, type RateChange, setRates } from "../costs/rates.service.js";
import { listOutbox } from "../email/outbox.js";
import { AuditPage, OutboxPage, RatesPage, UsersPage } from "./views/admin-pages.js";

/** Administration pages: anonymous visitors are sent to sign in; signed-in people without the role get 404. */
export async function adminRoutes(app: FastifyInstance, opts: { locale: Locale }) {
  const { locale } = opts;
  const db = app.database.db;

  function gate(request: FastifyRequest, reply: FastifyReply, permission: Permission): boolean {
    if (request.actor.kind !== "user") {
      reply.redirect(
        `${href(locale, "/account/sign-in")}?next=${encodeURIComponent(request.url.split("?")[0]!)}`,
        303,
      );
      return false;
    }
    assertCan(request.actor, permission);
    return true;
  }

  const facilityChoices = () =>
    db.select({ id: facilities.id, name: facilities.name }).from(facilities).orderBy(asc(facilities.name));

  app.get("/admin/users", async (request, reply) => {
    if (!gate(request, reply, "users:list")) return reply;
    const invited = (request.query as Record<string, unknown>)?.invited;
    return html(
      reply,
      renderPage(
        UsersPage({
          ctx: pageContext(request, locale, app.config),
          csrfToken: reply.generateCsrf(),
          users: await accounts.listUsers(db, request.actor),
          facilities: await facilityChoices(),
          issues: [],
          values: {},
          invited: typeof invited === "string" ? invited.slice(0, 254) : null,
        }),
      ),
    );
  });

  app.post("/admin/users", { preHandler: app.csrfProtection }, async (request, reply) => {
    if (!gate(request, reply, "users:invite")) return reply;
    try {
      const input = parseForm(InviteSchema, request.body);
      if (input.role === "clinic_staff" && !input.facilityId) {
        throw new AppError("VALIDATION", "account.invalid.title", {
          issues: [{ field: "facilityId", messageKey: "account.invalid.facility" }],
        });
      }
      await accounts.inviteUser(
        db,
        request.actor,
        { email: input.email, role: input.role, facilityId: input.facilityId ?? null, locale },
        app.clock.now(),
        {
          publicUrl: app.config.publicUrl,
        },
      );
      return reply.redirect(
        `${href(locale, "/admin/users")}?invited=${encodeURIComponent(input.email)}`,
        303,
      );
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500 || error.code === "NOT_FOUND") throw error;
      reply.code(error.status);
      const body = (request.body ?? {}) as Record<string, unknown>;
      const values = Object.fromEntries(
        ["email", "role", "facilityId"].map((k) => [
          k,
          typeof body[k] === "string" ? (body[k] as string).slice(0, 254) : "",
        ]),
      );
      return html(
        reply,
        renderPage(
          UsersPage({
            ctx: pageContext(request, locale, app.config),
            csrfToken: reply.generateCsrf(),
            users: await accounts.listUsers(db, request.actor),
            facilities: await facilityChoices(),
            issues: error.issues.length ? error.issues : [{ field: "email", messageKey: error.messageKey }],
            values,
            invited: null,
          }),
        ),
      );
    }
  });

  app.get("/admin/outbox", async (request, reply) => {
    if (!gate(request, reply, "outbox:read")) return reply;
    return html(
      reply,
      renderPage(OutboxPage({ ctx: pageContext(request, locale, app.config), emails: await listOutbox(db) })),
    );
  });

  app.get("/admin/rates", async (request, reply) => {
    if (!gate(request, reply, "rates:set")) return reply;
    const saved = Boolean((request.query as Record<string, unknown>)?.saved);
    return html(
      reply,
      renderPage(
        RatesPage({
          ctx: pageContext(request, locale, app.config),
          csrfToken: reply.generateCsrf(),
          rates: await currentRates(db),
          issues: [],
          values: {},
          saved,
          today: isoDay(app.clock.now()),
        }),
      ),
    );
  });

  app.post("/admin/rates", { preHandler: app.csrfProtection }, async (request, reply) => {
    if (!gate(request, reply, "rates:set")) return reply;
    const body = (request.body ?? {}) as Record<string, unknown>;
    const values = Object.fromEntries(
      ["MXN", "CAD", "EUR", "asOf"].map((k) => [
        k,
        typeof body[k] === "string" ? (body[k] as string).slice(0, 20) : "",
      ]),
    );
    const today = isoDay(app.clock.now());
    const issues: FieldIssue[] = [];
    const changes: RateChange[] = [];
    for (const quote of ["MXN", "CAD", "EUR"] as const) {
      if (!values[quote]) continue;
      const micros = parseRateMicros(values[quote]!);
      if (micros === null || micros > 100_000 * 1_000_000)
        issues.push({ field: quote, messageKey: "admin.ratesInvalid", params: { currency: quote } });
      else changes.push({ quote, rateMicros: micros });
    }
    const asOf = values.asOf || today;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf)) || asOf > today)
      issues.push({ field: "asOf", messageKey: "admin.ratesInvalidDate" });
    if (!changes.length && !issues.length) issues.push({ field: "MXN", messageKey: "admin.ratesNone" });
    if (issues.length) {
      reply.code(400);
      return html(
        reply,
        renderPage(
          RatesPage({
            ctx: pageContext(request, locale, app.config),
            csrfToken: reply.generateCsrf(),
            rates: await currentRates(db),
            issues,
            values,
            saved: false,
            today,
          }),
        ),
      );
    }
    await setRates(db, request.actor, changes, asOf);
    return reply.redirect(`${href(locale, "/admin/rates")}?saved=1`, 303);
  });

  app.get("/admin/audit", async (request, reply) => {
    if (!gate(request, reply, "audit:read")) return reply;
    return html(
      reply,
      renderPage(
        AuditPage({ ctx: pageContext(request, locale, app.config), events: await recentEvents(db) }),
      ),
    );
  });
}
