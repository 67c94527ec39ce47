import { randomUUID } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { can } from "../../authz/policy.js";
import type { Locale } from "../../shared/domain.js";
import { AppError, type FieldIssue, notFound } from "../../shared/errors.js";
import { href, html, pageContext } from "../../shared/page.js";
import { renderPage } from "../../shared/views/layout.js";
import { MessagePage } from "../accounts/views/account-pages.js";
import * as repo from "./consultations.repo.js";
import { MAX_PROGRAMMES, MessageSchema, parseConsultForm, RequestSchema } from "./consultations.schemas.js";
import * as service from "./consultations.service.js";
import { InboxPage, InboxRequestPage, PatientStatusPage, RequestFormPage } from "./views/pages.js";

/** Per address: enough for a family, too few for a flood. */
const SUBMIT_LIMIT = { max: 10, timeWindow: "10 minutes" };

function validationIssues(error: unknown): FieldIssue[] {
  if (error instanceof AppError && error.code === "VALIDATION") return error.issues;
  if (error instanceof AppError && error.code === "RATE_LIMITED")
    return [{ field: "email", messageKey: error.messageKey }];
  throw error;
}

export async function consultationRoutes(app: FastifyInstance, opts: { locale: Locale }) {
  const { locale } = opts;
  const db = app.database.db;
  const deps = { keyring: app.config.recordsKeys, publicUrl: app.config.publicUrl };
  const ctxOf = (request: FastifyRequest) => pageContext(request, locale, app.config);

  async function form(
    request: FastifyRequest,
    reply: FastifyReply,
    slugs: string[],
    values: Record<string, string>,
    issues: FieldIssue[],
    key?: string,
  ) {
    const chosen = await repo.programmesForRequest(db, slugs.slice(0, MAX_PROGRAMMES));
    return html(
      reply,
      renderPage(
        RequestFormPage({
          ctx: ctxOf(request),
          csrfToken: reply.generateCsrf(),
          idempotencyKey: key ?? randomUUID(),
          chosen,
          values,
          issues,
        }),
      ),
    );
  }

  app.get("/consultations/new", async (request, reply) => {
    const p = (request.query as Record<string, unknown>)?.p;
    const slugs = [p]
      .flat()
      .filter((s): s is string => typeof s === "string" && /^[a-z0-9-]{1,120}$/.test(s));
    return form(
      request,
      reply,
      slugs,
      {},
      slugs.length
        ? []
        : [
            {
              field: "programmes",
              messageKey: "consult.invalid.programmes",
              params: { max: MAX_PROGRAMMES },
            },
          ],
    );
  });

  app.post(
    "/consultations",
    { config: { rateLimit: SUBMIT_LIMIT }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const fields: Record<string, string | string[]> = {};
      const records: service.RecordUpload[] = [];
      const add = (k: string, v: string) => {
        const prev = fields[k];
        fields[k] = prev === undefined ? v : [prev].flat().concat(v);
      };
      try {
        if (!request.isMultipart())
          throw new AppError("VALIDATION", "consult.invalid.title", {
            issues: [{ field: "idempotencyKey", messageKey: "consult.invalid.form" }],
          });
        for await (const part of request.parts({
          limits: { files: 5, fileSize: 10 * 1024 * 1024, fields: 40, fieldSize: 4000, parts: 50 },
        })) {
          if (part.type === "field") add(part.fieldname, String(part.value).slice(0, 4000));
          else if (part.type === "file" && part.filename) {
            const bytes = await part.toBuffer().catch(() => null);
            records.push({
              fileName: part.filename,
              bytes: bytes ?? Buffer.alloc(0),
              truncated: bytes === null || part.file.truncated,
            });
          } else if (part.type === "file") await part.toBuffer();
        }
        const input = parseConsultForm(RequestSchema, fields);
        const result = await service.submitRequest(db, request.actor, input, records, locale, deps);
        const [row] = await db.query.consultationRequests.findMany({
          where: (r, { eq }) => eq(r.id, result.id),
          limit: 1,
        });
        const t = ctxOf(request).i18n.t;
        const message =
          row?.status === "submitted" ? t("consult.sent") : t("consult.checkEmail", { email: input.email });
        reply.code(result.repeated ? 200 : 201);
        return html(
          reply,
          renderPage(MessagePage({ ctx: ctxOf(request), title: t("consult.title"), message })),
        );
      } catch (error) {
        const code = (error as { code?: string }).code ?? "";
        const issues =
          code === "FST_REQ_FILE_TOO_LARGE" || code === "FST_FILES_LIMIT"
            ? [{ field: "records", messageKey: "portal.upload.tooLarge" }]
            : code.startsWith("FST_")
              ? [{ field: "idempotencyKey", messageKey: "consult.invalid.form" }]
              : validationIssues(error);
        reply.code(400);
        const values = Object.fromEntries(
          Object.entries(fields).filter(([, v]) => typeof v === "string"),
        ) as Record<string, string>;
        const slugs = [fields.programmes ?? []].flat();
        return form(
          request,
          reply,
          slugs,
          values,
          issues,
          typeof fields.idempotencyKey === "string" ? fields.idempotencyKey : undefined,
        );
      }
    },
  );

  async function patientPage(request: FastifyRequest, reply: FastifyReply, token: string) {
    const id = String((request.params as { id: string }).id);
    const view = await service.openAsPatient(db, id, token, deps);
    return html(
      reply,
      renderPage(
        PatientStatusPage({
          ctx: ctxOf(request),
          csrfToken: reply.generateCsrf(),
          requestId: id,
          token,
          confirmedNow: view.confirmedNow,
          recipients: view.recipients,
          threads: view.threads,
        }),
      ),
    );
  }

  app.get("/consultations/:id", async (request, reply) => {
    const token = (request.query as Record<string, unknown>)?.token;
    if (typeof token !== "string" || token.length > 100) throw notFound();
    // The private link is a credential: do not let it leak through the Referer header.
    reply.header("referrer-policy", "no-referrer");
    return patientPage(request, reply, token);
  });

  app.post(
    "/consultations/:id/messages",
    { config: { rateLimit: SUBMIT_LIMIT }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const token = typeof body.token === "string" ? body.token.slice(0, 100) : "";
      const facilityId = typeof body.facilityId === "string" ? body.facilityId : "";
      const id = String((request.params as { id: string }).id);
      const message = parseConsultForm(MessageSchema, { body: body.body, proposedTimes: "" });
      await service.postMessage(db, { kind: "patient", token }, id, facilityId, message, deps);
      return reply.redirect(
        `${href(locale, `/consultations/${id}`)}?token=${encodeURIComponent(token)}`,
        303,
      );
    },
  );

  app.get("/consultations/:id/export", async (request, reply) => {
    const token = (request.query as Record<string, unknown>)?.token;
    if (typeof token !== "string" || token.length > 100) throw notFound();
    const id = String((request.params as { id: string }).id);
    const data = await service.exportRequest(db, id, token, deps.keyring);
    return reply
      .header("content-type", "application/json; charset=utf-8")
      .header("content-disposition", `attachment; filename="candor-request-${id.slice(0, 8)}.json"`)
      .header("cache-control", "private, no-store")
      .header("referrer-policy", "no-referrer")
      .send(JSON.stringify(data, null, 2));
  });

  app.post("/consultations/:id/close", { preHandler: app.csrfProtection }, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const token = typeof body.token === "string" ? body.token.slice(0, 100) : "";
    const id = String((request.params as { id: string }).id);
    await service.closeRequest(db, id, token, deps);
    return reply.redirect(`${href(locale, `/consultations/${id}`)}?token=${encodeURIComponent(token)}`, 303);
  });

  app.post("/consultations/:id/delete", { preHandler: app.csrfProtection }, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const token = typeof body.token === "string" ? body.token.slice(0, 100) : "";
    await service.deleteRequest(db, String((request.params as { id: string }).id), token);
    const t = ctxOf(request).i18n.t;
    return html(
      reply,
      renderPage(
        MessagePage({ ctx: ctxOf(request), title: t("consult.deletedTitle"), message: t("consult.deleted") }),
      ),
    );
  });

  const staffGate = (request: FastifyRequest, reply: FastifyReply) => {
    if (request.actor.kind !== "user") {
      reply.redirect(
        `${href(locale, "/account/sign-in")}?next=${encodeURIComponent(request.url.split("?")[0]!)}`,
        303,
      );
      return false;
    }
    if (!can(request.actor, "inbox:read")) throw notFound();
    return true;
  };
  const params = (request: FastifyRequest) =>
    request.params as { requestId: string; facilityId: string; recordId?: string };

  app.get("/portal/inbox", async (request, reply) => {
    if (!staffGate(request, reply)) return reply;
    return html(
      reply,
      renderPage(InboxPage({ ctx: ctxOf(request), rows: await service.inbox(db, request.actor) })),
    );
  });

  async function requestPage(request: FastifyRequest, reply: FastifyReply, issues: FieldIssue[]) {
    const { requestId, facilityId } = params(request);
    const view = await service.readRequest(db, request.actor, requestId, facilityId, deps);
    reply.header("cache-control", "private, no-store");
    return html(
      reply,
      renderPage(
        InboxRequestPage({
          ctx: ctxOf(request),
          csrfToken: reply.generateCsrf(),
          requestId,
          facilityId,
          profile: view.profile as Record<string, string | undefined>,
          records: view.records,
          messages: view.messages,
          issues,
        }),
      ),
    );
  }

  app.get("/portal/inbox/:requestId/:facilityId", async (request, reply) => {
    if (!staffGate(request, reply)) return reply;
    return requestPage(request, reply, []);
  });

  app.get("/portal/inbox/:requestId/:facilityId/records/:recordId", async (request, reply) => {
    if (!staffGate(request, reply)) return reply;
    const { requestId, facilityId, recordId } = params(request);
    const record = await service.readRecord(
      db,
      request.actor,
      requestId,
      facilityId,
      recordId ?? "",
      deps.keyring,
    );
    return reply
      .header("content-type", record.contentType)
      .header(
        "content-disposition",
        `attachment; filename="record-${(recordId ?? "").slice(0, 8)}.${record.contentType === "application/pdf" ? "pdf" : record.contentType === "image/png" ? "png" : "jpg"}"`,
      )
      .header("x-content-type-options", "nosniff")
      .header("cache-control", "private, no-store")
      .send(record.bytes);
  });

  app.post(
    "/portal/inbox/:requestId/:facilityId/messages",
    { preHandler: app.csrfProtection },
    async (request, reply) => {
      if (!staffGate(request, reply)) return reply;
      const { requestId, facilityId } = params(request);
      try {
        const message = parseConsultForm(MessageSchema, request.body);
        await service.postMessage(
          db,
          { kind: "facility", actor: request.actor },
          requestId,
          facilityId,
          message,
          deps,
        );
        return reply.redirect(href(locale, `/portal/inbox/${requestId}/${facilityId}`), 303);
      } catch (error) {
        const issues = validationIssues(error);
        reply.code(400);
        return requestPage(request, reply, issues);
      }
    },
  );
}
