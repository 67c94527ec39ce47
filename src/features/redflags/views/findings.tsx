import type { I18n } from "../../../i18n/index.js";

export type ShownFinding = {
  code: string;
  severity: "high" | "medium";
  start: number | null;
  end: number | null;
  excerpt: string;
  explanation: string;
};

/**
 * The text with each flagged passage marked and numbered; the number links to the explanation, so a screen
 * reader or keyboard user reaches the "why" from the "what".
 */
export function HighlightedText(props: {
  text: string;
  findings: ShownFinding[];
  idPrefix: string;
  lang?: string;
}) {
  const spans = props.findings
    .map((f, i) => ({ start: f.start, end: f.end, n: i + 1 }))
    .filter(
      (s): s is { start: number; end: number; n: number } =>
        s.start !== null && s.end !== null && s.end > s.start,
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: Array<string | { text: string; ns: number[] }> = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) {
      // Overlapping passages share one mark; list every finding number on it.
      const last = parts.at(-1);
      if (last && typeof last !== "string") last.ns.push(span.n);
      continue;
    }
    if (span.start > cursor) parts.push(props.text.slice(cursor, span.start));
    parts.push({ text: props.text.slice(span.start, span.end), ns: [span.n] });
    cursor = span.end;
  }
  if (cursor < props.text.length) parts.push(props.text.slice(cursor));
  return (
    <div class="highlighted" lang={props.lang}>
      {parts.map((part, i) =>
        typeof part === "string" ? (
          part
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional slices of one text.
          <span key={i}>
            <mark>{part.text}</mark>
            {part.ns.map((n) => (
              <sup key={n}>
                <a href={`#${props.idPrefix}-${n}`} class="finding-ref">
                  [{n}]
                </a>
              </sup>
            ))}
          </span>
        ),
      )}
    </div>
  );
}

/** `fromData`: findings about a listing's data, which quote nothing. */
export function FindingsList(props: {
  i18n: I18n;
  findings: ShownFinding[];
  idPrefix: string;
  fromData?: boolean;
}) {
  const { i18n } = props;
  const { t } = i18n;
  return (
    <ol class="findings">
      {props.findings.map((f, i) => (
        <li
          key={`${f.code}-${f.start}-${i}`}
          id={`${props.idPrefix}-${i + 1}`}
          class={`finding finding-${f.severity}`}
          tabIndex={-1}
        >
          <p class="finding-head">
            <strong>{i18n.code("redflag", f.code)}</strong>{" "}
            <span class={`badge badge-severity-${f.severity}`}>{i18n.code("severity", f.severity)}</span>
          </p>
          {props.fromData ? null : (
            <p>
              <span class="label">{t("findings.said")}</span> “{f.excerpt}”
            </p>
          )}
          <p>
            <span class="label">{t("findings.why")}</span> {f.explanation}
          </p>
        </li>
      ))}
    </ol>
  );
}
