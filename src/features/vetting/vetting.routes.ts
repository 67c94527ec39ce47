import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { renderToString } from "preact-render-to-string";
import { isoDay } from "../../shared/clock.js";
import type { Locale } from "../../shared/domain.js";
import { AppError, type FieldIssue, notFound } from "../../shared/errors.js";
import { href, html, pageContext } from "../../shared/page.js";
import { renderPage } from "../../shared/views/layout.js";
import { listCities } from "../catalogue/catalogue.service.js";
import { scanText } from "../redflags/engine/index.js";
import { SCAN_MAX_CHARS } from "../redflags/redflags.schemas.js";
import { coaValuesFrom } from "./coa/form.js";
import { portalGate, sendRecordForm, typed, validationIssues } from "./portal-http.js";
import { ROUTE_FORM_DEFAULTS } from "./programme-record.js";
import {
  ClaimSchema,
  ClinicianSchema,
  DecisionSchema,
  FacilityBasicsSchema,
  LicenceSchema,
  LotSchema,
  type ProgrammeInput,
  ProgrammeSchema,
  parseVettingForm,
} from "./vetting.schemas.js";
import * as service from "./vetting.service.js";
import { LotFormPage } from "./views/lot-pages.js";
import { type BasicsValues, LiveFindings, PortalFacilityPage, PortalHomePage } from "./views/portal-pages.js";
import { clinicianGroups, licenceGroups, programmeGroups } from "./views/record-specs.js";
import { ReviewFacilityPage, ReviewQueuePage } from "./views/review-pages.js";

/** Multipart limits surface as Fastify errors: a file over the limit is the user's mistake, said plainly. */
function uploadIssues(error: unknown): FieldIssue[] {
  const code = (error as { code?: string }).code ?? "";
  if (code === "FST_REQ_FILE_TOO_LARGE" || code === "FST_FILES_LIMIT" || code === "FST_PARTS_LIMIT")
    return [{ field: "file", messageKey: "portal.upload.tooLarge" }];
  if (code === "FST_INVALID_MULTIPART_CONTENT_TYPE")
    return [{ field: "file", messageKey: "portal.upload.empty" }];
  return validationIssues(error);
}

/** The clinic portal and the reviewer console. Anonymous visitors are sent to sign in; others without the role get 404. */
export async function vettingRoutes(app: FastifyInstance, opts: { locale: Locale }) {
  const { locale } = opts;
  const db = app.database.db;
  const today = () => isoDay(app.clock.now());

  const gate = portalGate(locale);
  const facilityId = (request: FastifyRequest) => String((request.params as { id?: string }).id ?? "");

  async function portalFacility(
    request: FastifyRequest,
    reply: FastifyReply,
    issues: FieldIssue[],
    values: BasicsValues | null,
    notice: string | null,
  ) {
    const { facility, standards } = await service.facilityForPortal(db, request.actor, facilityId(request));
    const docs = await service.documentsFor(db, request.actor, facility.id);
    const lots = await service.lotsFor(db, request.actor, facility.id);
    const team = await service.teamAndLicences(db, request.actor, facility.id);
    const programmes = await service.programmesFor(db, request.actor, facility.id);
    const scan = (text: string, lang: "en" | "es") =>
      text ? scanText(text, { locale }).findings.map((f) => ({ ...f, lang })) : [];
    return html(
      reply,
      renderPage(
        PortalFacilityPage({
          ctx: pageContext(request, locale, app.config),
          csrfToken: reply.generateCsrf(),
          facility,
          standards,
          values: values ?? (facility as unknown as BasicsValues),
          issues,
          findings: { en: scan(facility.ownTextEn, "en"), es: scan(facility.ownTextEs, "es") },
          documents: docs,
          lots,
          team,
          programmes,
          notice,
        }),
      ),
    );
  }

  // The clinic's own words, scanned as staff type (public/app.js): a fragment of findings in the page's
  // language. Nothing is stored; typing pauses set the pace, and the limit leaves room for a long edit.
  app.post(
    "/portal/redflags",
    { preHandler: app.csrfProtection, config: { rateLimit: { max: 120, timeWindow: "1 minute" } } },
    async (request, reply) => {
      if (!gate(request, reply, "portal:use")) return reply;
      const body = (request.body ?? {}) as Record<string, unknown>;
      const text = typeof body.text === "string" ? body.text.slice(0, SCAN_MAX_CHARS) : "";
      const field =
        typeof body.field === "string" && /^[A-Za-z]{1,40}$/.test(body.field) ? body.field : "text";
      const findings = text.trim() ? scanText(text, { locale }).findings : [];
      return html(
        reply,
        renderToString(LiveFindings({ ctx: pageContext(request, locale, app.config), findings, field })),
      );
    },
  );

  app.get("/portal", async (request, reply) => {
    if (!gate(request, reply, "portal:use")) return reply;
    const facilities = await service.myFacilities(db, request.actor);
    return html(
      reply,
      renderPage(
        PortalHomePage({
          ctx: pageContext(request, locale, app.config),
          csrfToken: reply.generateCsrf(),
          facilities,
          values: { kind: "hospital" },
          issues: [],
        }),
      ),
    );
  });

  app.post("/portal/facilities", { preHandler: app.csrfProtection }, async (request, reply) => {
    if (!gate(request, reply, "portal:use")) return reply;
    try {
      const basics = parseVettingForm(FacilityBasicsSchema, request.body);
      const id = await service.createFacility(db, request.actor, basics);
      return reply.redirect(`${href(locale, `/portal/facilities/${id}`)}?created=1`, 303);
    } catch (error) {
      const issues = validationIssues(error);
      reply.code(400);
      const facilities = await service.myFacilities(db, request.actor);
      return html(
        reply,
        renderPage(
          PortalHomePage({
            ctx: pageContext(request, locale, app.config),
            csrfToken: reply.generateCsrf(),
            facilities,
            values: typed(request),
            issues,
          }),
        ),
      );
    }
  });

  app.get("/portal/facilities/:id", async (request, reply) => {
    if (!gate(request, reply, "portal:use")) return reply;
    const q = (request.query ?? {}) as Record<string, unknown>;
    const t = pageContext(request, locale, app.config).i18n.t;
    const notice = q.created
      ? t("portal.created")
      : q.saved
        ? t("portal.saved")
        : q.submitted
          ? t("portal.submitted")
          : q.removed
            ? t("portal.removed")
            : null;
    return portalFacility(request, reply, [], null, notice);
  });

  app.post("/portal/facilities/:id", { preHandler: app.csrfProtection }, async (request, reply) => {
    if (!gate(request, reply, "portal:use")) return reply;
    try {
      const basics = parseVettingForm(FacilityBasicsSchema, request.body);
      await service.updateFacilityBasics(db, request.actor, facilityId(request), basics, today());
      return reply.redirect(`${href(locale, `/portal/facilities/${facilityId(request)}`)}?saved=1`, 303);
    } catch (error) {
      const issues = validationIssues(error);
      reply.code(400);
      return portalFacility(request, reply, issues, typed(request), null);
    }
  });

  app.post("/portal/facilities/:id/claims", { preHandler: app.csrfProtection }, async (request, reply) => {
    if (!gate(request, reply, "portal:use")) return reply;
    try {
      const claim = parseVettingForm(ClaimSchema, request.body);
      await service.claimStandard(db, request.actor, facilityId(request), claim.standard, claim.claimText);
      return reply.redirect(`${href(locale, `/portal/facilities/${facilityId(request)}`)}?saved=1`, 303);
    } catch (error) {
      const issues = validationIssues(error);
      reply.code(400);
      return portalFacility(request, reply, issues, null, null);
    }
  });

  app.post("/portal/facilities/:id/submit", { preHandler: app.csrfProtection }, async (request, reply) => {
    if (!gate(request, reply, "portal:use")) return reply;
    try {
      await service.submitForReview(db, request.actor, facilityId(request));
      return reply.redirect(`${href(locale, `/portal/facilities/${facilityId(request)}`)}?submitted=1`, 303);
    } catch (error) {
      const issues = validationIssues(error);
      reply.code(400);
      return portalFacility(request, reply, issues, null, null);
    }
  });

  app.post("/portal/facilities/:id/documents", { preHandler: app.csrfProtection }, async (request, reply) => {
    if (!gate(request, reply, "portal:use")) return reply;
    try {
      let standard: string | undefined;
      let file: { fileName: string; bytes: Buffer; truncated: boolean } | undefined;
      if (!request.isMultipart())
        throw new AppError("VALIDATION", "portal.invalid.title", {
          issues: [{ field: "file", messageKey: "portal.upload.empty" }],
        });
      for await (const part of request.parts()) {
        if (part.type === "field" && part.fieldname === "standard") standard = String(part.value);
        if (part.type === "file" && part.fieldname === "file") {
          const bytes = await part.toBuffer().catch(() => null);
          file = {
            fileName: part.filename,
            bytes: bytes ?? Buffer.alloc(0),
            truncated: bytes === null || part.file.truncated,
          };
        }
      }
      const parsedStandard = ClaimSchema.shape.standard.safeParse(standard);
      if (!parsedStandard.success)
        throw new AppError("VALIDATION", "portal.invalid.title", {
          issues: [{ field: "standard", messageKey: "portal.invalid.standard" }],
        });
      if (!file)
        throw new AppError("VALIDATION", "portal.invalid.title", {
          issues: [{ field: "file", messageKey: "portal.upload.empty" }],
        });
      await service.uploadDocument(db, request.actor, facilityId(request), {
        standard: parsedStandard.data,
        ...file,
      });
      return reply.redirect(`${href(locale, `/portal/facilities/${facilityId(request)}`)}?uploaded=1`, 303);
    } catch (error) {
      const issues = uploadIssues(error);
      reply.code(issues[0]?.messageKey === "portal.upload.tooLarge" ? 413 : 400);
      return portalFacility(request, reply, issues, null, null);
    }
  });

  app.get("/documents/:id", async (request, reply) => {
    if (request.actor.kind !== "user") throw notFound();
    const doc = await service.downloadDocument(db, request.actor, facilityId(request));
    const ext =
      doc.contentType === "application/pdf" ? "pdf" : doc.contentType === "image/png" ? "png" : "jpg";
    return reply
      .header("content-type", doc.contentType)
      .header("content-disposition", `attachment; filename="document-${doc.id.slice(0, 8)}.${ext}"`)
      .header("x-content-type-options", "nosniff")
      .header("cache-control", "private, no-store")
      .send(doc.content);
  });

  app.get("/portal/facilities/:id/lots/new", async (request, reply) => {
    if (!gate(request, reply, "portal:use")) return reply;
    const { facility } = await service.facilityForPortal(db, request.actor, facilityId(request));
    const documentId = (request.query as Record<string, unknown>)?.document;
    const prefill =
      typeof documentId === "string"
        ? await service.prefillFromDocument(db, request.actor, facility.id, documentId)
        : null;
    return html(
      reply,
      renderPage(
        LotFormPage({
          ctx: pageContext(request, locale, app.config),
          csrfToken: reply.generateCsrf(),
          facilityId: facility.id,
          facilityName: facility.name,
          values: prefill?.values ?? {},
          issues: [],
          prefilledFrom: prefill?.label ?? null,
          prefillFailed: typeof documentId === "string" && !prefill,
        }),
      ),
    );
  });

  app.post("/portal/facilities/:id/lots", { preHandler: app.csrfProtection }, async (request, reply) => {
    if (!gate(request, reply, "portal:use")) return reply;
    const body = (request.body ?? {}) as Record<string, unknown>;
    const values = coaValuesFrom(body);
    try {
      const lot = parseVettingForm(LotSchema, body);
      await service.addLot(db, request.actor, facilityId(request), {
        lotCode: lot.lotCode,
        issuedOn: lot.issuedOn,
        expiresOn: lot.expiresOn,
        values,
      });
      return reply.redirect(
        `${href(locale, `/portal/facilities/${facilityId(request)}`)}?saved=1#lots-h`,
        303,
      );
    } catch (error) {
      const issues = validationIssues(error);
      reply.code(400);
      const { facility } = await service.facilityForPortal(db, request.actor, facilityId(request));
      return html(
        reply,
        renderPage(
          LotFormPage({
            ctx: pageContext(request, locale, app.config),
            csrfToken: reply.generateCsrf(),
            facilityId: facility.id,
            facilityName: facility.name,
            values,
            issues,
            prefilledFrom: null,
            prefillFailed: false,
          }),
        ),
      );
    }
  });

  /** The add-a-record pages (clinicians, licences): one pattern, a form spec and a service call each. */
  const records = [
    {
      path: "clinicians",
      schema: ClinicianSchema,
      groups: clinicianGroups,
      title: "portal.clinician.title",
      lead: "portal.clinician.lead",
      add: service.addClinician,
      defaults: { role: "physician", specialty: "neurology" },
    },
    {
      path: "licences",
      schema: LicenceSchema,
      groups: licenceGroups,
      title: "portal.licence.title",
      lead: "portal.licence.lead",
      add: service.addLicence,
      defaults: { authority: "COFEPRIS", kind: "licencia_sanitaria_cells" },
    },
  ] as const;
  for (const record of records) {
    const page = async (
      request: FastifyRequest,
      reply: FastifyReply,
      values: Record<string, string>,
      issues: FieldIssue[],
    ) => {
      const { facility } = await service.facilityForPortal(db, request.actor, facilityId(request));
      const ctx = pageContext(request, locale, app.config);
      return sendRecordForm(reply, ctx, facility, {
        title: ctx.i18n.t(record.title),
        lead: ctx.i18n.t(record.lead),
        action: `/portal/facilities/${facility.id}/${record.path}`,
        groups: record.groups(ctx.i18n),
        values: {
          ...(record.path === "licences"
            ? { address: `${facility.street}, ${facility.city}, ${facility.state}` }
            : {}),
          ...record.defaults,
          ...values,
        },
        issues,
        submit: ctx.i18n.t("portal.saveRecord"),
      });
    };
    app.get(`/portal/facilities/:id/${record.path}/new`, async (request, reply) => {
      if (!gate(request, reply, "portal:use")) return reply;
      return page(request, reply, {}, []);
    });
    app.post(
      `/portal/facilities/:id/${record.path}`,
      { preHandler: app.csrfProtection },
      async (request, reply) => {
        if (!gate(request, reply, "portal:use")) return reply;
        try {
          const values = parseVettingForm(record.schema, request.body);
          await record.add(db, request.actor, facilityId(request), values as never);
          return reply.redirect(
            `${href(locale, `/portal/facilities/${facilityId(request)}`)}?saved=1#team-h`,
            303,
          );
        } catch (error) {
          const issues = validationIssues(error);
          reply.code(400);
          return page(request, reply, typed(request), issues);
        }
      },
    );
  }

  const programmePage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    values: Record<string, string>,
    issues: FieldIssue[],
  ) => {
    const { facility } = await service.facilityForPortal(db, request.actor, facilityId(request));
    const ctx = pageContext(request, locale, app.config);
    return sendRecordForm(reply, ctx, facility, {
      title: ctx.i18n.t("portal.programme.title"),
      lead: ctx.i18n.t("portal.programme.lead"),
      action: `/portal/facilities/${facility.id}/programmes`,
      groups: programmeGroups(ctx.i18n),
      values: {
        cellSource: "umbilical_cord",
        ...ROUTE_FORM_DEFAULTS,
        ptSetting: "inpatient",
        evidenceLevel: "experimental_uncontrolled",
        priceCurrency: "USD",
        ...values,
      },
      issues,
      submit: ctx.i18n.t("portal.programme.save"),
    });
  };

  app.get("/portal/facilities/:id/programmes/new", async (request, reply) => {
    if (!gate(request, reply, "portal:use")) return reply;
    return programmePage(request, reply, {}, []);
  });

  app.post(
    "/portal/facilities/:id/programmes",
    { preHandler: app.csrfProtection },
    async (request, reply) => {
      if (!gate(request, reply, "portal:use")) return reply;
      try {
        const programme = parseVettingForm(ProgrammeSchema, request.body);
        await service.addProgramme(
          db,
          request.actor,
          facilityId(request),
          programme as ProgrammeInput,
          today(),
        );
        return reply.redirect(
          `${href(locale, `/portal/facilities/${facilityId(request)}`)}?saved=1#programmes-h`,
          303,
        );
      } catch (error) {
        const issues = validationIssues(error);
        reply.code(400);
        return programmePage(request, reply, typed(request), issues);
      }
    },
  );

  app.post("/review/documents/:id", { preHandler: app.csrfProtection }, async (request, reply) => {
    if (!gate(request, reply, "review:use")) return reply;
    const body = (request.body ?? {}) as Record<string, unknown>;
    const decision = body.decision === "accepted" || body.decision === "rejected" ? body.decision : null;
    const note = typeof body.note === "string" ? body.note : "";
    if (!decision) throw new AppError("BAD_REQUEST", "error.badRequest");
    try {
      const facility = await service.decideDocument(db, request.actor, facilityId(request), decision, note);
      return reply.redirect(`${href(locale, `/review/facilities/${facility}`)}?recorded=1`, 303);
    } catch (error) {
      const issues = validationIssues(error);
      reply.code(400);
      const doc = await service.documentFacility(db, request.actor, facilityId(request));
      return reviewFacility(request, reply, issues, null, doc.facilityId);
    }
  });

  app.get("/review", async (request, reply) => {
    if (!gate(request, reply, "review:use")) return reply;
    const city = String((request.query as Record<string, unknown>)?.city ?? "").slice(0, 80);
    const rows = await service.reviewQueue(db, request.actor, city ? { city } : {});
    return html(
      reply,
      renderPage(
        ReviewQueuePage({
          ctx: pageContext(request, locale, app.config),
          rows,
          city,
          cities: await listCities(db),
        }),
      ),
    );
  });

  async function reviewFacility(
    request: FastifyRequest,
    reply: FastifyReply,
    issues: FieldIssue[],
    notice: string | null,
    id = facilityId(request),
  ) {
    const { facility, standards, timeline } = await service.facilityForReview(db, request.actor, id);
    const docs = await service.documentsFor(db, request.actor, facility.id);
    const advice = await service.adviceFor(db, request.actor, facility.id, today());
    return html(
      reply,
      renderPage(
        ReviewFacilityPage({
          advice,
          ctx: pageContext(request, locale, app.config),
          csrfToken: reply.generateCsrf(),
          facility,
          standards,
          documents: docs,
          timeline,
          issues,
          notice,
          today: today(),
        }),
      ),
    );
  }

  app.get("/review/facilities/:id", async (request, reply) => {
    if (!gate(request, reply, "review:use")) return reply;
    const recorded = (request.query as Record<string, unknown>)?.recorded;
    return reviewFacility(
      request,
      reply,
      [],
      recorded ? pageContext(request, locale, app.config).i18n.t("review.recorded") : null,
    );
  });

  app.post("/review/facilities/:id/decisions", { preHandler: app.csrfProtection }, async (request, reply) => {
    if (!gate(request, reply, "review:use")) return reply;
    try {
      const decision = parseVettingForm(DecisionSchema, request.body);
      await service.decide(db, request.actor, facilityId(request), decision, today());
      return reply.redirect(`${href(locale, `/review/facilities/${facilityId(request)}`)}?recorded=1`, 303);
    } catch (error) {
      const issues = validationIssues(error);
      reply.code(400);
      return reviewFacility(request, reply, issues, null);
    }
  });
}
