/**
 * Who is asking. Services take an Actor explicitly so authorization never depends on hidden request state.
 * Accounts and roles arrive with the vetting work; until then every visitor is anonymous.
 */
export type Actor = { kind: "anonymous" };

export const ANONYMOUS: Actor = { kind: "anonymous" };
