import type { FastifyInstance, FastifyRequest } from "fastify";
import { can } from "../../authz/policy.js";
import { clearSessionCookie, setSessionCookie } from "../../plugins/session.js";
import type { Locale } from "../../shared/domain.js";
import { AppError, type FieldIssue } from "../../shared/errors.js";
import { href, html, pageContext } from "../../shared/page.js";
import { renderPage } from "../../shared/views/layout.js";
import {
  parseForm,
  ResetRequestSchema,
  SetPasswordSchema,
  SignInSchema,
  SignUpSchema,
} from "./accounts.schemas.js";
import * as service from "./accounts.service.js";
import {
  AccountHomePage,
  MessagePage,
  ResetRequestPage,
  SetPasswordPage,
  SignInPage,
  SignUpPage,
} from "./views/account-pages.js";

/** Sign-in, sign-up and reset are brute-force targets: a few tries a minute per address is plenty for a person. */
const AUTH_RATE_LIMIT = { max: 10, timeWindow: "1 minute" };

function formBody(request: FastifyRequest): Record<string, string> {
  const body = (request.body ?? {}) as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body))
    if (typeof v === "string" && k !== "password" && k !== "_csrf") out[k] = v.slice(0, 300);
  return out;
}

/** Only same-site paths in this locale are followed after sign-in, never another origin. */
function safeNext(locale: Locale, next: unknown): string {
  return typeof next === "string" &&
    new RegExp(`^/${locale}/[a-z0-9/_?=&.-]*$`, "i").test(next) &&
    !next.startsWith("//")
    ? next
    : `/${locale}/account`;
}

function issuesOf(error: unknown): { issues: FieldIssue[]; message: string | null; status: number } {
  if (!(error instanceof AppError) || error.status >= 500) throw error;
  return {
    issues: error.issues,
    message: error.issues.length ? null : error.messageKey,
    status: error.status,
  };
}

export async function accountRoutes(app: FastifyInstance, opts: { locale: Locale }) {
  const { locale } = opts;
  const db = app.database.db;
  const links = { publicUrl: app.config.publicUrl };
  const secure = app.config.trustProxy;
  const ctxOf = (request: FastifyRequest) => pageContext(request, locale, app.config);
  const protect = { config: { rateLimit: AUTH_RATE_LIMIT }, preHandler: app.csrfProtection };

  app.get("/account/sign-up", async (request, reply) =>
    html(
      reply,
      renderPage(
        SignUpPage({ ctx: ctxOf(request), csrfToken: reply.generateCsrf(), issues: [], values: {} }),
      ),
    ),
  );

  app.post("/account/sign-up", protect, async (request, reply) => {
    const ctx = ctxOf(request);
    try {
      const input = parseForm(SignUpSchema, request.body);
      await service.signUp(db, { ...input, locale }, app.clock.now(), links);
      return html(
        reply,
        renderPage(
          MessagePage({
            ctx,
            title: ctx.i18n.t("account.checkEmailTitle"),
            message: ctx.i18n.t("account.checkEmail", { email: input.email }),
          }),
        ),
      );
    } catch (error) {
      const { issues, message, status } = issuesOf(error);
      reply.code(status);
      return html(
        reply,
        renderPage(
          SignUpPage({
            ctx,
            csrfToken: reply.generateCsrf(),
            issues,
            values: formBody(request),
            message: message && ctx.i18n.t(message as never),
          }),
        ),
      );
    }
  });

  app.get("/account/sign-in", async (request, reply) => {
    const next = safeNext(locale, (request.query as Record<string, unknown>)?.next);
    return html(
      reply,
      renderPage(
        SignInPage({ ctx: ctxOf(request), csrfToken: reply.generateCsrf(), issues: [], values: {}, next }),
      ),
    );
  });

  app.post("/account/sign-in", protect, async (request, reply) => {
    const ctx = ctxOf(request);
    const next = safeNext(locale, (request.body as Record<string, unknown>)?.next);
    try {
      const input = parseForm(SignInSchema, request.body);
      const { token } = await service.signIn(db, input, app.clock.now());
      setSessionCookie(reply, token, secure, service.SESSION_DAYS * 86_400);
      return reply.redirect(next, 303);
    } catch (error) {
      const { issues, message, status } = issuesOf(error);
      reply.code(status);
      return html(
        reply,
        renderPage(
          SignInPage({
            ctx,
            csrfToken: reply.generateCsrf(),
            issues,
            values: formBody(request),
            next,
            message: message && ctx.i18n.t(message as never),
          }),
        ),
      );
    }
  });

  app.post("/account/sign-out", { preHandler: app.csrfProtection }, async (request, reply) => {
    if (request.sessionToken) await service.signOut(db, request.actor, request.sessionToken);
    clearSessionCookie(reply);
    return reply.redirect(`/${locale}`, 303);
  });

  app.get("/account/verify", async (request, reply) => {
    const ctx = ctxOf(request);
    const { t } = ctx.i18n;
    const token = (request.query as Record<string, unknown>)?.token;
    try {
      if (typeof token !== "string" || token.length < 20 || token.length > 100)
        throw new AppError("BAD_REQUEST", "account.linkInvalid");
      await service.verifyEmail(db, token, app.clock.now());
      return html(
        reply,
        renderPage(
          MessagePage({
            ctx,
            title: t("account.verifiedTitle"),
            message: t("account.verified"),
            link: { href: href(locale, "/account/sign-in"), text: t("account.signInSubmit") },
          }),
        ),
      );
    } catch (error) {
      const { status } = issuesOf(error);
      reply.code(status);
      return html(
        reply,
        renderPage(
          MessagePage({
            ctx,
            title: t("account.verifiedTitle"),
            message: t("account.linkInvalid"),
            link: { href: href(locale, "/account/reset"), text: t("account.resetSubmit") },
          }),
        ),
      );
    }
  });

  app.get("/account/reset", async (request, reply) =>
    html(
      reply,
      renderPage(
        ResetRequestPage({ ctx: ctxOf(request), csrfToken: reply.generateCsrf(), issues: [], values: {} }),
      ),
    ),
  );

  app.post("/account/reset", protect, async (request, reply) => {
    const ctx = ctxOf(request);
    try {
      const { email } = parseForm(ResetRequestSchema, request.body);
      await service.requestPasswordReset(db, email, locale, app.clock.now(), links);
      return html(
        reply,
        renderPage(
          MessagePage({
            ctx,
            title: ctx.i18n.t("account.checkEmailTitle"),
            message: ctx.i18n.t("account.resetSent", { email }),
          }),
        ),
      );
    } catch (error) {
      const { issues, status } = issuesOf(error);
      reply.code(status);
      return html(
        reply,
        renderPage(
          ResetRequestPage({ ctx, csrfToken: reply.generateCsrf(), issues, values: formBody(request) }),
        ),
      );
    }
  });

  app.get("/account/password", async (request, reply) => {
    const ctx = ctxOf(request);
    const token = (request.query as Record<string, unknown>)?.token;
    if (
      typeof token !== "string" ||
      token.length > 100 ||
      !(await service.tokenIsLive(db, token, app.clock.now()))
    ) {
      reply.code(400);
      return html(
        reply,
        renderPage(
          MessagePage({
            ctx,
            title: ctx.i18n.t("account.setPasswordTitle"),
            message: ctx.i18n.t("account.linkInvalid"),
            link: { href: href(locale, "/account/reset"), text: ctx.i18n.t("account.resetSubmit") },
          }),
        ),
      );
    }
    return html(
      reply,
      renderPage(SetPasswordPage({ ctx, csrfToken: reply.generateCsrf(), issues: [], values: {}, token })),
    );
  });

  app.post("/account/password", protect, async (request, reply) => {
    const ctx = ctxOf(request);
    const { t } = ctx.i18n;
    const token = String((request.body as Record<string, unknown>)?.token ?? "").slice(0, 100);
    try {
      const input = parseForm(SetPasswordSchema, request.body);
      await service.setPasswordWithToken(db, input.token, input.password, app.clock.now());
      return html(
        reply,
        renderPage(
          MessagePage({
            ctx,
            title: t("account.setPasswordTitle"),
            message: t("account.passwordSet"),
            link: { href: href(locale, "/account/sign-in"), text: t("account.signInSubmit") },
          }),
        ),
      );
    } catch (error) {
      const { issues, message, status } = issuesOf(error);
      reply.code(status);
      return html(
        reply,
        renderPage(
          SetPasswordPage({
            ctx,
            csrfToken: reply.generateCsrf(),
            issues,
            values: {},
            token,
            message: message && t(message as never),
          }),
        ),
      );
    }
  });

  app.get("/account", async (request, reply) => {
    const ctx = ctxOf(request);
    if (!can(request.actor, "account:view"))
      return reply.redirect(
        `${href(locale, "/account/sign-in")}?next=${encodeURIComponent(`/${locale}/account`)}`,
        303,
      );
    const { t } = ctx.i18n;
    const links = [
      ...(can(request.actor, "portal:use")
        ? [{ href: href(locale, "/portal"), text: t("portal.title") }]
        : []),
      ...(can(request.actor, "review:use")
        ? [{ href: href(locale, "/review"), text: t("review.title") }]
        : []),
      ...(can(request.actor, "users:list")
        ? [{ href: href(locale, "/admin/users"), text: t("admin.usersTitle") }]
        : []),
      ...(can(request.actor, "outbox:read")
        ? [{ href: href(locale, "/admin/outbox"), text: t("admin.outboxTitle") }]
        : []),
      ...(can(request.actor, "audit:read")
        ? [{ href: href(locale, "/admin/audit"), text: t("admin.auditTitle") }]
        : []),
    ];
    return html(reply, renderPage(AccountHomePage({ ctx, csrfToken: reply.generateCsrf(), links })));
  });
}
