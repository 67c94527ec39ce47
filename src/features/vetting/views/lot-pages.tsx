import type { FieldIssue } from "../../../shared/errors.js";
import { href, type PageContext } from "../../../shared/page.js";
import { Layout, Notice } from "../../../shared/views/layout.js";
import { COA_MARKERS, type CoaFormValues, DONOR_TESTS } from "../coa/form.js";
import { FormErrors } from "./portal-pages.js";

function Text(props: {
  name: string;
  label: string;
  values: CoaFormValues;
  bad: Set<string>;
  type?: string;
  hint?: string;
}) {
  const value = (props.values as Record<string, string | undefined>)[props.name] ?? "";
  return (
    <div class="field">
      <label for={props.name}>{props.label}</label>
      {props.hint ? (
        <p class="hint" id={`${props.name}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <input
        id={props.name}
        name={props.name}
        type={props.type ?? "text"}
        autoComplete="off"
        value={value}
        aria-describedby={props.hint ? `${props.name}-hint` : undefined}
        aria-invalid={props.bad.has(props.name) ? "true" : undefined}
      />
    </div>
  );
}

function Pick(props: {
  name: string;
  label: string;
  values: CoaFormValues;
  options: Array<[string, string]>;
}) {
  const value = (props.values as Record<string, string | undefined>)[props.name] ?? "";
  return (
    <div class="field">
      <label for={props.name}>{props.label}</label>
      <select id={props.name} name={props.name}>
        {props.options.map(([v, label]) => (
          <option key={v} value={v} selected={value === v}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function LotFormPage(props: {
  ctx: PageContext;
  csrfToken: string;
  facilityId: string;
  facilityName: string;
  values: CoaFormValues;
  issues: FieldIssue[];
  prefilledFrom: string | null;
  prefillFailed: boolean;
}) {
  const { ctx, values } = props;
  const { t, locale } = ctx.i18n;
  const bad = new Set(props.issues.map((i) => i.field));
  const unknown: [string, string] = ["", t("portal.lot.unknown")];
  return (
    <Layout
      ctx={ctx}
      meta={{ title: t("portal.lot.title"), description: t("portal.lot.lead"), noindex: true }}
    >
      <p>
        <a href={href(locale, `/portal/facilities/${props.facilityId}`)}>{props.facilityName}</a>
      </p>
      <h1>{t("portal.lot.title")}</h1>
      <p class="lead">{t("portal.lot.lead")}</p>
      {props.prefilledFrom ? (
        <Notice tone="warning" title={t("portal.lot.prefilled", { file: props.prefilledFrom })} />
      ) : null}
      {props.prefillFailed ? <Notice tone="info" title={t("portal.lot.prefillFailed")} /> : null}
      <FormErrors ctx={ctx} issues={props.issues} />
      <form
        method="post"
        action={href(locale, `/portal/facilities/${props.facilityId}/lots`)}
        class="portal-form"
      >
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <fieldset>
          <legend>{t("portal.lot.identification")}</legend>
          <Text name="lotCode" label={t("portal.lot.lotCode")} values={values} bad={bad} />
          <Text name="issuedOn" label={t("portal.lot.issuedOn")} values={values} bad={bad} type="date" />
          <Text name="expiresOn" label={t("portal.lot.expiresOn")} values={values} bad={bad} type="date" />
          <Pick
            name="cellSource"
            label={t("portal.lot.cellSource")}
            values={values}
            options={[
              unknown,
              ["umbilical-cord", t("cellSource.umbilical_cord")],
              ["adipose", t("cellSource.adipose")],
              ["bone-marrow", t("cellSource.bone_marrow")],
              ["other", t("cellSource.other")],
            ]}
          />
          <Pick
            name="autologous"
            label={t("portal.lot.autologous")}
            values={values}
            options={[unknown, ["yes", t("portal.lot.autologousYes")], ["no", t("portal.lot.autologousNo")]]}
          />
        </fieldset>
        <fieldset>
          <legend>{t("portal.lot.laboratory")}</legend>
          <Text name="laboratoryName" label={t("portal.lot.laboratoryName")} values={values} bad={bad} />
          <Text
            name="laboratoryAccreditation"
            label={t("portal.lot.accreditation")}
            values={values}
            bad={bad}
          />
          <Pick
            name="independentOfClinic"
            label={t("portal.lot.independent")}
            values={values}
            options={[unknown, ["yes", t("common.yes")], ["no", t("common.no")]]}
          />
        </fieldset>
        <fieldset>
          <legend>{t("portal.lot.identity")}</legend>
          <p class="hint">{t("portal.lot.identityHint")}</p>
          <Text name="identityMethod" label={t("portal.lot.identityMethod")} values={values} bad={bad} />
          {COA_MARKERS.map((m) => (
            <Text key={m} name={`marker_${m}`} label={m} values={values} bad={bad} />
          ))}
        </fieldset>
        <fieldset>
          <legend>{t("portal.lot.quality")}</legend>
          <Text
            name="totalViableCells"
            label={t("portal.lot.totalViableCells")}
            values={values}
            bad={bad}
            hint={t("portal.lot.numberHint")}
          />
          <Text name="viabilityPercent" label={t("portal.lot.viability")} values={values} bad={bad} />
          <Text name="sterilityMethod" label={t("portal.lot.sterilityMethod")} values={values} bad={bad} />
          <Text name="sterilityResult" label={t("portal.lot.sterilityResult")} values={values} bad={bad} />
          <Text name="mycoplasmaMethod" label={t("portal.lot.mycoplasmaMethod")} values={values} bad={bad} />
          <Text name="mycoplasmaResult" label={t("portal.lot.mycoplasmaResult")} values={values} bad={bad} />
          <Text name="endotoxinValue" label={t("portal.lot.endotoxin")} values={values} bad={bad} />
          <Pick
            name="endotoxinUnit"
            label={t("portal.lot.endotoxinUnit")}
            values={values}
            options={[unknown, ["EU/mL", "EU/mL"], ["EU/kg", "EU/kg"], ["EU/dose", "EU/dose"]]}
          />
          <Text name="doseVolumeMl" label={t("portal.lot.doseVolume")} values={values} bad={bad} />
          <Text name="karyotype" label={t("portal.lot.karyotype")} values={values} bad={bad} />
        </fieldset>
        <fieldset>
          <legend>{t("portal.lot.donor")}</legend>
          {DONOR_TESTS.map((d) => (
            <Text
              key={d}
              name={`donor_${d}`}
              label={d === "syphilis" ? t("portal.lot.syphilis") : d}
              values={values}
              bad={bad}
            />
          ))}
        </fieldset>
        <button type="submit" class="button">
          {t("portal.lot.save")}
        </button>
      </form>
    </Layout>
  );
}
