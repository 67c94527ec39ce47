import type { auditEvents, facilities, standardVerifications } from "../../../db/schema.js";
import { STANDARDS } from "../../../shared/domain.js";
import type { FieldIssue } from "../../../shared/errors.js";
import { href, type PageContext } from "../../../shared/page.js";
import { Layout, Notice } from "../../../shared/views/layout.js";
import { type RuleResult, ruleReasonText } from "../rules/index.js";
import { DocumentList, type DocumentRow, FormErrors, StandardStatusList } from "./portal-pages.js";

type Facility = typeof facilities.$inferSelect;
type StandardRow = typeof standardVerifications.$inferSelect;
type AuditRow = typeof auditEvents.$inferSelect;

export function ReviewQueuePage(props: {
  ctx: PageContext;
  rows: Array<{ id: string; name: string; city: string; status: string; requestedAt: Date | null }>;
  city: string;
  cities: string[];
}) {
  const { ctx } = props;
  const { t, locale } = ctx.i18n;
  return (
    <Layout ctx={ctx} meta={{ title: t("review.title"), description: t("review.lead"), noindex: true }}>
      <h1>{t("review.title")}</h1>
      <p class="lead">{t("review.lead")}</p>
      <form method="get" action={href(locale, "/review")} class="inline-form">
        <label for="city">{t("search.city")}</label>
        <select id="city" name="city">
          <option value="">{t("search.any")}</option>
          {props.cities.map((c) => (
            <option key={c} value={c} selected={props.city === c}>
              {c}
            </option>
          ))}
        </select>
        <button type="submit" class="button secondary">
          {t("review.filter")}
        </button>
      </form>
      {props.rows.length === 0 ? (
        <p>{t("review.empty")}</p>
      ) : (
        <ol class="queue">
          {props.rows.map((r) => (
            <li key={r.id}>
              <a href={href(locale, `/review/facilities/${r.id}`)}>{r.name}</a> — {r.city} ·{" "}
              {ctx.i18n.code("vetting", r.status)} ·{" "}
              {r.requestedAt ? t("review.waitingSince", { date: ctx.i18n.date(r.requestedAt) }) : ""}
            </li>
          ))}
        </ol>
      )}
    </Layout>
  );
}

export function ReviewFacilityPage(props: {
  ctx: PageContext;
  csrfToken: string;
  facility: Facility;
  standards: StandardRow[];
  timeline: AuditRow[];
  documents: DocumentRow[];
  advice: Record<string, RuleResult>;
  issues: FieldIssue[];
  notice: string | null;
  today: string;
}) {
  const { ctx, facility } = props;
  const { t, locale } = ctx.i18n;
  const byStandard = new Map(props.standards.map((s) => [s.standard, s]));
  return (
    <Layout
      ctx={ctx}
      meta={{ title: `${t("review.title")}: ${facility.name}`, description: t("review.lead"), noindex: true }}
    >
      <p>
        <a href={href(locale, "/review")}>{t("review.title")}</a>
      </p>
      <h1>{facility.name}</h1>
      {props.notice ? <Notice tone="info" title={props.notice} /> : null}
      <FormErrors ctx={ctx} issues={props.issues} />
      <dl class="facts">
        <div>
          <dt>{t("portal.kind")}</dt>
          <dd>{ctx.i18n.code("facilityKind", facility.kind)}</dd>
        </div>
        <div>
          <dt>{t("portal.street")}</dt>
          <dd>
            {facility.street}, {facility.city}, {facility.state} {facility.postalCode ?? ""}
          </dd>
        </div>
        <div>
          <dt>{t("portal.services")}</dt>
          <dd>
            {(["hasNeurology", "hasImaging", "hasEmergency", "hasIcu"] as const)
              .filter((k) => facility[k])
              .map((k) => t(`portal.${k}`))
              .join(", ") || t("common.noneStated")}
          </dd>
        </div>
      </dl>
      <h2>{t("portal.standardsHeading")}</h2>
      <StandardStatusList ctx={ctx} standards={props.standards} />
      {STANDARDS.map((standard) => {
        const s = byStandard.get(standard);
        const id = `d-${standard}`;
        return (
          <section key={standard} aria-labelledby={`${id}-h`} class="decision">
            <h3 id={`${id}-h`}>{ctx.i18n.code("standard", standard)}</h3>
            <p>
              <strong>{t("review.claim")}</strong> {s?.claimText || t("common.notStated")}
            </p>
            <DocumentList
              ctx={ctx}
              documents={props.documents.filter((d) => d.standard === standard)}
              review={{ csrfToken: props.csrfToken, facilityId: facility.id }}
            />
            {props.advice[standard] ? (
              <div class={`advice advice-${props.advice[standard].outcome}`}>
                <p>
                  <strong>{t("review.advice")}</strong>{" "}
                  {ctx.i18n.code("review.outcome", props.advice[standard].outcome)}
                </p>
                <ul>
                  {props.advice[standard].reasons.map((r) => (
                    <li key={`${r.code}${JSON.stringify(r.params ?? {})}`}>{ruleReasonText(r, locale)}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            <form method="post" action={href(locale, `/review/facilities/${facility.id}/decisions`)}>
              <input type="hidden" name="_csrf" value={props.csrfToken} />
              <input type="hidden" name="standard" value={standard} />
              <fieldset class="choice">
                <legend>{t("review.decision")}</legend>
                {(["verified", "rejected", "info_requested"] as const).map((d) => (
                  <div class="radio" key={d}>
                    <input
                      type="radio"
                      id={`${id}-${d}`}
                      name="decision"
                      value={d}
                      checked={d === "verified"}
                    />
                    <label for={`${id}-${d}`}>{ctx.i18n.code("review.decision", d)}</label>
                  </div>
                ))}
              </fieldset>
              <div class="field field-wide">
                <label for={`${id}-evidence`}>{t("review.evidence")}</label>
                <textarea id={`${id}-evidence`} name="evidence" rows={2}>
                  {s?.evidence ?? ""}
                </textarea>
              </div>
              <div class="field">
                <label for={`${id}-valid`}>{t("review.validUntil")}</label>
                <input
                  id={`${id}-valid`}
                  name="validUntil"
                  type="date"
                  min={props.today}
                  value={s?.validUntil ?? ""}
                />
              </div>
              <div class="field field-wide">
                <label for={`${id}-reason-en`}>{t("review.reasonEn")}</label>
                <textarea id={`${id}-reason-en`} name="reasonEn" rows={2} lang="en" />
              </div>
              <div class="field field-wide">
                <label for={`${id}-reason-es`}>{t("review.reasonEs")}</label>
                <textarea id={`${id}-reason-es`} name="reasonEs" rows={2} lang="es" />
              </div>
              <button type="submit" class="button">
                {t("review.record", { standard: ctx.i18n.code("standard", standard) })}
              </button>
            </form>
          </section>
        );
      })}
      <section aria-labelledby="timeline-h">
        <h2 id="timeline-h">{t("review.timeline")}</h2>
        <ol class="timeline">
          {props.timeline.map((e) => (
            <li key={e.id}>
              {e.at.toISOString().slice(0, 16).replace("T", " ")} UTC — {e.action} ({e.actorKind})
              {e.subjectType === "standard" && e.subjectId
                ? `: ${ctx.i18n.code("standard", e.subjectId)}`
                : ""}
            </li>
          ))}
        </ol>
      </section>
    </Layout>
  );
}
