import type { ComponentChildren } from "preact";
import type { FieldIssue } from "../../../shared/errors.js";
import { href, type PageContext } from "../../../shared/page.js";
import { TextField } from "../../../shared/views/forms.js";
import { Layout, Notice } from "../../../shared/views/layout.js";
import { PASSWORD_MIN } from "../accounts.schemas.js";

type FormProps = {
  ctx: PageContext;
  csrfToken: string;
  issues: FieldIssue[];
  values: Record<string, string>;
  message?: string | null;
};

function Errors(props: { ctx: PageContext; issues: FieldIssue[]; message?: string | null }) {
  const { t } = props.ctx.i18n;
  if (props.message) return <Notice tone="error" title={props.message} />;
  if (!props.issues.length) return null;
  return (
    <Notice
      tone="error"
      title={t("account.invalid.title")}
      items={props.issues.map((i) => ({ text: t(i.messageKey as never, i.params), field: i.field }))}
    />
  );
}

function AccountForm(props: {
  ctx: PageContext;
  action: string;
  csrfToken: string;
  submit: string;
  children: ComponentChildren;
}) {
  return (
    <form method="post" action={href(props.ctx.i18n.locale, props.action)} class="account-form">
      <input type="hidden" name="_csrf" value={props.csrfToken} />
      {props.children}
      <button type="submit" class="button">
        {props.submit}
      </button>
    </form>
  );
}

export function SignUpPage(props: FormProps) {
  const { ctx, values, issues } = props;
  const { t, locale } = ctx.i18n;
  const bad = new Set(issues.map((i) => i.field));
  return (
    <Layout
      ctx={ctx}
      meta={{ title: t("account.signUpTitle"), description: t("account.signUpLead"), noindex: true }}
    >
      <h1>{t("account.signUpTitle")}</h1>
      <p class="lead">{t("account.signUpLead")}</p>
      <Errors ctx={ctx} issues={issues} message={props.message} />
      <AccountForm
        ctx={ctx}
        action="/account/sign-up"
        csrfToken={props.csrfToken}
        submit={t("account.signUpSubmit")}
      >
        <TextField
          wide
          required
          name="displayName"
          label={t("account.displayName")}
          type="text"
          autoComplete="name"
          value={values.displayName}
          invalid={bad.has("displayName")}
        />
        <TextField
          wide
          required
          name="email"
          label={t("account.email")}
          type="email"
          autoComplete="email"
          value={values.email}
          invalid={bad.has("email")}
        />
        <TextField
          wide
          required
          name="password"
          label={t("account.password")}
          type="password"
          autoComplete="new-password"
          invalid={bad.has("password")}
          hint={t("account.passwordHint", { min: PASSWORD_MIN })}
        />
        <fieldset class="choice" id="role">
          <legend>{t("account.role")}</legend>
          {(["patient", "clinic_staff"] as const).map((role) => (
            <div class="radio" key={role}>
              <input
                type="radio"
                id={`role-${role}`}
                name="role"
                value={role}
                checked={(values.role ?? "patient") === role}
              />
              <label for={`role-${role}`}>{t(`account.role.${role}`)}</label>
            </div>
          ))}
        </fieldset>
      </AccountForm>
      <p>
        <a href={href(locale, "/account/sign-in")}>{t("account.haveAccount")}</a>
      </p>
    </Layout>
  );
}

export function SignInPage(props: FormProps & { next: string }) {
  const { ctx, values, issues } = props;
  const { t, locale } = ctx.i18n;
  const bad = new Set(issues.map((i) => i.field));
  return (
    <Layout
      ctx={ctx}
      meta={{ title: t("account.signInTitle"), description: t("account.signInTitle"), noindex: true }}
    >
      <h1>{t("account.signInTitle")}</h1>
      <Errors ctx={ctx} issues={issues} message={props.message} />
      <AccountForm
        ctx={ctx}
        action="/account/sign-in"
        csrfToken={props.csrfToken}
        submit={t("account.signInSubmit")}
      >
        <input type="hidden" name="next" value={props.next} />
        <TextField
          wide
          required
          name="email"
          label={t("account.email")}
          type="email"
          autoComplete="username"
          value={values.email}
          invalid={bad.has("email")}
        />
        <TextField
          wide
          required
          name="password"
          label={t("account.password")}
          type="password"
          autoComplete="current-password"
          invalid={bad.has("password")}
        />
      </AccountForm>
      <ul class="plain">
        <li>
          <a href={href(locale, "/account/reset")}>{t("account.forgot")}</a>
        </li>
        <li>
          <a href={href(locale, "/account/sign-up")}>{t("account.noAccount")}</a>
        </li>
      </ul>
    </Layout>
  );
}

export function ResetRequestPage(props: FormProps) {
  const { ctx, values, issues } = props;
  const { t } = ctx.i18n;
  return (
    <Layout
      ctx={ctx}
      meta={{ title: t("account.resetTitle"), description: t("account.resetLead"), noindex: true }}
    >
      <h1>{t("account.resetTitle")}</h1>
      <p class="lead">{t("account.resetLead")}</p>
      <Errors ctx={ctx} issues={issues} message={props.message} />
      <AccountForm
        ctx={ctx}
        action="/account/reset"
        csrfToken={props.csrfToken}
        submit={t("account.resetSubmit")}
      >
        <TextField
          wide
          required
          name="email"
          label={t("account.email")}
          type="email"
          autoComplete="email"
          value={values.email}
          invalid={issues.some((i) => i.field === "email")}
        />
      </AccountForm>
    </Layout>
  );
}

export function SetPasswordPage(props: FormProps & { token: string }) {
  const { ctx, issues } = props;
  const { t } = ctx.i18n;
  return (
    <Layout
      ctx={ctx}
      meta={{
        title: t("account.setPasswordTitle"),
        description: t("account.setPasswordTitle"),
        noindex: true,
      }}
    >
      <h1>{t("account.setPasswordTitle")}</h1>
      <Errors ctx={ctx} issues={issues} message={props.message} />
      <AccountForm
        ctx={ctx}
        action="/account/password"
        csrfToken={props.csrfToken}
        submit={t("account.setPasswordSubmit")}
      >
        <input type="hidden" name="token" value={props.token} />
        <TextField
          wide
          required
          name="password"
          label={t("account.newPassword")}
          type="password"
          autoComplete="new-password"
          invalid={issues.some((i) => i.field === "password")}
          hint={t("account.passwordHint", { min: PASSWORD_MIN })}
        />
      </AccountForm>
    </Layout>
  );
}

/** A one-message page (check your email, confirmed, password saved, link expired). */
export function MessagePage(props: {
  ctx: PageContext;
  title: string;
  message: string;
  link?: { href: string; text: string };
}) {
  return (
    <Layout ctx={props.ctx} meta={{ title: props.title, description: props.message, noindex: true }}>
      <h1>{props.title}</h1>
      <p role="status">{props.message}</p>
      {props.link ? (
        <p>
          <a class="button" href={props.link.href}>
            {props.link.text}
          </a>
        </p>
      ) : null}
    </Layout>
  );
}

export function AccountHomePage(props: {
  ctx: PageContext;
  csrfToken: string;
  links: Array<{ href: string; text: string }>;
}) {
  const { ctx } = props;
  const { t, locale } = ctx.i18n;
  const actor = ctx.actor;
  return (
    <Layout
      ctx={ctx}
      meta={{ title: t("account.homeTitle"), description: t("account.homeTitle"), noindex: true }}
    >
      <h1>{t("account.homeTitle")}</h1>
      {actor.kind === "user" ? (
        <p>{t("account.signedInAs", { email: actor.email, role: ctx.i18n.code("role", actor.role) })}</p>
      ) : null}
      {props.links.length ? (
        <ul class="plain">
          {props.links.map((l) => (
            <li key={l.href}>
              <a href={l.href}>{l.text}</a>
            </li>
          ))}
        </ul>
      ) : null}
      <form method="post" action={href(locale, "/account/sign-out")}>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <button type="submit" class="button secondary">
          {t("account.signOut")}
        </button>
      </form>
    </Layout>
  );
}
