import type { I18n } from "../../../i18n/index.js";
import {
  CELL_SOURCES,
  CLINICIAN_ROLES,
  CURRENCIES,
  EVIDENCE_LEVELS,
  INJECTION_SETTINGS,
  INJECTOR_KINDS,
  LICENCE_KINDS,
  PRICE_ITEM_STATUSES,
  PRICE_ITEMS,
  PT_SETTINGS,
  SPECIALTIES,
} from "../../../shared/domain.js";
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

/** The programme form; when editing, the price can be confirmed as current without changing it. */
export function programmeGroups(i18n: I18n, editing = false): FieldGroup[] {
  const { t } = i18n;
  const settings = INJECTION_SETTINGS.map((s): [string, string] => [s, i18n.code("setting", s)]);
  const injectors = INJECTOR_KINDS.map((k): [string, string] => [k, i18n.code("injector", k)]);
  const route = (prefix: "it" | "iv", name: string): FieldGroup => ({
    legend: name,
    fields: [
      { name: `${prefix}Offered`, label: t("portal.programme.offered", { route: name }), kind: "checkbox" },
      {
        name: `${prefix}Dose`,
        label: t("portal.programme.dose"),
        kind: "text",
        hint: t("portal.lot.numberHint"),
      },
      { name: `${prefix}Sessions`, label: t("portal.programme.sessions"), kind: "number" },
      { name: `${prefix}Setting`, label: t("portal.programme.setting"), kind: "select", options: settings },
      {
        name: `${prefix}Injector`,
        label: t("portal.programme.injector"),
        kind: "select",
        options: injectors,
      },
    ],
  });
  return [
    {
      legend: t("portal.programme.about"),
      fields: [
        { name: "titleEn", label: t("portal.programme.titleEn"), kind: "text" },
        { name: "titleEs", label: t("portal.programme.titleEs"), kind: "text" },
        {
          name: "ownTextEn",
          label: t("portal.programme.ownTextEn"),
          kind: "textarea",
          lang: "en",
          hint: t("portal.ownTextHint"),
          liveRedflags: true,
        },
        {
          name: "ownTextEs",
          label: t("portal.programme.ownTextEs"),
          kind: "textarea",
          lang: "es",
          liveRedflags: true,
        },
        {
          name: "cellSource",
          label: t("portal.lot.cellSource"),
          kind: "select",
          options: CELL_SOURCES.map((c) => [c, i18n.code("cellSource", c)]),
        },
        {
          name: "autologous",
          label: t("portal.lot.autologous"),
          kind: "select",
          options: [
            ["", t("portal.lot.unknown")],
            ["yes", t("portal.lot.autologousYes")],
            ["no", t("portal.lot.autologousNo")],
          ],
        },
        {
          name: "evidenceLevel",
          label: t("portal.programme.evidence"),
          kind: "select",
          options: EVIDENCE_LEVELS.map((e) => [e, i18n.code("evidence", e)]),
        },
      ],
    },
    route("it", i18n.code("route", "intrathecal")),
    route("iv", i18n.code("route", "intravenous")),
    {
      legend: t("portal.programme.rehab"),
      fields: [
        { name: "ptIncluded", label: t("portal.programme.ptIncluded"), kind: "checkbox" },
        { name: "ptDays", label: t("portal.programme.ptDays"), kind: "number" },
        { name: "ptMinutesPerDay", label: t("portal.programme.ptMinutes"), kind: "number" },
        {
          name: "ptSetting",
          label: t("portal.programme.ptSetting"),
          kind: "select",
          options: PT_SETTINGS.map((s) => [s, i18n.code("ptSetting", s)]),
        },
        { name: "lengthOfStayDays", label: t("portal.programme.stay"), kind: "number" },
        { name: "eligibilityEn", label: t("portal.programme.eligibilityEn"), kind: "textarea", lang: "en" },
        { name: "eligibilityEs", label: t("portal.programme.eligibilityEs"), kind: "textarea", lang: "es" },
        { name: "followUpEn", label: t("portal.programme.followUpEn"), kind: "textarea", lang: "en" },
        { name: "followUpEs", label: t("portal.programme.followUpEs"), kind: "textarea", lang: "es" },
      ],
    },
    {
      legend: t("portal.programme.price"),
      fields: [
        {
          name: "priceLow",
          label: t("portal.programme.priceLow"),
          kind: "number",
          hint: editing ? t("portal.programme.priceEditHint") : t("portal.programme.priceHint"),
        },
        { name: "priceHigh", label: t("portal.programme.priceHigh"), kind: "number" },
        {
          name: "priceCurrency",
          label: t("estimate.currency"),
          kind: "select",
          options: CURRENCIES.map((c) => [c, c]),
        },
        ...(editing
          ? [
              {
                name: "priceConfirmed",
                label: t("portal.programme.priceConfirmed"),
                kind: "checkbox" as const,
              },
            ]
          : []),
      ],
    },
    {
      legend: t("portal.programme.checklist"),
      fields: PRICE_ITEMS.flatMap((item) => [
        {
          name: `item_${item}`,
          label: i18n.code("priceItem", item),
          kind: "select" as const,
          options: (["not_stated", ...PRICE_ITEM_STATUSES] as const).map((s): [string, string] => [
            s,
            i18n.code("quote.state", s),
          ]),
        },
        {
          name: `item_${item}_low`,
          label: t("portal.programme.extraLow", { item: i18n.code("priceItem", item) }),
          kind: "number" as const,
        },
        {
          name: `item_${item}_high`,
          label: t("portal.programme.extraHigh", { item: i18n.code("priceItem", item) }),
          kind: "number" as const,
        },
      ]),
    },
  ];
}
