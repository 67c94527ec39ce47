import { ROLES } from "../../../shared/domain.js";
import type { FieldIssue } from "../../../shared/errors.js";
import { href, type PageContext } from "../../../shared/page.js";
import { Layout, Notice } from "../../../shared/views/layout.js";

type UserRow = { id: string; email: string; role: string; verified: Date | null; createdAt: Date };

export function UsersPage(props: {
  ctx: PageContext;
  csrfToken: string;
  users: UserRow[];
  facilities: Array<{ id: string; name: string }>;
  issues: FieldIssue[];
  values: Record<string, string>;
  invited: string | null;
}) {
  const { ctx, issues, values } = props;
  const { t, locale } = ctx.i18n;
  const bad = new Set(issues.map((i) => i.field));
  return (
    <Layout
      ctx={ctx}
      meta={{ title: t("admin.usersTitle"), description: t("admin.usersTitle"), noindex: true }}
    >
      <h1>{t("admin.usersTitle")}</h1>
      {props.invited ? <Notice tone="info" title={t("admin.invited", { email: props.invited })} /> : null}
      {issues.length ? (
        <Notice
          tone="error"
          title={t("account.invalid.title")}
          items={issues.map((i) => ({ text: t(i.messageKey as never, i.params), field: i.field }))}
        />
      ) : null}
      <section aria-labelledby="invite-h">
        <h2 id="invite-h">{t("admin.inviteHeading")}</h2>
        <form method="post" action={href(locale, "/admin/users")} class="account-form">
          <input type="hidden" name="_csrf" value={props.csrfToken} />
          <div class="field field-wide">
            <label for="email">{t("account.email")}</label>
            <input
              id="email"
              name="email"
              type="email"
              autoComplete="off"
              value={values.email ?? ""}
              aria-invalid={bad.has("email") ? "true" : undefined}
              required
            />
          </div>
          <div class="field">
            <label for="role">{t("admin.inviteRole")}</label>
            <select id="role" name="role" aria-invalid={bad.has("role") ? "true" : undefined}>
              {ROLES.map((r) => (
                <option key={r} value={r} selected={values.role === r}>
                  {ctx.i18n.code("role", r)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="facilityId">{t("admin.inviteFacility")}</label>
            <select
              id="facilityId"
              name="facilityId"
              aria-invalid={bad.has("facilityId") ? "true" : undefined}
            >
              <option value="">{t("admin.noFacility")}</option>
              {props.facilities.map((f) => (
                <option key={f.id} value={f.id} selected={values.facilityId === f.id}>
                  {f.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" class="button">
            {t("admin.inviteSubmit")}
          </button>
        </form>
      </section>
      <section aria-labelledby="users-h">
        <h2 id="users-h">{t("admin.usersHeading")}</h2>
        <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="users-h">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("account.email")}</th>
                <th scope="col">{t("admin.inviteRole")}</th>
                <th scope="col">{t("admin.verified")}</th>
              </tr>
            </thead>
            <tbody>
              {props.users.map((u) => (
                <tr key={u.id}>
                  <td>{u.email}</td>
                  <td>{ctx.i18n.code("role", u.role)}</td>
                  <td>{u.verified ? ctx.i18n.date(u.verified) : t("common.no")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </Layout>
  );
}

export function OutboxPage(props: {
  ctx: PageContext;
  emails: Array<{
    id: string;
    toAddress: string;
    subject: string;
    body: string;
    createdAt: Date;
    sentAt: Date | null;
  }>;
}) {
  const { ctx } = props;
  const { t } = ctx.i18n;
  return (
    <Layout
      ctx={ctx}
      meta={{ title: t("admin.outboxTitle"), description: t("admin.outboxLead"), noindex: true }}
    >
      <h1>{t("admin.outboxTitle")}</h1>
      <p class="lead">{t("admin.outboxLead")}</p>
      {props.emails.length === 0 ? <p>{t("admin.outboxEmpty")}</p> : null}
      {props.emails.map((e) => (
        <article class="email" key={e.id} aria-labelledby={`email-${e.id}`}>
          <h2 id={`email-${e.id}`}>{e.subject}</h2>
          <p class="muted">
            {t("admin.to")}: {e.toAddress} · {t("admin.created")}:{" "}
            {e.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC ·{" "}
            {e.sentAt ? t("admin.sent") : t("admin.notSent")}
          </p>
          <pre class="email-body">{e.body}</pre>
        </article>
      ))}
    </Layout>
  );
}

export function AuditPage(props: {
  ctx: PageContext;
  events: Array<{
    id: number;
    at: Date;
    actorKind: string;
    actorUserId: string | null;
    action: string;
    subjectType: string;
    subjectId: string | null;
    detail: unknown;
  }>;
}) {
  const { ctx } = props;
  const { t } = ctx.i18n;
  return (
    <Layout
      ctx={ctx}
      meta={{ title: t("admin.auditTitle"), description: t("admin.auditTitle"), noindex: true }}
    >
      <h1>{t("admin.auditTitle")}</h1>
      <div class="table-scroll" tabIndex={0} role="region" aria-label={t("admin.auditTitle")}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("admin.auditWhen")}</th>
              <th scope="col">{t("admin.auditActor")}</th>
              <th scope="col">{t("admin.auditAction")}</th>
              <th scope="col">{t("admin.auditSubject")}</th>
            </tr>
          </thead>
          <tbody>
            {props.events.map((e) => (
              <tr key={e.id}>
                <td>{e.at.toISOString().slice(0, 19).replace("T", " ")} UTC</td>
                <td>
                  {e.actorKind}
                  {e.actorUserId ? ` ${e.actorUserId.slice(0, 8)}` : ""}
                </td>
                <td>{e.action}</td>
                <td>
                  {e.subjectType} {e.subjectId?.slice(0, 8) ?? ""} <code>{JSON.stringify(e.detail)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}

export function RatesPage(props: {
  ctx: PageContext;
  csrfToken: string;
  rates: Array<{ quote: string; rateMicros: number; asOf: string }>;
  issues: FieldIssue[];
  values: Record<string, string>;
  saved: boolean;
  today: string;
}) {
  const { ctx, issues, values } = props;
  const { t, locale } = ctx.i18n;
  const bad = new Set(issues.map((i) => i.field));
  return (
    <Layout
      ctx={ctx}
      meta={{ title: t("admin.ratesTitle"), description: t("admin.ratesLead"), noindex: true }}
    >
      <h1>{t("admin.ratesTitle")}</h1>
      <p class="lead">{t("admin.ratesLead")}</p>
      {props.saved ? <Notice tone="info" title={t("admin.ratesSaved")} /> : null}
      {issues.length ? (
        <Notice
          tone="error"
          title={t("account.invalid.title")}
          items={issues.map((i) => ({ text: t(i.messageKey as never, i.params), field: i.field }))}
        />
      ) : null}
      <table>
        <caption>{t("admin.ratesCurrent")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("admin.ratesPair")}</th>
            <th scope="col">{t("admin.ratesRate")}</th>
            <th scope="col">{t("admin.ratesAsOf")}</th>
          </tr>
        </thead>
        <tbody>
          {props.rates.map((r) => (
            <tr key={r.quote}>
              <td>USD → {r.quote}</td>
              <td>{ctx.i18n.number(r.rateMicros / 1_000_000)}</td>
              <td>{ctx.i18n.date(r.asOf)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="post" action={href(locale, "/admin/rates")} class="account-form">
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        {(["MXN", "CAD", "EUR"] as const).map((c) => (
          <div class="field" key={c}>
            <label for={`rate-${c}`}>{t("admin.ratesPer", { currency: c })}</label>
            <input
              id={`rate-${c}`}
              name={c}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={values[c] ?? ""}
              aria-invalid={bad.has(c) ? "true" : undefined}
            />
          </div>
        ))}
        <div class="field">
          <label for="asOf">{t("admin.ratesAsOf")}</label>
          <input
            id="asOf"
            name="asOf"
            type="date"
            max={props.today}
            value={values.asOf ?? props.today}
            aria-invalid={bad.has("asOf") ? "true" : undefined}
          />
        </div>
        <button type="submit" class="button">
          {t("admin.ratesSave")}
        </button>
      </form>
    </Layout>
  );
}
