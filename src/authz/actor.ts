import type { Role } from "../shared/domain.js";

/**
 * Who is asking. Services take an Actor explicitly so authorization never depends on hidden request state.
 * A visitor without a session is anonymous; the command line, run by whoever operates the server, acts as
 * the system; a signed-in person is a user with one role and, for clinic staff, their facilities.
 */
export type UserActor = {
  kind: "user";
  userId: string;
  email: string;
  role: Role;
  facilityIds: readonly string[];
  verified: boolean;
};
export type Actor = { kind: "anonymous" } | { kind: "system"; via: "cli" } | UserActor;

export const ANONYMOUS: Actor = { kind: "anonymous" };
export const SYSTEM: Actor = { kind: "system", via: "cli" };

export const actorKind = (actor: Actor) => (actor.kind === "user" ? actor.role : actor.kind);
export const actorUserId = (actor: Actor) => (actor.kind === "user" ? actor.userId : null);
