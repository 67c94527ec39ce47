import type { FieldIssue } from "../../../shared/errors.js";
import { href, type PageContext } from "../../../shared/page.js";
import { SelectField, TextAreaField, TextField } from "../../../shared/views/forms.js";
import { Layout } from "../../../shared/views/layout.js";
import { FormErrors } from "./portal-pages.js";

/** One field of a portal record form (clinician, licence, programme). */
export type FieldSpec =
  | {
      name: string;
      label: string;
      kind: "text" | "date" | "number" | "textarea";
      hint?: string;
      lang?: "en" | "es";
      /** The clinic's own words: scanned for red flags while typing. */
      liveRedflags?: boolean;
    }
  | { name: string; label: string; kind: "select"; options: Array<[string, string]>; hint?: string }
  | { name: string; label: string; kind: "checkbox"; hint?: string };

export type FieldGroup = { legend: string; fields: FieldSpec[] };

function Field(props: {
  spec: FieldSpec;
  values: Record<string, string>;
  bad: Set<string>;
  liveRedflagsUrl: string;
}) {
  const { spec, values, bad } = props;
  const hintId = spec.hint ? `${spec.name}-hint` : undefined;
  const hint = spec.hint ? (
    <p class="hint" id={hintId}>
      {spec.hint}
    </p>
  ) : null;
  if (spec.kind === "checkbox") {
    return (
      <div class="checkbox">
        <input
          type="checkbox"
          id={spec.name}
          name={spec.name}
          checked={values[spec.name] === "on"}
          aria-describedby={hintId}
        />
        <label for={spec.name}>{spec.label}</label>
        {hint}
      </div>
    );
  }
  if (spec.kind === "select") {
    return (
      <SelectField
        name={spec.name}
        label={spec.label}
        hint={spec.hint}
        value={values[spec.name]}
        options={spec.options}
        invalid={bad.has(spec.name)}
      />
    );
  }
  if (spec.kind === "textarea") {
    return (
      <TextAreaField
        name={spec.name}
        label={spec.label}
        hint={spec.hint}
        value={values[spec.name]}
        lang={spec.lang}
        invalid={bad.has(spec.name)}
        liveRedflags={spec.liveRedflags ? props.liveRedflagsUrl : undefined}
      />
    );
  }
  return (
    <TextField
      name={spec.name}
      label={spec.label}
      hint={spec.hint}
      type={spec.kind === "number" ? "text" : spec.kind}
      inputMode={spec.kind === "number" ? "numeric" : undefined}
      value={values[spec.name]}
      invalid={bad.has(spec.name)}
    />
  );
}

/**
 * Removing a record is its own form, below the edit form, and asks for a ticked confirmation so a stray
 * key press or voice command cannot delete anything.
 */
export function RemoveRecordForm(props: {
  ctx: PageContext;
  csrfToken: string;
  action: string;
  lead: string;
  invalid: boolean;
}) {
  const { t, locale } = props.ctx.i18n;
  return (
    <section aria-labelledby="remove-h" class="remove-record">
      <h2 id="remove-h">{t("portal.remove.heading")}</h2>
      <p>{props.lead}</p>
      <form method="post" action={href(locale, props.action)}>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <div class="checkbox">
          <input
            type="checkbox"
            id="confirmRemove"
            name="confirmRemove"
            aria-invalid={props.invalid ? "true" : undefined}
          />
          <label for="confirmRemove">{t("portal.remove.confirm")}</label>
        </div>
        <button type="submit" class="button danger">
          {t("portal.remove.button")}
        </button>
      </form>
    </section>
  );
}

/** A portal form page for one record; the same component serves clinicians, licences and programmes. */
export function RecordFormPage(props: {
  ctx: PageContext;
  csrfToken: string;
  title: string;
  lead: string;
  facilityId: string;
  facilityName: string;
  action: string;
  groups: FieldGroup[];
  values: Record<string, string>;
  issues: FieldIssue[];
  submit: string;
  /** On an edit page: where the remove form posts, and what removal does. */
  remove?: { action: string; lead: string };
}) {
  const { ctx } = props;
  const bad = new Set(props.issues.map((i) => i.field));
  return (
    <Layout ctx={ctx} meta={{ title: props.title, description: props.lead, noindex: true }}>
      <p>
        <a href={href(ctx.i18n.locale, `/portal/facilities/${props.facilityId}`)}>{props.facilityName}</a>
      </p>
      <h1>{props.title}</h1>
      <p class="lead">{props.lead}</p>
      <FormErrors ctx={ctx} issues={props.issues} />
      <form method="post" action={href(ctx.i18n.locale, props.action)} class="portal-form">
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        {props.groups.map((g) => (
          <fieldset key={g.legend}>
            <legend>{g.legend}</legend>
            {g.fields.map((spec) => (
              <Field
                key={spec.name}
                spec={spec}
                values={props.values}
                bad={bad}
                liveRedflagsUrl={href(ctx.i18n.locale, "/portal/redflags")}
              />
            ))}
          </fieldset>
        ))}
        <button type="submit" class="button">
          {props.submit}
        </button>
      </form>
      {props.remove ? (
        <RemoveRecordForm
          ctx={ctx}
          csrfToken={props.csrfToken}
          action={props.remove.action}
          lead={props.remove.lead}
          invalid={bad.has("confirmRemove")}
        />
      ) : null}
    </Layout>
  );
}
