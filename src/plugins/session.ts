import type { FastifyInstance, FastifyReply } from "fastify";
import fp from "fastify-plugin";
import { type Actor, ANONYMOUS } from "../authz/actor.js";
import { actorForSession } from "../features/accounts/accounts.service.js";

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor;
    sessionToken: string | null;
  }
}

export const SESSION_COOKIE = "candor_session";

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean, maxAgeSeconds: number) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure,
    maxAge: maxAgeSeconds,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: "/" });
}

/** Resolves the session cookie to an Actor once per request; no cookie means no query. */
export const sessionPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest("actor", null as never);
  app.decorateRequest("sessionToken", null);
  app.addHook("onRequest", async (request) => {
    request.actor = ANONYMOUS;
    const token = request.cookies[SESSION_COOKIE];
    if (!token || token.length > 100) return;
    const actor = await actorForSession(app.database.db, token, app.clock.now());
    if (actor) {
      request.actor = actor;
      request.sessionToken = token;
    }
  });
});
