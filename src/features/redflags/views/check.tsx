import type { FieldIssue } from "../../../shared/errors.js";
import { href, type PageContext } from "../../../shared/page.js";
import { Layout, Notice } from "../../../shared/views/layout.js";
import { SCAN_MAX_CHARS } from "../redflags.schemas.js";
import { FindingsList, HighlightedText, type ShownFinding } from "./findings.js";

export function CheckPage(props: {
  ctx: PageContext;
  csrfToken: string;
  text: string;
  report: { language: string; findings: ShownFinding[] } | null;
  issues: FieldIssue[];
}) {
  const { ctx, report } = props;
  const { i18n } = ctx;
  const { t, locale } = i18n;
  const invalid = props.issues.length > 0;
  return (
    <Layout ctx={ctx} meta={{ title: t("check.title"), description: t("check.description") }}>
      <h1>{t("check.heading")}</h1>
      <p class="lead">{t("check.lead")}</p>
      {invalid ? (
        <Notice
          tone="error"
          title={t("check.invalid.title")}
          items={props.issues.map((i) => ({ text: t(i.messageKey as never, i.params), field: i.field }))}
        />
      ) : null}
      <form method="post" action={href(locale, "/check")} class="check-form">
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <label for="text">{t("check.label")}</label>
        <p class="hint" id="text-hint">
          {t("check.hint", { max: i18n.number(SCAN_MAX_CHARS) })}
        </p>
        <textarea
          id="text"
          name="text"
          rows={10}
          aria-describedby="text-hint"
          aria-invalid={invalid ? "true" : undefined}
        >
          {props.text}
        </textarea>
        <button type="submit" class="button">
          {t("check.submit")}
        </button>
      </form>
      {report ? (
        <section aria-labelledby="report-heading" class="report">
          <h2 id="report-heading" tabIndex={-1}>
            {t("check.reportHeading")}
          </h2>
          <p role="status">
            {report.findings.length === 0
              ? t("check.noneFound")
              : t("check.found", {
                  count: report.findings.length,
                  language: i18n.code("spokenLanguage", report.language),
                })}
          </p>
          {report.findings.length ? (
            <>
              <h3>{t("check.yourText")}</h3>
              <HighlightedText text={props.text} findings={report.findings} idPrefix="finding" />
              <h3>{t("check.whatWeFound")}</h3>
              <FindingsList i18n={i18n} findings={report.findings} idPrefix="finding" />
            </>
          ) : null}
          <p class="muted">{t("check.notAVerdict")}</p>
        </section>
      ) : null}
      <p>
        <a href={`${href(locale, "/guide")}#red-flags`}>{t("check.learnMore")}</a>
      </p>
    </Layout>
  );
}
