import type { FastifyReply, FastifyRequest } from "fastify";
import type { Actor } from "../authz/actor.js";
import type { Config } from "../config.js";
import { type I18n, i18nFor } from "../i18n/index.js";
import type { Locale } from "./domain.js";

/** Sends a rendered page. */
export const html = (reply: FastifyReply, body: string) => reply.type("text/html; charset=utf-8").send(body);

/** What every page view needs besides its own data. Built once per request by the route. */
export type PageContext = {
  i18n: I18n;
  /** The path without the /en or /es prefix, e.g. "/search". */
  path: string;
  /** The raw query string including "?", or "". */
  search: string;
  publicUrl: string;
  /** Programmes the visitor has put on their compare list (cookie), in order. */
  compareSlugs: string[];
  /** Who is looking; the layout shows "Sign in" or "Your account". */
  actor: Actor;
};

export const COMPARE_COOKIE = "candor_compare";
export const COMPARE_MAX = 4;

export function readCompareCookie(request: FastifyRequest): string[] {
  const raw = request.cookies[COMPARE_COOKIE] ?? "";
  return raw
    .split(",")
    .filter((s) => /^[a-z0-9-]{1,120}$/.test(s))
    .slice(0, COMPARE_MAX);
}

export function pageContext(request: FastifyRequest, locale: Locale, config: Config): PageContext {
  const url = request.raw.url ?? "/";
  const q = url.indexOf("?");
  const fullPath = q === -1 ? url : url.slice(0, q);
  return {
    i18n: i18nFor(locale),
    path: fullPath.replace(/^\/(en|es)(?=\/|$)/, "") || "/",
    search: q === -1 ? "" : url.slice(q),
    publicUrl: config.publicUrl,
    compareSlugs: readCompareCookie(request),
    actor: request.actor ?? { kind: "anonymous" },
  };
}

/** Builds a locale-prefixed URL path with query parameters (repeated keys for arrays). */
export function href(
  locale: Locale,
  path: string,
  params?: Record<string, string | number | readonly string[] | undefined>,
) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) {
    if (v === undefined || v === "") continue;
    if (Array.isArray(v)) for (const item of v) qs.append(k, item);
    else qs.append(k, String(v));
  }
  const s = qs.toString();
  return `/${locale}${path === "/" ? "" : path}${s ? `?${s}` : ""}`;
}
