import type { Locale } from "../../../shared/domain.js";
import { fillTemplate, type MessageParams, type Terms } from "../coa/text.js";

/** Every reason a vetting rule can give, in English and Spanish. */
const en = {
  "hospital.fullService": "the facility is a hospital with neurology, imaging and emergency care",
  "hospital.notHospital": "the facility is a {facilityKind}, not a hospital",
  "hospital.noNeurology": "the facility does not have neurology",
  "hospital.noImaging": "the facility does not have imaging",
  "hospital.noEmergency": "the facility does not have emergency care",
  "hospital.intrathecalInHospital": "{programme}: intrathecal injections are given in a {setting}",
  "hospital.intrathecalOutpatient":
    "{programme}: intrathecal injections are given in an outpatient clinic, not a hospital",
  "hospital.intrathecalSettingNotStated":
    "{programme}: the clinic does not say where intrathecal injections are given",
  "hospital.noIntrathecal": "no programme offers intrathecal injections",

  "team.noLead": "no clinician is named as leading the team",
  "team.leadNotPhysician": "{name} leads the team but is a {role}, not a physician",
  "team.leadPhysician": "{name} leads the team, cédula profesional {cedula}",
  "team.leadNoCedula": "{name} leads the team but no cédula profesional is given",
  "team.cedulaFormat":
    "{name}: cédula profesional {cedula} is not 7 or 8 digits; check it in the SEP registry",
  "team.noInjector": "intrathecal injections are offered but no clinician is named as giving them",
  "team.injectorQualified": "{name} gives intrathecal injections as a {specialty} specialist",
  "team.injectorSpecialty": "{name} gives intrathecal injections but the specialty is {specialty}",
  "team.injectorNoCedula": "{name} gives intrathecal injections but no cédula profesional is given",
  "team.injectorExperienceNotStated": "{name}: the number of intrathecal procedures performed is not stated",
  "team.injectorNoExperience": "{name} declares no intrathecal procedures performed",
  "team.routeInjectorNotQualified": "{programme}: intrathecal injections are given by a {injector}",
  "team.routeInjectorNotStated": "{programme}: the clinic does not say who gives intrathecal injections",
  "team.certificateValid": "{name}: specialty certificate valid until {validUntil}",
  "team.certificateNotStated": "{name}: no specialty council certificate dates are given",
  "team.certificateIssueDateNotStated": "{name}: the specialty certificate's issue date is not given",
  "team.certificateTooOld":
    "{name}: the specialty certificate was issued on {issuedOn}, more than {years} years ago, and must be renewed",
  "team.certificateExpired": "{name}: the specialty certificate expired on {expiresOn}",
  "team.certificateIssuedInFuture":
    "{name}: the specialty certificate's issue date {issuedOn} is in the future",
  "team.certificateEndsBeforeIssue":
    "{name}: the specialty certificate expires ({expiresOn}) before it was issued ({issuedOn})",
  "team.certificateValidityTooLong":
    "{name}: the specialty certificate runs from {issuedOn} to {expiresOn}, longer than the {years} years councils grant",

  "licence.none": "no COFEPRIS licence is on file",
  "licence.noCellLicence": "no licencia sanitaria covering the handling of human cells is on file",
  "licence.avisoIsNotLicence":
    "{licenceKind} {number} is a notice, not a licence: it does not authorise handling human cells",
  "licence.hospitalLicenceNotEnough":
    "hospital licence {number} is needed but not enough: it does not cover handling human cells",
  "licence.valid":
    "licencia sanitaria {number} covers cell handling at this address, valid until {expiresOn}",
  "licence.validNoExpiry":
    "licencia sanitaria {number} covers cell handling at this address (no expiry date stated)",
  "licence.numberNotStated": "a cell-handling licence is on file without its number",
  "licence.expired": "licencia sanitaria {number} expired on {expiresOn}",
  "licence.issuedInFuture": "licencia sanitaria {number}: the issue date {issuedOn} is in the future",
  "licence.endsBeforeIssue":
    "licencia sanitaria {number} expires ({expiresOn}) before it was issued ({issuedOn})",
  "licence.addressMismatch":
    'licencia sanitaria {number} is for "{licenceAddress}", which does not clearly match the facility at "{facilityAddress}"',

  "coa.noProgrammes": "the facility lists no programmes, so there are no cell lots to check",
  "coa.noLots": "{programme}: no cell lot with a Certificate of Analysis is on file",
  "coa.doseNotStated":
    "{programme}: the dose of cells per session is not stated, so no lot can be shown to cover it",
  "coa.lotPasses": "lot {lot}: the Certificate of Analysis meets every criterion for {route} use",
  "coa.criterionFails": "lot {lot}: the Certificate of Analysis fails on {criterion}",
  "coa.criterionMissing": "lot {lot}: the Certificate of Analysis is missing or unclear on {criterion}",
  "coa.lotExpired": "lot {lot} expired on {expiresOn}",
  "coa.lotIssuedInFuture": "lot {lot}: the issue date {issuedOn} is in the future",
  "coa.lotIdNotStated": "lot {lot}: the Certificate of Analysis does not name the lot it tested",
  "coa.lotIdMismatch": "lot {lot}: the Certificate of Analysis is for lot {coaLotId}",
  "coa.originMismatch":
    "lot {lot}: the programme says the cells are {programmeOrigin} but the certificate says {coaOrigin}",
  "coa.cellSourceMismatch":
    "lot {lot}: the programme says the cells come from {programmeSource} but the certificate says {coaSource}",
} as const;

export type RuleReasonCode = keyof typeof en;

const es: Record<RuleReasonCode, string> = {
  "hospital.fullService": "el establecimiento es un hospital con neurología, imagenología y urgencias",
  "hospital.notHospital": "el establecimiento es una {facilityKind}, no un hospital",
  "hospital.noNeurology": "el establecimiento no cuenta con neurología",
  "hospital.noImaging": "el establecimiento no cuenta con imagenología",
  "hospital.noEmergency": "el establecimiento no cuenta con urgencias",
  "hospital.intrathecalInHospital": "{programme}: las inyecciones intratecales se aplican en {setting}",
  "hospital.intrathecalOutpatient":
    "{programme}: las inyecciones intratecales se aplican en un consultorio ambulatorio, no en un hospital",
  "hospital.intrathecalSettingNotStated":
    "{programme}: la clínica no dice dónde se aplican las inyecciones intratecales",
  "hospital.noIntrathecal": "ningún programa ofrece inyecciones intratecales",

  "team.noLead": "ningún médico figura como responsable del equipo",
  "team.leadNotPhysician": "{name} dirige el equipo pero es {role}, no médico",
  "team.leadPhysician": "{name} dirige el equipo, cédula profesional {cedula}",
  "team.leadNoCedula": "{name} dirige el equipo pero no se indica su cédula profesional",
  "team.cedulaFormat":
    "{name}: la cédula profesional {cedula} no tiene 7 u 8 dígitos; verifíquela en el registro de la SEP",
  "team.noInjector": "se ofrecen inyecciones intratecales pero ningún médico figura como quien las aplica",
  "team.injectorQualified": "{name} aplica las inyecciones intratecales como especialista en {specialty}",
  "team.injectorSpecialty": "{name} aplica las inyecciones intratecales pero su especialidad es {specialty}",
  "team.injectorNoCedula":
    "{name} aplica las inyecciones intratecales pero no se indica su cédula profesional",
  "team.injectorExperienceNotStated": "{name}: no se indica cuántos procedimientos intratecales ha realizado",
  "team.injectorNoExperience": "{name} declara no haber realizado procedimientos intratecales",
  "team.routeInjectorNotQualified": "{programme}: las inyecciones intratecales las aplica {injector}",
  "team.routeInjectorNotStated": "{programme}: la clínica no dice quién aplica las inyecciones intratecales",
  "team.certificateValid": "{name}: certificado de especialidad vigente hasta {validUntil}",
  "team.certificateNotStated": "{name}: no se indican las fechas del certificado del consejo de especialidad",
  "team.certificateIssueDateNotStated":
    "{name}: no se indica la fecha de emisión del certificado de especialidad",
  "team.certificateTooOld":
    "{name}: el certificado de especialidad se emitió el {issuedOn}, hace más de {years} años, y debe renovarse",
  "team.certificateExpired": "{name}: el certificado de especialidad venció el {expiresOn}",
  "team.certificateIssuedInFuture":
    "{name}: la fecha de emisión del certificado de especialidad ({issuedOn}) es futura",
  "team.certificateEndsBeforeIssue":
    "{name}: el certificado de especialidad vence ({expiresOn}) antes de su emisión ({issuedOn})",
  "team.certificateValidityTooLong":
    "{name}: el certificado de especialidad va del {issuedOn} al {expiresOn}, más de los {years} años que otorgan los consejos",

  "licence.none": "no hay ninguna licencia de COFEPRIS registrada",
  "licence.noCellLicence": "no hay ninguna licencia sanitaria que cubra el manejo de células humanas",
  "licence.avisoIsNotLicence":
    "{licenceKind} {number} es un aviso, no una licencia: no autoriza el manejo de células humanas",
  "licence.hospitalLicenceNotEnough":
    "la licencia de hospital {number} es necesaria pero no suficiente: no cubre el manejo de células humanas",
  "licence.valid":
    "la licencia sanitaria {number} cubre el manejo de células en este domicilio, vigente hasta {expiresOn}",
  "licence.validNoExpiry":
    "la licencia sanitaria {number} cubre el manejo de células en este domicilio (sin fecha de vencimiento indicada)",
  "licence.numberNotStated": "hay una licencia para manejo de células registrada sin su número",
  "licence.expired": "la licencia sanitaria {number} venció el {expiresOn}",
  "licence.issuedInFuture": "licencia sanitaria {number}: la fecha de emisión {issuedOn} es futura",
  "licence.endsBeforeIssue":
    "la licencia sanitaria {number} vence ({expiresOn}) antes de su emisión ({issuedOn})",
  "licence.addressMismatch":
    'la licencia sanitaria {number} es para "{licenceAddress}", que no coincide claramente con el establecimiento en "{facilityAddress}"',

  "coa.noProgrammes": "el establecimiento no tiene programas, así que no hay lotes celulares que revisar",
  "coa.noLots": "{programme}: no hay ningún lote celular con certificado de análisis",
  "coa.doseNotStated":
    "{programme}: no se indica la dosis de células por sesión, así que ningún lote puede demostrar que la cubre",
  "coa.lotPasses": "lote {lot}: el certificado de análisis cumple todos los criterios para uso {route}",
  "coa.criterionFails": "lote {lot}: el certificado de análisis no cumple en {criterion}",
  "coa.criterionMissing": "lote {lot}: el certificado de análisis no indica o no aclara {criterion}",
  "coa.lotExpired": "el lote {lot} venció el {expiresOn}",
  "coa.lotIssuedInFuture": "lote {lot}: la fecha de emisión {issuedOn} es futura",
  "coa.lotIdNotStated": "lote {lot}: el certificado de análisis no identifica el lote analizado",
  "coa.lotIdMismatch": "lote {lot}: el certificado de análisis es del lote {coaLotId}",
  "coa.originMismatch":
    "lote {lot}: el programa dice que las células son {programmeOrigin} pero el certificado dice {coaOrigin}",
  "coa.cellSourceMismatch":
    "lote {lot}: el programa dice que las células provienen de {programmeSource} pero el certificado dice {coaSource}",
};

export const RULE_MESSAGES: Record<Locale, Record<RuleReasonCode, string>> = { en, es };

const CELL_SOURCE_TERMS = {
  en: {
    umbilical_cord: "umbilical cord",
    adipose: "adipose tissue",
    bone_marrow: "bone marrow",
    other: "another source",
    undisclosed: "an undisclosed source",
  },
  es: {
    umbilical_cord: "cordón umbilical",
    adipose: "tejido adiposo",
    bone_marrow: "médula ósea",
    other: "otra fuente",
    undisclosed: "una fuente no revelada",
  },
};
const ORIGIN_TERMS = {
  en: { autologous: "autologous (the patient's own)", donor: "from a donor" },
  es: { autologous: "autólogas (del propio paciente)", donor: "de donante" },
};

/** Codes that appear inside sentences, by placeholder name. */
const RULE_TERMS: Terms = {
  facilityKind: {
    en: { hospital: "hospital", clinic: "clinic" },
    es: { hospital: "hospital", clinic: "clínica" },
  },
  setting: {
    en: {
      hospital_operating_room: "hospital operating room",
      hospital_procedure_room: "hospital procedure room",
      hospital_ward: "hospital ward",
    },
    es: {
      hospital_operating_room: "un quirófano de hospital",
      hospital_procedure_room: "una sala de procedimientos de hospital",
      hospital_ward: "una sala de hospitalización",
    },
  },
  role: {
    en: {
      physiotherapist: "physiotherapist",
      nurse: "nurse",
      laboratory_lead: "laboratory lead",
      coordinator: "coordinator",
    },
    es: {
      physiotherapist: "fisioterapeuta",
      nurse: "enfermero(a)",
      laboratory_lead: "responsable de laboratorio",
      coordinator: "coordinador(a)",
    },
  },
  specialty: {
    en: {
      neurology: "neurology",
      rehabilitation_medicine: "rehabilitation medicine",
      anesthesiology: "anesthesiology",
      neurosurgery: "neurosurgery",
      orthopedics: "orthopedics",
      internal_medicine: "internal medicine",
      general_medicine: "general medicine",
      physiotherapy: "physiotherapy",
      nursing: "nursing",
      laboratory_science: "laboratory science",
      other: "another field",
    },
    es: {
      neurology: "neurología",
      rehabilitation_medicine: "medicina de rehabilitación",
      anesthesiology: "anestesiología",
      neurosurgery: "neurocirugía",
      orthopedics: "ortopedia",
      internal_medicine: "medicina interna",
      general_medicine: "medicina general",
      physiotherapy: "fisioterapia",
      nursing: "enfermería",
      laboratory_science: "ciencias de laboratorio",
      other: "otra área",
    },
  },
  injector: {
    en: { general_physician: "general physician", nurse: "nurse" },
    es: { general_physician: "un médico general", nurse: "personal de enfermería" },
  },
  licenceKind: {
    en: { aviso_funcionamiento: "Aviso de funcionamiento", aviso_publicidad: "Aviso de publicidad" },
    es: { aviso_funcionamiento: "El aviso de funcionamiento", aviso_publicidad: "El aviso de publicidad" },
  },
  route: {
    en: { intrathecal: "intrathecal", intravenous: "intravenous" },
    es: { intrathecal: "intratecal", intravenous: "intravenoso" },
  },
  criterion: {
    en: {
      identity: "identity",
      quantity: "quantity",
      viability: "viability",
      sterility: "sterility",
      mycoplasma: "mycoplasma",
      endotoxin: "endotoxin",
      "independent-lab": "laboratory independence",
      "donor-screening": "donor screening",
    },
    es: {
      identity: "identidad",
      quantity: "cantidad",
      viability: "viabilidad",
      sterility: "esterilidad",
      mycoplasma: "micoplasma",
      endotoxin: "endotoxina",
      "independent-lab": "independencia del laboratorio",
      "donor-screening": "tamizaje del donante",
    },
  },
  programmeOrigin: ORIGIN_TERMS,
  coaOrigin: ORIGIN_TERMS,
  programmeSource: CELL_SOURCE_TERMS,
  coaSource: CELL_SOURCE_TERMS,
};

export function ruleReasonText(
  reason: { code: RuleReasonCode; params?: MessageParams },
  locale: Locale,
): string {
  return fillTemplate(RULE_MESSAGES[locale][reason.code], reason.params ?? {}, locale, RULE_TERMS);
}
