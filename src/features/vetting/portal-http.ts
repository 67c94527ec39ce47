import type { FastifyReply, FastifyRequest } from "fastify";
import { can, type Permission } from "../../authz/policy.js";
import type { Locale } from "../../shared/domain.js";
import { AppError, type FieldIssue, notFound } from "../../shared/errors.js";
import { href, html, type PageContext } from "../../shared/page.js";
import { renderPage } from "../../shared/views/layout.js";
import { RecordFormPage } from "./views/record-form.js";

/**
 * The door to the portal and the console: anonymous visitors are sent to sign in and come back; a signed-in
 * user without the permission gets 404, as if the page did not exist.
 */
export function portalGate(locale: Locale) {
  return (request: FastifyRequest, reply: FastifyReply, permission: Permission): boolean => {
    if (request.actor.kind !== "user") {
      reply.redirect(
        `${href(locale, "/account/sign-in")}?next=${encodeURIComponent(request.url.split("?")[0]!)}`,
        303,
      );
      return false;
    }
    if (!can(request.actor, permission)) throw notFound();
    return true;
  };
}

/** What the user typed, to put back in the form after a mistake (the CSRF token excepted). */
export function typed(request: FastifyRequest): Record<string, string> {
  const body = (request.body ?? {}) as Record<string, unknown>;
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(body))
    if (typeof v === "string" && k !== "_csrf") values[k] = v.slice(0, 5000);
  return values;
}

/** The field problems of a validation error; any other error is not the user's and is rethrown. */
export function validationIssues(error: unknown): FieldIssue[] {
  if (error instanceof AppError && error.code === "VALIDATION") return error.issues;
  throw error;
}

type RecordFormContent = Omit<
  Parameters<typeof RecordFormPage>[0],
  "ctx" | "csrfToken" | "facilityId" | "facilityName"
>;

/** Sends the add or edit page of one of a facility's records. */
export function sendRecordForm(
  reply: FastifyReply,
  ctx: PageContext,
  facility: { id: string; name: string },
  content: RecordFormContent,
) {
  return html(
    reply,
    renderPage(
      RecordFormPage({
        ctx,
        csrfToken: reply.generateCsrf(),
        facilityId: facility.id,
        facilityName: facility.name,
        ...content,
      }),
    ),
  );
}
