import type { FieldIssue } from "../../../shared/errors.js";
import { href, type PageContext } from "../../../shared/page.js";
import { SelectField, TextAreaField, TextField } from "../../../shared/views/forms.js";
import { Layout, Notice } from "../../../shared/views/layout.js";
import { AIS_GRADES, MESSAGING_APPS, NEURO_LEVELS } from "../consultations.schemas.js";
import { consentText } from "../consultations.service.js";

type Chosen = {
  id: string;
  slug: string;
  titleEn: string;
  titleEs: string;
  facilityId: string;
  facilityName: string;
  city: string;
  vetted: boolean;
};

function Errors(props: { ctx: PageContext; issues: FieldIssue[] }) {
  const { t } = props.ctx.i18n;
  if (!props.issues.length) return null;
  return (
    <Notice
      tone="error"
      title={t("consult.invalid.title")}
      items={props.issues.map((i) => ({ text: t(i.messageKey as never, i.params), field: i.field }))}
    />
  );
}

export function RequestFormPage(props: {
  ctx: PageContext;
  csrfToken: string;
  idempotencyKey: string;
  chosen: Chosen[];
  values: Record<string, string>;
  issues: FieldIssue[];
}) {
  const { ctx, values } = props;
  const { t, locale } = ctx.i18n;
  const bad = new Set(props.issues.map((i) => i.field));
  const vetted = props.chosen.filter((c) => c.vetted);
  const facilities = [...new Map(vetted.map((c) => [c.facilityId, c])).values()];
  return (
    <Layout ctx={ctx} meta={{ title: t("consult.title"), description: t("consult.lead"), noindex: true }}>
      <h1>{t("consult.title")}</h1>
      <p class="lead">{t("consult.lead")}</p>
      <Errors ctx={ctx} issues={props.issues} />
      <form
        method="post"
        action={`${href(locale, "/consultations")}?_csrf=${encodeURIComponent(props.csrfToken)}`}
        encType="multipart/form-data"
        class="portal-form"
      >
        <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
        <fieldset id="programmes">
          <legend>{t("consult.chosen")}</legend>
          <ul class="plain">
            {props.chosen.map((c) => (
              <li key={c.id}>
                {c.vetted ? <input type="hidden" name="programmes" value={c.slug} /> : null}
                <a href={href(locale, `/programmes/${c.slug}`)}>{locale === "es" ? c.titleEs : c.titleEn}</a>{" "}
                — {c.facilityName}, {c.city}
                {c.vetted ? null : (
                  <p class="warning-box">{t("consult.notVetted", { facility: c.facilityName })}</p>
                )}
              </li>
            ))}
          </ul>
        </fieldset>
        <fieldset>
          <legend>{t("consult.about")}</legend>
          <TextField
            wide
            name="name"
            label={t("consult.name")}
            value={values["name"]}
            invalid={bad.has("name")}
            autoComplete="name"
            required
          />
          <TextField
            wide
            name="email"
            label={t("consult.email")}
            value={values["email"]}
            invalid={bad.has("email")}
            type="email"
            autoComplete="email"
            required
          />
          <TextField
            wide
            name="phone"
            label={t("consult.phone")}
            value={values["phone"]}
            invalid={bad.has("phone")}
            type="tel"
            autoComplete="tel"
          />
          <SelectField
            name="messagingApp"
            label={t("consult.messagingApp")}
            value={values.messagingApp}
            invalid={bad.has("messagingApp")}
            options={MESSAGING_APPS.map((a): [string, string] => [
              a,
              a === ""
                ? t("consult.messagingApp.none")
                : a === "sms"
                  ? "SMS"
                  : a[0]!.toUpperCase() + a.slice(1),
            ])}
          />
          <TextField
            wide
            name="country"
            label={t("consult.country")}
            value={values["country"]}
            invalid={bad.has("country")}
            autoComplete="country-name"
            required
          />
          <SelectField
            name="preferredLanguage"
            label={t("consult.language")}
            value={values.preferredLanguage ?? locale}
            invalid={bad.has("preferredLanguage")}
            options={[
              ["es", "Español"],
              ["en", "English"],
            ]}
          />
        </fieldset>
        <fieldset>
          <legend>{t("consult.injury")}</legend>
          <SelectField
            name="neuroLevel"
            label={t("consult.neuroLevel")}
            hint={t("consult.neuroLevelHint")}
            value={values.neuroLevel ?? "unknown"}
            invalid={bad.has("neuroLevel")}
            options={NEURO_LEVELS.map((l): [string, string] => [
              l,
              l === "unknown" ? t("consult.unknown") : l,
            ])}
          />
          <SelectField
            name="ais"
            label={t("consult.ais")}
            value={values.ais ?? "unknown"}
            invalid={bad.has("ais")}
            options={AIS_GRADES.map((g): [string, string] => [g, g === "unknown" ? t("consult.unknown") : g])}
          />
          <TextField
            wide
            name="injuryDate"
            label={t("consult.injuryDate")}
            value={values["injuryDate"]}
            invalid={bad.has("injuryDate")}
            type="date"
          />
          <TextField
            wide
            name="injuryCause"
            label={t("consult.injuryCause")}
            value={values["injuryCause"]}
            invalid={bad.has("injuryCause")}
          />
          <TextAreaField
            name="currentRehab"
            label={t("consult.currentRehab")}
            value={values["currentRehab"]}
            invalid={bad.has("currentRehab")}
          />
          <TextAreaField
            name="goals"
            label={t("consult.goals")}
            value={values["goals"]}
            invalid={bad.has("goals")}
          />
          <div class="field field-wide">
            <label for="records">{t("consult.records")}</label>
            <p class="hint" id="records-hint">
              {t("consult.recordsHint")}
            </p>
            <input
              id="records"
              name="records"
              type="file"
              multiple
              accept=".pdf,.jpg,.jpeg,.png"
              aria-describedby="records-hint"
              aria-invalid={bad.has("records") ? "true" : undefined}
            />
          </div>
        </fieldset>
        <fieldset id="consent">
          <legend>{t("consult.consentHeading")}</legend>
          {facilities.map((f) => (
            <div class="checkbox" key={f.facilityId}>
              <input type="checkbox" id={`consent-${f.facilityId}`} name="consent" value={f.facilityId} />
              <label for={`consent-${f.facilityId}`}>{consentText(locale, f.facilityName)}</label>
            </div>
          ))}
          <details>
            <summary>{t("consult.privacy")}</summary>
            <p>{t("consult.privacyText")}</p>
          </details>
        </fieldset>
        <div class="honeypot" aria-hidden="true">
          <label for="website">{t("consult.website")}</label>
          <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
        </div>
        <button type="submit" class="button" disabled={facilities.length === 0}>
          {t("consult.submit")}
        </button>
      </form>
    </Layout>
  );
}

type Message = { author: string; at: Date; body: string; proposedTimes: string };

function Thread(props: { ctx: PageContext; messages: Message[] }) {
  const { t } = props.ctx.i18n;
  if (!props.messages.length) return <p>{t("consult.noMessages")}</p>;
  return (
    <ol class="thread">
      {props.messages.map((m) => (
        <li key={m.at.toISOString()}>
          <p>
            <strong>{m.author === "patient" ? t("consult.you") : t("consult.facility")}</strong> ·{" "}
            {props.ctx.i18n.date(m.at)}
          </p>
          <p class="message-body">{m.body}</p>
          {m.proposedTimes ? (
            <p>
              <strong>{t("consult.proposedTimes")}:</strong> {m.proposedTimes}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

export function PatientStatusPage(props: {
  ctx: PageContext;
  csrfToken: string;
  requestId: string;
  token: string;
  confirmedNow: boolean;
  recipients: Array<{ facilityId: string; facilityName: string; status: string; updatedAt: Date }>;
  threads: Array<{ facilityId: string; messages: Message[] }>;
}) {
  const { ctx } = props;
  const { t, locale } = ctx.i18n;
  return (
    <Layout
      ctx={ctx}
      meta={{ title: t("consult.statusTitle"), description: t("consult.statusTitle"), noindex: true }}
    >
      <h1>{t("consult.statusTitle")}</h1>
      {props.confirmedNow ? <Notice tone="info" title={t("consult.confirmedNow")} /> : null}
      {props.recipients.map((r) => {
        const thread = props.threads.find((x) => x.facilityId === r.facilityId)?.messages ?? [];
        return (
          <section key={r.facilityId} aria-labelledby={`f-${r.facilityId}`}>
            <h2 id={`f-${r.facilityId}`}>{r.facilityName}</h2>
            <p>
              <strong>{ctx.i18n.code("consult.status", r.status)}</strong> · {ctx.i18n.date(r.updatedAt)}
            </p>
            <h3>{t("consult.thread", { facility: r.facilityName })}</h3>
            <Thread ctx={ctx} messages={thread} />
            {thread.length && r.status !== "closed" ? (
              <form method="post" action={href(locale, `/consultations/${props.requestId}/messages`)}>
                <input type="hidden" name="_csrf" value={props.csrfToken} />
                <input type="hidden" name="token" value={props.token} />
                <input type="hidden" name="facilityId" value={r.facilityId} />
                <div class="field field-wide">
                  <label for={`reply-${r.facilityId}`}>{t("consult.reply")}</label>
                  <textarea id={`reply-${r.facilityId}`} name="body" rows={4} />
                </div>
                <button type="submit" class="button">
                  {t("consult.send")}
                </button>
              </form>
            ) : null}
          </section>
        );
      })}
      <section aria-labelledby="your-data">
        <h2 id="your-data">{t("consult.yourData")}</h2>
        <p>
          <a
            href={`${href(locale, `/consultations/${props.requestId}/export`)}?token=${encodeURIComponent(props.token)}`}
          >
            {t("consult.export")}
          </a>
        </p>
        {props.recipients.every((r) => r.status === "closed") ? null : (
          <form method="post" action={href(locale, `/consultations/${props.requestId}/close`)}>
            <input type="hidden" name="_csrf" value={props.csrfToken} />
            <input type="hidden" name="token" value={props.token} />
            <p class="hint">{t("consult.closeHint")}</p>
            <button type="submit" class="button secondary">
              {t("consult.close")}
            </button>
          </form>
        )}
        <form method="post" action={href(locale, `/consultations/${props.requestId}/delete`)}>
          <input type="hidden" name="_csrf" value={props.csrfToken} />
          <input type="hidden" name="token" value={props.token} />
          <p class="hint">{t("consult.deleteHint")}</p>
          <button type="submit" class="button secondary">
            {t("consult.delete")}
          </button>
        </form>
      </section>
    </Layout>
  );
}

export function InboxPage(props: {
  ctx: PageContext;
  rows: Array<{
    requestId: string;
    facilityId: string;
    facilityName: string;
    status: string;
    confirmedAt: Date | null;
  }>;
}) {
  const { ctx } = props;
  const { t, locale } = ctx.i18n;
  return (
    <Layout
      ctx={ctx}
      meta={{ title: t("consult.inboxTitle"), description: t("consult.inboxTitle"), noindex: true }}
    >
      <h1>{t("consult.inboxTitle")}</h1>
      {props.rows.length === 0 ? (
        <p>{t("consult.inboxEmpty")}</p>
      ) : (
        <ul class="plain">
          {props.rows.map((r) => (
            <li key={`${r.requestId}-${r.facilityId}`}>
              <a href={href(locale, `/portal/inbox/${r.requestId}/${r.facilityId}`)}>
                {t("consult.open")} — {r.facilityName}
              </a>{" "}
              · {ctx.i18n.code("consult.status", r.status)}{" "}
              {r.confirmedAt ? `· ${t("consult.received", { date: ctx.i18n.date(r.confirmedAt) })}` : ""}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

export function InboxRequestPage(props: {
  ctx: PageContext;
  csrfToken: string;
  requestId: string;
  facilityId: string;
  profile: Record<string, string | undefined>;
  records: Array<{ id: string; label: string; sizeBytes: number }>;
  messages: Message[];
  issues: FieldIssue[];
}) {
  const { ctx, profile } = props;
  const { t, locale } = ctx.i18n;
  const rows: Array<[string, string | undefined]> = [
    [t("consult.name"), profile.name],
    [t("consult.country"), profile.country],
    [t("consult.language"), profile.preferredLanguage],
    [t("consult.phone"), profile.phone],
    [t("consult.messagingApp"), profile.messagingApp],
    [t("consult.neuroLevel"), profile.neuroLevel === "unknown" ? t("consult.unknown") : profile.neuroLevel],
    [t("consult.ais"), profile.ais === "unknown" ? t("consult.unknown") : profile.ais],
    [t("consult.injuryDate"), profile.injuryDate],
    [t("consult.injuryCause"), profile.injuryCause],
    [t("consult.currentRehab"), profile.currentRehab],
    [t("consult.goals"), profile.goals],
  ];
  return (
    <Layout
      ctx={ctx}
      meta={{ title: t("consult.inboxTitle"), description: t("consult.inboxTitle"), noindex: true }}
    >
      <p>
        <a href={href(locale, "/portal/inbox")}>{t("consult.inboxTitle")}</a>
      </p>
      <h1>{profile.name}</h1>
      <Errors ctx={ctx} issues={props.issues} />
      <dl class="facts">
        {rows
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
      </dl>
      {props.records.length ? (
        <ul class="plain">
          {props.records.map((r) => (
            <li key={r.id}>
              <a href={href(locale, `/portal/inbox/${props.requestId}/${props.facilityId}/records/${r.id}`)}>
                {t("consult.downloadRecord", { file: r.label })}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <h2>{t("consult.thread", { facility: "" }).replace(/\s+$/, "")}</h2>
      <Thread ctx={ctx} messages={props.messages} />
      <form
        method="post"
        action={href(locale, `/portal/inbox/${props.requestId}/${props.facilityId}/messages`)}
      >
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <div class="field field-wide">
          <label for="body">{t("consult.replyAsFacility")}</label>
          <textarea
            id="body"
            name="body"
            rows={5}
            aria-invalid={props.issues.some((i) => i.field === "body") ? "true" : undefined}
          />
        </div>
        <div class="field field-wide">
          <label for="proposedTimes">{t("consult.proposedTimes")}</label>
          <p class="hint" id="proposedTimes-hint">
            {t("consult.proposedTimesHint")}
          </p>
          <input
            id="proposedTimes"
            name="proposedTimes"
            type="text"
            autoComplete="off"
            aria-describedby="proposedTimes-hint"
          />
        </div>
        <button type="submit" class="button">
          {t("consult.send")}
        </button>
      </form>
    </Layout>
  );
}
