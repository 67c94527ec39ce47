import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { isoDay } from "../../shared/clock.js";
import type { Locale } from "../../shared/domain.js";
import type { FieldIssue } from "../../shared/errors.js";
import { href, html, pageContext } from "../../shared/page.js";
import { renderPage } from "../../shared/views/layout.js";
import { type CoaFormValues, coaValuesFrom } from "./coa/form.js";
import { portalGate, sendRecordForm, typed, validationIssues } from "./portal-http.js";
import * as service from "./records.service.js";
import {
  ClinicianSchema,
  LicenceSchema,
  LotSchema,
  type ProgrammeInput,
  ProgrammeSchema,
  parseVettingForm,
} from "./vetting.schemas.js";
import { LotFormPage } from "./views/lot-pages.js";
import type { FieldGroup } from "./views/record-form.js";
import { clinicianGroups, licenceGroups, programmeGroups } from "./views/record-specs.js";

type Params = { id: string; recordId: string };
const params = (request: FastifyRequest) => request.params as Params;

const UNCONFIRMED: FieldIssue[] = [{ field: "confirmRemove", messageKey: "portal.remove.unconfirmed" }];
const confirmed = (request: FastifyRequest) =>
  ((request.body ?? {}) as Record<string, unknown>).confirmRemove === "on";

/** A stored record as form values: the fields the form shows, booleans as a ticked box, nulls as empty. */
function formValues(groups: FieldGroup[], row: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of groups.flatMap((g) => g.fields)) {
    const v = row[field.name];
    values[field.name] = v === true ? "on" : v === false || v === null || v === undefined ? "" : String(v);
  }
  return values;
}

/**
 * Editing and removing the records of a facility in the clinic portal: clinicians, licences, cell lots and
 * programmes. Each edit page is the add form filled with what is on file, with a remove form below it.
 */
export async function recordRoutes(app: FastifyInstance, opts: { locale: Locale }) {
  const { locale } = opts;
  const db = app.database.db;
  const today = () => isoDay(app.clock.now());
  const gate = portalGate(locale);
  const facilityPage = (request: FastifyRequest, query: string, anchor: string) =>
    `${href(locale, `/portal/facilities/${params(request).id}`)}?${query}=1#${anchor}`;

  type FormValues = Record<string, string>;
  type Page = (
    request: FastifyRequest,
    reply: FastifyReply,
    values: FormValues | null,
    issues: FieldIssue[],
  ) => Promise<FastifyReply>;

  /**
   * The three routes of an editable record: its edit page, saving it (a mistake shows the page again with
   * what was typed), and removing it once the box is ticked.
   */
  function editable(spec: {
    path: string;
    anchor: string;
    page: Page;
    save(request: FastifyRequest, id: string, recordId: string): Promise<void>;
    typedBack(request: FastifyRequest): FormValues;
    remove(request: FastifyRequest, id: string, recordId: string): Promise<void>;
  }) {
    const base = `/portal/facilities/:id/${spec.path}/:recordId`;
    app.get(`${base}/edit`, async (request, reply) => {
      if (!gate(request, reply, "portal:use")) return reply;
      return spec.page(request, reply, null, []);
    });
    app.post(base, { preHandler: app.csrfProtection }, async (request, reply) => {
      if (!gate(request, reply, "portal:use")) return reply;
      const { id, recordId } = params(request);
      try {
        await spec.save(request, id, recordId);
        return reply.redirect(facilityPage(request, "saved", spec.anchor), 303);
      } catch (error) {
        const issues = validationIssues(error);
        reply.code(400);
        return spec.page(request, reply, spec.typedBack(request), issues);
      }
    });
    app.post(`${base}/remove`, { preHandler: app.csrfProtection }, async (request, reply) => {
      if (!gate(request, reply, "portal:use")) return reply;
      const { id, recordId } = params(request);
      if (!confirmed(request)) {
        reply.code(400);
        return spec.page(request, reply, null, UNCONFIRMED);
      }
      await spec.remove(request, id, recordId);
      return reply.redirect(facilityPage(request, "removed", spec.anchor), 303);
    });
  }

  const simple = [
    {
      kind: "clinician",
      path: "clinicians",
      schema: ClinicianSchema,
      groups: clinicianGroups,
      title: "portal.clinician.editTitle",
      lead: "portal.clinician.lead",
    },
    {
      kind: "licence",
      path: "licences",
      schema: LicenceSchema,
      groups: licenceGroups,
      title: "portal.licence.editTitle",
      lead: "portal.licence.lead",
    },
  ] as const;

  for (const record of simple) {
    editable({
      path: record.path,
      anchor: "team-h",
      typedBack: typed,
      page: async (request, reply, values, issues) => {
        const { id, recordId } = params(request);
        const { facility, row } = await service.simpleRecord(db, request.actor, record.kind, id, recordId);
        const ctx = pageContext(request, locale, app.config);
        const groups = record.groups(ctx.i18n);
        const base = `/portal/facilities/${facility.id}/${record.path}/${recordId}`;
        return sendRecordForm(reply, ctx, facility, {
          title: ctx.i18n.t(record.title),
          lead: ctx.i18n.t(record.lead),
          action: base,
          groups,
          values: values ?? formValues(groups, row),
          issues,
          submit: ctx.i18n.t("portal.saveRecord"),
          remove: { action: `${base}/remove`, lead: ctx.i18n.t("portal.remove.lead") },
        });
      },
      save: async (request, id, recordId) => {
        const values = parseVettingForm(record.schema, request.body);
        await service.updateSimpleRecord(db, request.actor, record.kind, id, recordId, values, today());
      },
      remove: (request, id, recordId) =>
        service.removeSimpleRecord(db, request.actor, record.kind, id, recordId, today()),
    });
  }

  editable({
    path: "lots",
    anchor: "lots-h",
    typedBack: (request) => coaValuesFrom(request.body) as FormValues,
    page: async (request, reply, values, issues) => {
      const { id, recordId } = params(request);
      const stored = await service.lotForEdit(db, request.actor, id, recordId);
      return html(
        reply,
        renderPage(
          LotFormPage({
            ctx: pageContext(request, locale, app.config),
            csrfToken: reply.generateCsrf(),
            facilityId: stored.facility.id,
            facilityName: stored.facility.name,
            values: (values as CoaFormValues | null) ?? stored.values,
            issues,
            prefilledFrom: null,
            prefillFailed: false,
            lotId: stored.lot.id,
          }),
        ),
      );
    },
    save: async (request, id, recordId) => {
      const lot = parseVettingForm(LotSchema, request.body);
      const values = coaValuesFrom(request.body);
      await service.updateLot(
        db,
        request.actor,
        id,
        recordId,
        { lotCode: lot.lotCode, issuedOn: lot.issuedOn, expiresOn: lot.expiresOn, values },
        today(),
      );
    },
    remove: (request, id, recordId) => service.removeLot(db, request.actor, id, recordId, today()),
  });

  editable({
    path: "programmes",
    anchor: "programmes-h",
    typedBack: typed,
    page: async (request, reply, values, issues) => {
      const { id, recordId } = params(request);
      const stored = await service.programmeForEdit(db, request.actor, id, recordId);
      const ctx = pageContext(request, locale, app.config);
      const base = `/portal/facilities/${stored.facility.id}/programmes/${recordId}`;
      return sendRecordForm(reply, ctx, stored.facility, {
        title: ctx.i18n.t("portal.programme.editTitle"),
        lead: ctx.i18n.t("portal.programme.editLead"),
        action: base,
        groups: programmeGroups(ctx.i18n, true),
        values: values ?? stored.values,
        issues,
        submit: ctx.i18n.t("portal.programme.save"),
        remove: { action: `${base}/remove`, lead: ctx.i18n.t("portal.remove.programmeLead") },
      });
    },
    save: async (request, id, recordId) => {
      const programme = parseVettingForm(ProgrammeSchema, request.body) as ProgrammeInput;
      const priceConfirmed = ((request.body ?? {}) as Record<string, unknown>).priceConfirmed === "on";
      await service.updateProgramme(
        db,
        request.actor,
        id,
        recordId,
        { ...programme, priceConfirmed },
        today(),
      );
    },
    remove: (request, id, recordId) => service.removeProgramme(db, request.actor, id, recordId),
  });
}
