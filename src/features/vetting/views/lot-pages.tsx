import type { FieldIssue } from "../../../shared/errors.js";
import { href, type PageContext } from "../../../shared/page.js";
import { SelectField, TextField } from "../../../shared/views/forms.js";
import { Layout, Notice } from "../../../shared/views/layout.js";
import { COA_MARKERS, type CoaFormField, type CoaFormValues, DONOR_TESTS } from "../coa/form.js";
import { FormErrors } from "./portal-pages.js";
import { RemoveRecordForm } from "./record-form.js";

export function LotFormPage(props: {
  ctx: PageContext;
  csrfToken: string;
  facilityId: string;
  facilityName: string;
  values: CoaFormValues;
  issues: FieldIssue[];
  prefilledFrom: string | null;
  prefillFailed: boolean;
  /** Set on the edit page of a stored lot. */
  lotId?: string;
}) {
  const { ctx, values } = props;
  const { t, locale } = ctx.i18n;
  const bad = new Set(props.issues.map((i) => i.field));
  const unknown: [string, string] = ["", t("portal.lot.unknown")];
  const title = props.lotId ? t("portal.lot.editTitle") : t("portal.lot.title");
  const lotsPath = `/portal/facilities/${props.facilityId}/lots`;
  return (
    <Layout ctx={ctx} meta={{ title, description: t("portal.lot.lead"), noindex: true }}>
      <p>
        <a href={href(locale, `/portal/facilities/${props.facilityId}`)}>{props.facilityName}</a>
      </p>
      <h1>{title}</h1>
      <p class="lead">{t("portal.lot.lead")}</p>
      {props.prefilledFrom ? (
        <Notice tone="warning" title={t("portal.lot.prefilled", { file: props.prefilledFrom })} />
      ) : null}
      {props.prefillFailed ? <Notice tone="info" title={t("portal.lot.prefillFailed")} /> : null}
      <FormErrors ctx={ctx} issues={props.issues} />
      <form
        method="post"
        action={href(locale, props.lotId ? `${lotsPath}/${props.lotId}` : lotsPath)}
        class="portal-form"
      >
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <fieldset>
          <legend>{t("portal.lot.identification")}</legend>
          <TextField
            name="lotCode"
            label={t("portal.lot.lotCode")}
            value={values.lotCode}
            invalid={bad.has("lotCode")}
          />
          <TextField
            name="issuedOn"
            label={t("portal.lot.issuedOn")}
            value={values.issuedOn}
            invalid={bad.has("issuedOn")}
            type="date"
          />
          <TextField
            name="expiresOn"
            label={t("portal.lot.expiresOn")}
            value={values.expiresOn}
            invalid={bad.has("expiresOn")}
            type="date"
          />
          <SelectField
            name="cellSource"
            label={t("portal.lot.cellSource")}
            value={values.cellSource}
            options={[
              unknown,
              ["umbilical-cord", t("cellSource.umbilical_cord")],
              ["adipose", t("cellSource.adipose")],
              ["bone-marrow", t("cellSource.bone_marrow")],
              ["other", t("cellSource.other")],
            ]}
          />
          <SelectField
            name="autologous"
            label={t("portal.lot.autologous")}
            value={values.autologous}
            options={[unknown, ["yes", t("portal.lot.autologousYes")], ["no", t("portal.lot.autologousNo")]]}
          />
        </fieldset>
        <fieldset>
          <legend>{t("portal.lot.laboratory")}</legend>
          <TextField
            name="laboratoryName"
            label={t("portal.lot.laboratoryName")}
            value={values.laboratoryName}
            invalid={bad.has("laboratoryName")}
          />
          <TextField
            name="laboratoryAccreditation"
            label={t("portal.lot.accreditation")}
            value={values.laboratoryAccreditation}
            invalid={bad.has("laboratoryAccreditation")}
          />
          <SelectField
            name="independentOfClinic"
            label={t("portal.lot.independent")}
            value={values.independentOfClinic}
            options={[unknown, ["yes", t("common.yes")], ["no", t("common.no")]]}
          />
        </fieldset>
        <fieldset>
          <legend>{t("portal.lot.identity")}</legend>
          <p class="hint">{t("portal.lot.identityHint")}</p>
          <TextField
            name="identityMethod"
            label={t("portal.lot.identityMethod")}
            value={values.identityMethod}
            invalid={bad.has("identityMethod")}
          />
          {COA_MARKERS.map((m) => (
            <TextField
              key={m}
              name={`marker_${m}`}
              label={m}
              value={values[`marker_${m}` as CoaFormField]}
              invalid={bad.has(`marker_${m}`)}
            />
          ))}
        </fieldset>
        <fieldset>
          <legend>{t("portal.lot.quality")}</legend>
          <TextField
            name="totalViableCells"
            label={t("portal.lot.totalViableCells")}
            value={values.totalViableCells}
            invalid={bad.has("totalViableCells")}
            hint={t("portal.lot.numberHint")}
          />
          <TextField
            name="viabilityPercent"
            label={t("portal.lot.viability")}
            value={values.viabilityPercent}
            invalid={bad.has("viabilityPercent")}
          />
          <TextField
            name="sterilityMethod"
            label={t("portal.lot.sterilityMethod")}
            value={values.sterilityMethod}
            invalid={bad.has("sterilityMethod")}
          />
          <TextField
            name="sterilityResult"
            label={t("portal.lot.sterilityResult")}
            value={values.sterilityResult}
            invalid={bad.has("sterilityResult")}
          />
          <TextField
            name="mycoplasmaMethod"
            label={t("portal.lot.mycoplasmaMethod")}
            value={values.mycoplasmaMethod}
            invalid={bad.has("mycoplasmaMethod")}
          />
          <TextField
            name="mycoplasmaResult"
            label={t("portal.lot.mycoplasmaResult")}
            value={values.mycoplasmaResult}
            invalid={bad.has("mycoplasmaResult")}
          />
          <TextField
            name="endotoxinValue"
            label={t("portal.lot.endotoxin")}
            value={values.endotoxinValue}
            invalid={bad.has("endotoxinValue")}
          />
          <SelectField
            name="endotoxinUnit"
            label={t("portal.lot.endotoxinUnit")}
            value={values.endotoxinUnit}
            options={[unknown, ["EU/mL", "EU/mL"], ["EU/kg", "EU/kg"], ["EU/dose", "EU/dose"]]}
          />
          <TextField
            name="doseVolumeMl"
            label={t("portal.lot.doseVolume")}
            value={values.doseVolumeMl}
            invalid={bad.has("doseVolumeMl")}
          />
          <TextField
            name="karyotype"
            label={t("portal.lot.karyotype")}
            value={values.karyotype}
            invalid={bad.has("karyotype")}
          />
        </fieldset>
        <fieldset>
          <legend>{t("portal.lot.donor")}</legend>
          {DONOR_TESTS.map((d) => (
            <TextField
              key={d}
              name={`donor_${d}`}
              label={d === "syphilis" ? t("portal.lot.syphilis") : d}
              value={values[`donor_${d}` as CoaFormField]}
              invalid={bad.has(`donor_${d}`)}
            />
          ))}
        </fieldset>
        <button type="submit" class="button">
          {t("portal.lot.save")}
        </button>
      </form>
      {props.lotId ? (
        <RemoveRecordForm
          ctx={ctx}
          csrfToken={props.csrfToken}
          action={`${lotsPath}/${props.lotId}/remove`}
          lead={t("portal.remove.lead")}
          invalid={bad.has("confirmRemove")}
        />
      ) : null}
    </Layout>
  );
}
