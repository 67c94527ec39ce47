import { fileURLToPath } from "node:url";
import cookie from "@fastify/cookie";
import csrf from "@fastify/csrf-protection";
import formbody from "@fastify/formbody";
import helmet from "@fastify/helmet";
import multipart from "@fastify/multipart";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance } from "fastify";
import type { Config } from "./config.js";
import { type Database, openDatabase } from "./db/client.js";
import { accountRoutes } from "./features/accounts/accounts.routes.js";
import { adminRoutes } from "./features/admin/admin.routes.js";
import { apiRoutes } from "./features/api/api.routes.js";
import { catalogueRoutes } from "./features/catalogue/catalogue.routes.js";
import { consultationRoutes } from "./features/consultations/consultations.routes.js";
import { estimateApiRoutes, estimateRoutes } from "./features/costs/estimate.routes.js";
import { guideRoutes } from "./features/guide/guide.routes.js";
import { checkClaimRoutes, redflagsApiRoutes } from "./features/redflags/redflags.routes.js";
import { DOCUMENT_MAX_BYTES } from "./features/vetting/documents.js";
import { recordRoutes } from "./features/vetting/records.routes.js";
import { vettingRoutes } from "./features/vetting/vetting.routes.js";
import { errorsPlugin, localeOf } from "./plugins/errors.js";
import { sessionPlugin } from "./plugins/session.js";
import { type Clock, systemClock } from "./shared/clock.js";
import { LOCALES } from "./shared/domain.js";

declare module "fastify" {
  interface FastifyInstance {
    config: Config;
    database: Database;
    clock: Clock;
  }
}

export type AppOptions = {
  /** An already-open database (tests share one per file); otherwise the app opens the configured one. */
  database?: Database;
  clock?: Clock;
  /** Called for every route as it is registered (the route-by-role test uses it to find every route). */
  onRoute?: (route: { method: string | string[]; url: string }) => void;
};

/** Builds the whole app; never listens (server.ts does). Tests call this with testConfig(). */
export async function buildApp(config: Config, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      config.logLevel === "silent"
        ? false
        : {
            level: config.logLevel,
            // Never log query strings or bodies: search terms and requests can carry health data.
            serializers: {
              req: (req) => ({ method: req.method, route: req.routeOptions?.url, id: req.id }),
            },
          },
    trustProxy: config.trustProxy,
    bodyLimit: 256 * 1024,
    routerOptions: { maxParamLength: 200 },
  });

  const database = options.database ?? (await openDatabase(config.database));
  app.decorate("config", config);
  app.decorate("database", database);
  app.decorate("clock", options.clock ?? systemClock);
  if (!options.database) app.addHook("onClose", () => database.close());

  if (options.onRoute) {
    const onRoute = options.onRoute;
    app.addHook("onRoute", (route) => onRoute({ method: route.method, url: route.url }));
  }
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    // Share previews are fetched cross-origin by messaging apps; the page itself needs no opener.
    crossOriginEmbedderPolicy: false,
  });
  await app.register(cookie, { secret: config.sessionSecret });
  await app.register(formbody);
  await app.register(multipart, {
    limits: { fileSize: DOCUMENT_MAX_BYTES, files: 1, fields: 5, fieldSize: 2_000, parts: 8 },
  });
  // Every state-changing form carries a token tied to a signed, httpOnly cookie (double submit).
  await app.register(csrf, {
    cookieKey: "candor_csrf",
    cookieOpts: { signed: true, httpOnly: true, sameSite: "lax", path: "/", secure: config.trustProxy },
    // File uploads are multipart, whose body is read by the handler: their forms carry the token in the URL.
    getToken: (req) => {
      const fromBody = (req.body as Record<string, unknown> | undefined)?._csrf;
      const fromQuery = (req.query as Record<string, unknown> | undefined)?._csrf;
      const token =
        typeof fromBody === "string"
          ? fromBody
          : typeof fromQuery === "string"
            ? fromQuery
            : req.headers["x-csrf-token"];
      return typeof token === "string" ? token : "";
    },
  });
  await app.register(rateLimit, { global: false });
  await app.register(fastifyStatic, {
    root: fileURLToPath(new URL("../public", import.meta.url)),
    prefix: "/assets/",
    maxAge: config.env === "production" ? "7d" : 0,
  });
  await app.register(errorsPlugin, { config });
  await app.register(sessionPlugin);

  app.get("/", async (request, reply) => reply.redirect(`/${localeOf(request)}`, 302));
  app.get("/healthz", async () => ({ ok: true }));

  for (const locale of LOCALES) {
    await app.register(guideRoutes, { prefix: `/${locale}`, locale });
    await app.register(catalogueRoutes, { prefix: `/${locale}`, locale });
    await app.register(checkClaimRoutes, { prefix: `/${locale}`, locale });
    await app.register(estimateRoutes, { prefix: `/${locale}`, locale });
    await app.register(accountRoutes, { prefix: `/${locale}`, locale });
    await app.register(adminRoutes, { prefix: `/${locale}`, locale });
    await app.register(vettingRoutes, { prefix: `/${locale}`, locale });
    await app.register(recordRoutes, { prefix: `/${locale}`, locale });
    await app.register(consultationRoutes, { prefix: `/${locale}`, locale });
  }
  await app.register(apiRoutes, { prefix: "/api/v1" });
  await app.register(redflagsApiRoutes, { prefix: "/api/v1" });
  await app.register(estimateApiRoutes, { prefix: "/api/v1" });
  return app;
}
