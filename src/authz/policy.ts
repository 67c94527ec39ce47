import { AppError } from "../shared/errors.js";
import type { Actor } from "./actor.js";

/**
 * The one authorization policy. Every permission is listed with the roles that hold it; anything not
 * listed is denied. A denied request is answered 404 (NOT_FOUND) so it does not reveal that the thing
 * exists; a request with no session for a signed-in page is sent to sign in by the route layer.
 */
export const PERMISSIONS = {
  "account:view": ["patient", "clinic_staff", "reviewer", "admin"],
  "users:list": ["admin"],
  "users:invite": ["admin"],
  "users:create": ["system"],
  "outbox:read": ["admin"],
  "rates:set": ["admin", "system"],
  "audit:read": ["reviewer", "admin"],
  "portal:use": ["clinic_staff", "admin"],
  "inbox:read": ["clinic_staff"],
  "review:use": ["reviewer", "admin"],
} as const satisfies Record<string, readonly string[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(actor: Actor, permission: Permission): boolean {
  const holders: readonly string[] = PERMISSIONS[permission];
  if (actor.kind === "system") return holders.includes("system");
  if (actor.kind !== "user") return false;
  return holders.includes(actor.role);
}

/** Staff may act only for facilities they belong to; reviewers and administrators for any. */
export function canActForFacility(actor: Actor, facilityId: string): boolean {
  if (actor.kind !== "user") return false;
  if (actor.role === "admin" || actor.role === "reviewer") return true;
  return actor.role === "clinic_staff" && actor.facilityIds.includes(facilityId);
}

export function assertCan(actor: Actor, permission: Permission) {
  if (!can(actor, permission)) throw new AppError("NOT_FOUND", "error.notFound");
}
