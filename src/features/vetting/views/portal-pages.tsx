import type { facilities, standardVerifications } from "../../../db/schema.js";
import { FACILITY_KINDS, STANDARDS } from "../../../shared/domain.js";
import type { FieldIssue } from "../../../shared/errors.js";
import { href, type PageContext } from "../../../shared/page.js";
import { TextAreaField } from "../../../shared/views/forms.js";
import { Layout, Notice } from "../../../shared/views/layout.js";
import { REFERENCE_WEIGHT_KG } from "../../catalogue/listing-view.js";
import type { ShownFinding } from "../../redflags/views/findings.js";
import { FindingsList } from "../../redflags/views/findings.js";
import { COA_CRITERIA, checkCoa } from "../coa/check.js";

type Facility = typeof facilities.$inferSelect;
export type DocumentRow = {
  id: string;
  standard: string;
  label: string;
  contentType: string;
  sizeBytes: number;
  createdAt: Date;
  reviewStatus: string;
  reviewNote: string;
};

/** Evidence files with the reviewer's verdict; on the review page each has an accept/reject form. */
export function DocumentList(props: {
  ctx: PageContext;
  documents: DocumentRow[];
  review?: { csrfToken: string; facilityId: string };
}) {
  const { ctx } = props;
  const { t, locale } = ctx.i18n;
  if (!props.documents.length) return <p>{t("portal.noDocuments")}</p>;
  return (
    <ul class="plain documents">
      {props.documents.map((d) => (
        <li key={d.id}>
          <a href={href(locale, `/documents/${d.id}`)}>{d.label}</a> — {ctx.i18n.code("standard", d.standard)}{" "}
          · {ctx.i18n.number(Math.ceil(d.sizeBytes / 1024))} KB · {ctx.i18n.date(d.createdAt)} ·{" "}
          {ctx.i18n.code("documentStatus", d.reviewStatus)}
          {d.reviewNote ? ` — ${d.reviewNote}` : ""}
          {props.review ? (
            <form method="post" action={href(locale, `/review/documents/${d.id}`)} class="inline-form">
              <input type="hidden" name="_csrf" value={props.review.csrfToken} />
              <label for={`note-${d.id}`}>{t("review.documentNote", { file: d.label })}</label>
              <input id={`note-${d.id}`} name="note" type="text" autoComplete="off" />
              <button type="submit" name="decision" value="accepted" class="button secondary">
                {t("review.acceptDocument")}
              </button>
              <button type="submit" name="decision" value="rejected" class="button secondary">
                {t("review.rejectDocument")}
              </button>
            </form>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
type StandardRow = typeof standardVerifications.$inferSelect;

export function FormErrors(props: { ctx: PageContext; issues: FieldIssue[] }) {
  const { t } = props.ctx.i18n;
  if (!props.issues.length) return null;
  return (
    <Notice
      tone="error"
      title={t("portal.invalid.title")}
      items={props.issues.map((i) => ({ text: t(i.messageKey as never, i.params), field: i.field }))}
    />
  );
}

function TextField(props: {
  name: string;
  label: string;
  value: string | null | undefined;
  invalid: Set<string>;
  type?: string;
  autoComplete?: string;
  required?: boolean;
}) {
  return (
    <div class="field field-wide">
      <label for={props.name}>{props.label}</label>
      <input
        id={props.name}
        name={props.name}
        type={props.type ?? "text"}
        autoComplete={props.autoComplete ?? "off"}
        value={props.value ?? ""}
        required={props.required}
        aria-invalid={props.invalid.has(props.name) ? "true" : undefined}
      />
    </div>
  );
}

export type BasicsValues = Partial<Record<string, string | boolean | null>>;

/** The facility form: used to create one and to edit it. */
export function FacilityForm(props: {
  ctx: PageContext;
  action: string;
  csrfToken: string;
  values: BasicsValues;
  issues: FieldIssue[];
  submit: string;
}) {
  const { ctx, values } = props;
  const { t } = ctx.i18n;
  const bad = new Set(props.issues.map((i) => i.field));
  const str = (k: string) => (typeof values[k] === "string" ? (values[k] as string) : "");
  return (
    <form method="post" action={props.action} class="portal-form">
      <input type="hidden" name="_csrf" value={props.csrfToken} />
      <TextField name="name" label={t("portal.name")} value={str("name")} invalid={bad} required />
      <div class="field">
        <label for="kind">{t("portal.kind")}</label>
        <select id="kind" name="kind" aria-invalid={bad.has("kind") ? "true" : undefined}>
          {FACILITY_KINDS.map((k) => (
            <option key={k} value={k} selected={str("kind") === k}>
              {ctx.i18n.code("facilityKind", k)}
            </option>
          ))}
        </select>
      </div>
      <fieldset class="choice">
        <legend>{t("portal.services")}</legend>
        {(["hasNeurology", "hasImaging", "hasEmergency", "hasIcu"] as const).map((k) => (
          <div class="checkbox" key={k}>
            <input type="checkbox" id={k} name={k} checked={values[k] === true || values[k] === "on"} />
            <label for={k}>{t(`portal.${k}`)}</label>
          </div>
        ))}
      </fieldset>
      <TextField
        name="street"
        label={t("portal.street")}
        value={str("street")}
        invalid={bad}
        autoComplete="street-address"
        required
      />
      <TextField name="city" label={t("portal.city")} value={str("city")} invalid={bad} required />
      <TextField name="state" label={t("portal.state")} value={str("state")} invalid={bad} required />
      <TextField name="postalCode" label={t("portal.postalCode")} value={str("postalCode")} invalid={bad} />
      <TextField name="phone" label={t("portal.phone")} value={str("phone")} invalid={bad} type="tel" />
      <TextField name="email" label={t("portal.email")} value={str("email")} invalid={bad} type="email" />
      <TextField name="website" label={t("portal.website")} value={str("website")} invalid={bad} type="url" />
      {(["ownTextEn", "ownTextEs"] as const).map((k) => (
        <TextAreaField
          key={k}
          name={k}
          label={t(`portal.${k}`)}
          hint={t("portal.ownTextHint")}
          rows={6}
          lang={k === "ownTextEn" ? "en" : "es"}
          value={str(k)}
          invalid={bad.has(k)}
          liveRedflags={href(ctx.i18n.locale, "/portal/redflags")}
        />
      ))}
      <button type="submit" class="button">
        {props.submit}
      </button>
    </form>
  );
}

export function PortalHomePage(props: {
  ctx: PageContext;
  csrfToken: string;
  facilities: Facility[];
  values: BasicsValues;
  issues: FieldIssue[];
}) {
  const { ctx } = props;
  const { t, locale } = ctx.i18n;
  return (
    <Layout ctx={ctx} meta={{ title: t("portal.title"), description: t("portal.lead"), noindex: true }}>
      <h1>{t("portal.title")}</h1>
      <p class="lead">{t("portal.lead")}</p>
      <section aria-labelledby="mine-h">
        <h2 id="mine-h">{t("portal.yourFacilities")}</h2>
        {props.facilities.length ? (
          <ul class="plain">
            {props.facilities.map((f) => (
              <li key={f.id}>
                <a href={href(locale, `/portal/facilities/${f.id}`)}>{f.name}</a> — {f.city} ·{" "}
                {ctx.i18n.code("vetting", f.vettingStatus)}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("portal.none")}</p>
        )}
      </section>
      <section aria-labelledby="new-h">
        <h2 id="new-h">{t("portal.addFacility")}</h2>
        <FormErrors ctx={ctx} issues={props.issues} />
        <FacilityForm
          ctx={ctx}
          action={href(locale, "/portal/facilities")}
          csrfToken={props.csrfToken}
          values={props.values}
          issues={props.issues}
          submit={t("portal.create")}
        />
      </section>
    </Layout>
  );
}

export function StandardStatusList(props: { ctx: PageContext; standards: StandardRow[] }) {
  const { ctx } = props;
  const { t, locale } = ctx.i18n;
  const byStandard = new Map(props.standards.map((s) => [s.standard, s]));
  return (
    <ul class="standards-status plain">
      {STANDARDS.map((standard) => {
        const s = byStandard.get(standard);
        return (
          <li key={standard}>
            <strong>{ctx.i18n.code("standard", standard)}:</strong>{" "}
            {ctx.i18n.code("standardStatus", s?.status ?? "missing")}
            {s?.infoRequested ? ` — ${t("portal.infoRequested")}` : ""}
            {s?.checkedOn ? ` (${t("portal.checkedOn", { date: ctx.i18n.date(s.checkedOn) })})` : ""}
            {s && (s.reasonEn || s.reasonEs) && s.status !== "verified" ? (
              <p class="reason">
                {t("portal.reviewerSaid")}{" "}
                {locale === "es" ? s.reasonEs || s.reasonEn : s.reasonEn || s.reasonEs}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

export function PortalFacilityPage(props: {
  ctx: PageContext;
  csrfToken: string;
  facility: Facility;
  standards: StandardRow[];
  values: BasicsValues;
  issues: FieldIssue[];
  findings: { en: ShownFinding[]; es: ShownFinding[] };
  documents: DocumentRow[];
  lots: Array<{
    id: string;
    lotCode: string;
    coa: unknown;
    issuedOn: string | null;
    expiresOn: string | null;
  }>;
  team: {
    clinicians: Array<{
      id: string;
      fullName: string;
      role: string;
      specialty: string;
      cedulaProfesional: string | null;
      leadsTeam: boolean;
      performsIntrathecal: boolean;
    }>;
    licences: Array<{
      id: string;
      kind: string;
      number: string;
      authority: string;
      expiresOn: string | null;
    }>;
  };
  programmes: Array<{ id: string; slug: string; titleEn: string; titleEs: string; published: boolean }>;
  notice: string | null;
}) {
  const { ctx, facility } = props;
  const { t, locale } = ctx.i18n;
  const base = `/portal/facilities/${facility.id}`;
  const byStandard = new Map(props.standards.map((s) => [s.standard, s]));
  return (
    <Layout ctx={ctx} meta={{ title: facility.name, description: t("portal.lead"), noindex: true }}>
      <p>
        <a href={href(locale, "/portal")}>{t("portal.title")}</a>
      </p>
      <h1>{facility.name}</h1>
      {props.notice ? <Notice tone="info" title={props.notice} /> : null}
      <FormErrors ctx={ctx} issues={props.issues} />
      <section aria-labelledby="status-h">
        <h2 id="status-h">{t("portal.standardsHeading")}</h2>
        <p>
          {t("portal.publicStatus")} <strong>{ctx.i18n.code("vetting", facility.vettingStatus)}</strong>
          {facility.reviewRequestedAt ? ` · ${t("portal.awaitingReview")}` : ""}
          {facility.published ? "" : ` · ${t("portal.notPublished")}`}
        </p>
        <StandardStatusList ctx={ctx} standards={props.standards} />
        {STANDARDS.map((standard) => (
          <form method="post" action={href(locale, `${base}/claims`)} class="claim-form" key={standard}>
            <input type="hidden" name="_csrf" value={props.csrfToken} />
            <input type="hidden" name="standard" value={standard} />
            <label for={`claim-${standard}`}>
              {t("portal.claimLabel", { standard: ctx.i18n.code("standard", standard) })}
            </label>
            <p class="hint" id={`claim-${standard}-hint`}>
              {t(`portal.claimHint.${standard}`)}
            </p>
            <textarea
              id={`claim-${standard}`}
              name="claimText"
              rows={3}
              aria-describedby={`claim-${standard}-hint`}
            >
              {byStandard.get(standard)?.claimText ?? ""}
            </textarea>
            <button type="submit" class="button secondary">
              {t("portal.saveClaim")}
            </button>
          </form>
        ))}
        <form method="post" action={href(locale, `${base}/submit`)}>
          <input type="hidden" name="_csrf" value={props.csrfToken} />
          <button type="submit" class="button">
            {t("portal.submit")}
          </button>
        </form>
      </section>
      <section aria-labelledby="docs-h">
        <h2 id="docs-h">{t("portal.documents")}</h2>
        <DocumentList ctx={ctx} documents={props.documents} />
        <form
          method="post"
          action={`${href(locale, `${base}/documents`)}?_csrf=${encodeURIComponent(props.csrfToken)}`}
          encType="multipart/form-data"
          class="upload-form"
        >
          <div class="field">
            <label for="standard">{t("portal.documentFor")}</label>
            <select id="standard" name="standard">
              {STANDARDS.map((standard) => (
                <option key={standard} value={standard}>
                  {ctx.i18n.code("standard", standard)}
                </option>
              ))}
            </select>
          </div>
          <div class="field field-wide">
            <label for="file">{t("portal.file")}</label>
            <p class="hint" id="file-hint">
              {t("portal.fileHint")}
            </p>
            <input
              id="file"
              name="file"
              type="file"
              accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
              aria-describedby="file-hint"
            />
          </div>
          <button type="submit" class="button secondary">
            {t("portal.upload")}
          </button>
        </form>
      </section>
      <section aria-labelledby="programmes-h">
        <h2 id="programmes-h">{t("portal.programmes")}</h2>
        {props.programmes.length ? (
          <ul class="plain">
            {props.programmes.map((p) => (
              <li key={p.id}>
                {p.published ? (
                  <a href={href(locale, `/programmes/${p.slug}`)}>
                    {locale === "es" ? p.titleEs : p.titleEn}
                  </a>
                ) : locale === "es" ? (
                  p.titleEs
                ) : (
                  p.titleEn
                )}
                {p.published ? "" : ` · ${t("portal.notPublished")}`} ·{" "}
                <a href={href(locale, `${base}/programmes/${p.id}/edit`)}>
                  {t("portal.editRecord", { name: locale === "es" ? p.titleEs : p.titleEn })}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("portal.noProgrammes")}</p>
        )}
        <p>
          <a href={href(locale, `${base}/programmes/new`)}>{t("portal.addProgramme")}</a>
        </p>
      </section>
      <section aria-labelledby="team-h">
        <h2 id="team-h">{t("portal.team")}</h2>
        {props.team.clinicians.length ? (
          <ul class="plain">
            {props.team.clinicians.map((c) => (
              <li key={c.id}>
                <strong>{c.fullName}</strong> — {ctx.i18n.code("role", c.role)},{" "}
                {ctx.i18n.code("specialty", c.specialty)}
                {c.cedulaProfesional
                  ? ` · ${t("portal.clinician.cedulaShort", { cedula: c.cedulaProfesional })}`
                  : ""}
                {c.leadsTeam ? ` · ${t("portal.clinician.leadsTeam")}` : ""} ·{" "}
                <a href={href(locale, `${base}/clinicians/${c.id}/edit`)}>
                  {t("portal.editRecord", { name: c.fullName })}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("portal.noClinicians")}</p>
        )}
        <p>
          <a href={href(locale, `${base}/clinicians/new`)}>{t("portal.addClinician")}</a>
        </p>
        <h3>{t("portal.licences")}</h3>
        {props.team.licences.length ? (
          <ul class="plain">
            {props.team.licences.map((l) => (
              <li key={l.id}>
                <strong>{ctx.i18n.code("licenceKind", l.kind)}</strong> — {l.authority} {l.number}
                {l.expiresOn ? ` · ${t("portal.licence.expires", { date: ctx.i18n.date(l.expiresOn) })}` : ""}{" "}
                ·{" "}
                <a href={href(locale, `${base}/licences/${l.id}/edit`)}>
                  {t("portal.editRecord", { name: `${ctx.i18n.code("licenceKind", l.kind)} ${l.number}` })}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("portal.noLicences")}</p>
        )}
        <p>
          <a href={href(locale, `${base}/licences/new`)}>{t("portal.addLicence")}</a>
        </p>
      </section>
      <section aria-labelledby="lots-h">
        <h2 id="lots-h">{t("portal.lots")}</h2>
        <p class="hint">{t("portal.lotsLead")}</p>
        {props.lots.length ? (
          <ul class="plain">
            {props.lots.map((lot) => {
              const result = checkCoa(lot.coa, {
                route: "intrathecal",
                weightKg: REFERENCE_WEIGHT_KG,
                doseCells: null,
              });
              const problems = COA_CRITERIA.filter((c) => result.criteria[c].status !== "pass");
              return (
                <li key={lot.id}>
                  <strong>{lot.lotCode}</strong> — {ctx.i18n.code("coaVerdict", result.verdict)}
                  {problems.length
                    ? `: ${problems.map((c) => ctx.i18n.code("coaCriterion", c)).join(", ")}`
                    : ""}{" "}
                  ·{" "}
                  <a href={href(locale, `${base}/lots/${lot.id}/edit`)}>
                    {t("portal.editRecord", { name: lot.lotCode })}
                  </a>
                </li>
              );
            })}
          </ul>
        ) : (
          <p>{t("portal.noLots")}</p>
        )}
        <ul class="plain">
          <li>
            <a href={href(locale, `${base}/lots/new`)}>{t("portal.addLot")}</a>
          </li>
          {props.documents
            .filter((d) => d.standard === "coa_per_lot" && d.contentType === "application/pdf")
            .map((d) => (
              <li key={d.id}>
                <a href={href(locale, `${base}/lots/new`, { document: d.id })}>
                  {t("portal.lotFromFile", { file: d.label })}
                </a>
              </li>
            ))}
        </ul>
      </section>
      <section aria-labelledby="flags-h">
        <h2 id="flags-h">{t("portal.findingsHeading")}</h2>
        <p class="hint">{t("portal.findingsLead")}</p>
        {props.findings.en.length + props.findings.es.length === 0 ? (
          <p>{t("check.noneFound")}</p>
        ) : (
          <>
            {props.findings.en.length ? (
              <FindingsList i18n={ctx.i18n} findings={props.findings.en} idPrefix="f-en" />
            ) : null}
            {props.findings.es.length ? (
              <FindingsList i18n={ctx.i18n} findings={props.findings.es} idPrefix="f-es" />
            ) : null}
          </>
        )}
      </section>
      <section aria-labelledby="edit-h">
        <h2 id="edit-h">{t("portal.editHeading")}</h2>
        <FacilityForm
          ctx={ctx}
          action={href(locale, base)}
          csrfToken={props.csrfToken}
          values={props.values}
          issues={props.issues}
          submit={t("portal.save")}
        />
      </section>
    </Layout>
  );
}

/** The live scan of a text being typed in the portal: a one-line summary, then each finding. */
export function LiveFindings(props: { ctx: PageContext; findings: ShownFinding[]; field: string }) {
  const { t } = props.ctx.i18n;
  return (
    <>
      <p class="live-summary">
        {props.findings.length
          ? t("portal.live.found", { count: props.findings.length })
          : t("portal.live.none")}
      </p>
      {props.findings.length ? (
        <FindingsList i18n={props.ctx.i18n} findings={props.findings} idPrefix={`${props.field}-live`} />
      ) : null}
    </>
  );
}
