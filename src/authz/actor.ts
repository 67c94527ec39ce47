/**
 * Who is asking. Services take an Actor explicitly so authorization never depends on hidden request state.
 * Accounts and roles arrive with the vetting work; until then a visitor is anonymous, and the command line,
 * run by whoever operates the server, acts as the system.
 */
export type Actor = { kind: "anonymous" } | { kind: "system"; via: "cli" };

export const ANONYMOUS: Actor = { kind: "anonymous" };
export const SYSTEM: Actor = { kind: "system", via: "cli" };
