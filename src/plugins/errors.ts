import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import type { Config } from "../config.js";
import { i18nFor } from "../i18n/index.js";
import type { Locale } from "../shared/domain.js";
import { AppError } from "../shared/errors.js";
import { pageContext } from "../shared/page.js";
import { ErrorPage } from "../shared/views/error-page.js";
import { renderPage } from "../shared/views/layout.js";

export function localeOf(request: FastifyRequest): Locale {
  const path = request.raw.url ?? "";
  if (path.startsWith("/es/") || path === "/es" || path.startsWith("/es?")) return "es";
  if (path.startsWith("/en/") || path === "/en" || path.startsWith("/en?")) return "en";
  const accept = request.headers["accept-language"] ?? "";
  return /^\s*es\b/i.test(accept) ? "es" : "en";
}

const isApi = (request: FastifyRequest) => (request.raw.url ?? "").startsWith("/api/");

/** Turns whatever was thrown into an AppError a user can act on; anything unexpected becomes INTERNAL. */
function toAppError(error: FastifyError | Error): AppError {
  if (error instanceof AppError) return error;
  const fe = error as FastifyError;
  if (fe.code?.startsWith("FST_CSRF")) return new AppError("CSRF", "error.csrf");
  if (fe.statusCode === 429) return new AppError("RATE_LIMITED", "error.rateLimited");
  if (fe.statusCode === 413 || fe.code === "FST_ERR_CTP_BODY_TOO_LARGE")
    return new AppError("PAYLOAD_TOO_LARGE", "error.tooLarge");
  if (fe.statusCode === 415) return new AppError("UNSUPPORTED_MEDIA", "error.unsupportedMedia");
  if (fe.statusCode === 404) return new AppError("NOT_FOUND", "error.notFound");
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500)
    return new AppError("BAD_REQUEST", "error.badRequest");
  return new AppError("INTERNAL", "error.internal", { cause: error });
}

function send(request: FastifyRequest, reply: FastifyReply, config: Config, error: AppError) {
  const locale = localeOf(request);
  const { t } = i18nFor(locale);
  reply.code(error.status);
  if (isApi(request)) {
    return reply.type("application/json; charset=utf-8").send({
      error: {
        code: error.code,
        message: t(error.messageKey as never, error.options.params),
        ...(error.issues.length
          ? {
              issues: error.issues.map((i) => ({
                field: i.field,
                message: t(i.messageKey as never, i.params),
              })),
            }
          : {}),
      },
    });
  }
  const ctx = pageContext(request, locale, config);
  return reply.type("text/html; charset=utf-8").send(renderPage(ErrorPage({ ctx, error })));
}

export const errorsPlugin = fp(async (app: FastifyInstance, opts: { config: Config }) => {
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error as FastifyError);
    // Log the route pattern and request id, never the URL's query or the body (they may hold health data).
    if (appError.status >= 500) {
      request.log.error({ err: error, route: request.routeOptions.url, reqId: request.id }, "request failed");
    }
    return send(request, reply, opts.config, appError);
  });
  app.setNotFoundHandler((request, reply) =>
    send(request, reply, opts.config, new AppError("NOT_FOUND", "error.notFound")),
  );
});
