import type { MessageParams } from "../coa/text.js";
import type { RuleReasonCode } from "./messages.js";

/**
 * What a rule advises a reviewer. Reviewers decide a standard's status; a rule only says whether the facts on
 * file meet it, fail it, lack the evidence to judge ("insufficient") or need a human look ("needs_review").
 */
export const RULE_OUTCOMES = ["meets", "needs_review", "insufficient", "fails"] as const;
export type RuleOutcome = (typeof RULE_OUTCOMES)[number];

export type RuleReason = { code: RuleReasonCode; params?: MessageParams };
export type RuleResult = { outcome: RuleOutcome; reasons: RuleReason[] };

/** One observation a rule makes; a rule's result is the worst of its findings. */
export type Finding = RuleReason & { outcome: RuleOutcome };

export function finding(outcome: RuleOutcome, code: RuleReasonCode, params?: MessageParams): Finding {
  return params === undefined ? { outcome, code } : { outcome, code, params };
}

/** RULE_OUTCOMES is ordered from best to worst: evidence that fails outweighs evidence that is missing. */
const severity = (outcome: RuleOutcome) => RULE_OUTCOMES.indexOf(outcome);

export const worstOutcome = (outcomes: readonly RuleOutcome[]): RuleOutcome =>
  outcomes.reduce<RuleOutcome>((worst, next) => (severity(next) > severity(worst) ? next : worst), "meets");

/**
 * The reasons explain the outcome: when the facts meet the standard, the findings that show it; otherwise
 * every finding that stands in the way, worst first, so the clinic sees all it has to fix at once.
 */
export function combineFindings(findings: readonly Finding[]): RuleResult {
  const outcome = worstOutcome(findings.map((f) => f.outcome));
  const relevant =
    outcome === "meets"
      ? findings
      : findings
          .filter((f) => f.outcome !== "meets")
          .sort((a, b) => severity(b.outcome) - severity(a.outcome));
  return { outcome, reasons: relevant.map(({ outcome: _outcome, ...reason }) => reason) };
}

/** Several results for one standard (one per programme, say) read as one. */
export function mergeResults(results: readonly RuleResult[]): RuleResult {
  const outcome = worstOutcome(results.map((r) => r.outcome));
  const relevant = outcome === "meets" ? results : results.filter((r) => r.outcome !== "meets");
  return { outcome, reasons: relevant.flatMap((r) => r.reasons) };
}
