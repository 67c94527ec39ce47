import type { I18n } from "../../../i18n/index.js";
import { CLINICIAN_ROLES, LICENCE_KINDS, SPECIALTIES } from "../../../shared/domain.js";
import type { FieldGroup } from "./record-form.js";

export function clinicianGroups(i18n: I18n): FieldGroup[] {
  const { t } = i18n;
  return [
    {
      legend: t("portal.clinician.person"),
      fields: [
        { name: "fullName", label: t("portal.clinician.fullName"), kind: "text" },
        {
          name: "role",
          label: t("portal.clinician.role"),
          kind: "select",
          options: CLINICIAN_ROLES.map((r) => [r, i18n.code("role", r)]),
        },
        {
          name: "specialty",
          label: t("portal.clinician.specialty"),
          kind: "select",
          options: SPECIALTIES.map((s) => [s, i18n.code("specialty", s)]),
        },
        { name: "leadsTeam", label: t("portal.clinician.leadsTeam"), kind: "checkbox" },
      ],
    },
    {
      legend: t("portal.clinician.credentials"),
      fields: [
        {
          name: "cedulaProfesional",
          label: t("portal.clinician.cedulaProfesional"),
          kind: "text",
          hint: t("portal.clinician.cedulaHint"),
        },
        { name: "cedulaEspecialidad", label: t("portal.clinician.cedulaEspecialidad"), kind: "text" },
        { name: "certifyingCouncil", label: t("portal.clinician.council"), kind: "text" },
        { name: "certificateNumber", label: t("portal.clinician.certificateNumber"), kind: "text" },
        { name: "certificateIssuedOn", label: t("portal.clinician.certificateIssuedOn"), kind: "date" },
        { name: "certificateExpiresOn", label: t("portal.clinician.certificateExpiresOn"), kind: "date" },
      ],
    },
    {
      legend: t("portal.clinician.intrathecal"),
      fields: [
        { name: "performsIntrathecal", label: t("portal.clinician.performsIntrathecal"), kind: "checkbox" },
        { name: "intrathecalProcedures", label: t("portal.clinician.procedures"), kind: "number" },
      ],
    },
  ];
}

export function licenceGroups(i18n: I18n): FieldGroup[] {
  const { t } = i18n;
  return [
    {
      legend: t("portal.licence.document"),
      fields: [
        { name: "authority", label: t("portal.licence.authority"), kind: "text" },
        {
          name: "kind",
          label: t("portal.licence.kind"),
          kind: "select",
          options: LICENCE_KINDS.map((k) => [k, i18n.code("licenceKind", k)]),
          hint: t("portal.licence.kindHint"),
        },
        { name: "number", label: t("portal.licence.number"), kind: "text" },
        { name: "scope", label: t("portal.licence.scope"), kind: "textarea" },
        { name: "address", label: t("portal.licence.address"), kind: "text" },
        { name: "issuedOn", label: t("portal.licence.issuedOn"), kind: "date" },
        { name: "expiresOn", label: t("portal.licence.expiresOn"), kind: "date" },
      ],
    },
  ];
}
