/**
 * The fictional demo catalogue. Every facility, person, licence number, address and price here is made up
 * (licence numbers contain "DEMO", cédulas start with 99, web addresses are on example.mx) and the seed marks
 * every row is_demo. Some clinics' own words carry red flags on purpose, so the engine has something to find.
 */
import type { PriceItem } from "../../shared/domain.js";
import type { DemoCoa, DemoFacility, DemoProgramme, RelativeDate } from "./demo-types.js";

const d = (daysFromSeed: number): RelativeDate => ({ daysFromSeed });
const REVIEWER = "Dra. Elena Demo Revisora";

type Std = DemoFacility["standards"][keyof DemoFacility["standards"]];
const verified = (evidence: string, validUntil = 400): Std => ({
  status: "verified",
  checkedOn: d(-21),
  checkedBy: REVIEWER,
  evidence,
  validUntil: d(validUntil),
});
const claimed = (reasonEn: string, reasonEs: string): Std => ({ status: "claimed", reasonEn, reasonEs });
const missing = (reasonEn: string, reasonEs: string): Std => ({ status: "missing", reasonEn, reasonEs });
const rejected = (reasonEn: string, reasonEs: string): Std => ({
  status: "rejected",
  checkedOn: d(-40),
  checkedBy: REVIEWER,
  reasonEn,
  reasonEs,
  evidence: "Documents supplied by the clinic.",
});

const allVerified = (expiring = 400): DemoFacility["standards"] => ({
  hospital_setting: verified("Site visit report and hospital licence; injections in the operating room."),
  specialist_team: verified(
    "Cédulas checked in the Registro Nacional de Profesionistas; council certificates current.",
  ),
  cofepris_licence: verified(
    "Licencia sanitaria for human cell handling; scope and address match.",
    expiring,
  ),
  coa_per_lot: verified("Third-party certificates of analysis for every lot on offer.", 300),
});

const passingCoa = (lotId: string, lab = "Laboratorio Analítico Demo del Centro"): DemoCoa => ({
  lotId,
  cellSource: "umbilical-cord",
  autologous: false,
  laboratory: { name: lab, accreditation: "ISO/IEC 17025:2017", independentOfClinic: true },
  identity: {
    method: "flow cytometry",
    markers: {
      CD73: 98.2,
      CD90: 99.1,
      CD105: 96.4,
      CD45: 0.4,
      CD34: 0.7,
      CD14: 0.3,
      CD19: 0.2,
      "HLA-DR": 0.8,
    },
  },
  totalViableCells: 1.2e8,
  viabilityPercent: 94.5,
  sterility: { method: "USP <71>", result: "no growth" },
  mycoplasma: { method: "PCR", result: "negative" },
  endotoxin: { value: 0.1, unit: "EU/mL" },
  doseVolumeMl: 10,
  karyotype: "normal",
  donorScreening: { HIV: "negative", HBV: "negative", HCV: "negative", syphilis: "negative" },
});

const failingCoa = (lotId: string): DemoCoa => ({
  ...passingCoa(lotId, "Laboratorio Interno de la Clínica Demo"),
  laboratory: { name: "Laboratorio Interno de la Clínica Demo", independentOfClinic: false },
  identity: {
    method: "flow cytometry",
    markers: { CD73: 97, CD90: 96, CD105: 80, CD45: 3.5, CD34: 1, CD14: 1, CD19: 0.5, "HLA-DR": 1 },
  },
  viabilityPercent: 62,
});

const incompleteCoa = (lotId: string): DemoCoa => {
  const { sterility: _s, mycoplasma: _m, ...rest } = passingCoa(lotId, "Biolab Demo Norte");
  return rest;
};

const FULL_ITEMS: DemoProgramme["priceItems"] = {
  cell_processing: { status: "included" },
  intrathecal_session: { status: "included" },
  iv_session: { status: "included" },
  anaesthesia: { status: "included" },
  imaging: { status: "included", noteEn: "MRI before and after", noteEs: "Resonancia antes y después" },
  lab_work: { status: "included" },
  hospital_nights: { status: "included" },
  physical_therapy: { status: "included" },
  consultations: { status: "included" },
  follow_up: {
    status: "included",
    noteEn: "Video calls at 3, 6 and 12 months",
    noteEs: "Videollamadas a los 3, 6 y 12 meses",
  },
  transfers: { status: "excluded_priced", lowMinor: 15_000, highMinor: 30_000 },
  interpreter: { status: "included" },
};

/** The full checklist without some items (e.g. per-session items for a route the programme does not use). */
const fullItemsWithout = (...items: PriceItem[]): DemoProgramme["priceItems"] =>
  Object.fromEntries(Object.entries(FULL_ITEMS).filter(([item]) => !items.includes(item as PriceItem)));

const usd = (low: number, high: number, asOf = -30) => ({
  lowMinor: low * 100,
  highMinor: high * 100,
  currency: "USD" as const,
  asOf: d(asOf),
});
const mxn = (low: number, high: number, asOf = -30) => ({
  lowMinor: low * 100,
  highMinor: high * 100,
  currency: "MXN" as const,
  asOf: d(asOf),
});

const goodRoutes = (itDose = 50_000_000, ivDose = 100_000_000): DemoProgramme["routes"] => [
  {
    route: "intrathecal",
    doseCells: itDose,
    sessions: 2,
    scheduleDays: [2, 9],
    administeredBy: "anesthesiologist",
    setting: "hospital_operating_room",
  },
  {
    route: "intravenous",
    doseCells: ivDose,
    sessions: 2,
    scheduleDays: [2, 9],
    administeredBy: "nurse",
    setting: "hospital_ward",
  },
];

const ELIGIBILITY = {
  en: "Adults with a traumatic spinal cord injury of at least 6 months, AIS A to D, medically stable; an MRI within the last year.",
  es: "Adultos con lesión medular traumática de al menos 6 meses, AIS A a D, clínicamente estables; resonancia del último año.",
};
const FOLLOW_UP = {
  en: "ISNCSCI examination before treatment and at 3, 6 and 12 months; results shared with your own doctor.",
  es: "Examen ISNCSCI antes del tratamiento y a los 3, 6 y 12 meses; resultados compartidos con su médico.",
};

function programme(
  p: Partial<DemoProgramme> & Pick<DemoProgramme, "slug" | "titleEn" | "titleEs" | "ownTextEn" | "ownTextEs">,
): DemoProgramme {
  return {
    cellSource: "umbilical_cord",
    autologous: false,
    routes: goodRoutes(),
    ptDays: 20,
    ptMinutesPerDay: 180,
    ptSetting: "inpatient",
    ptIncluded: true,
    lengthOfStayDays: 21,
    eligibilityEn: ELIGIBILITY.en,
    eligibilityEs: ELIGIBILITY.es,
    followUpEn: FOLLOW_UP.en,
    followUpEs: FOLLOW_UP.es,
    evidenceLevel: "experimental_phase1_safety",
    price: usd(14_000, 18_000),
    priceItems: FULL_ITEMS,
    ...p,
  };
}

const team = (
  lead: string,
  cedula: string,
  council = "Consejo Mexicano de Neurología",
): DemoFacility["clinicians"] => [
  {
    fullName: lead,
    role: "lead_physician",
    specialty: "neurology",
    cedulaProfesional: cedula,
    cedulaEspecialidad: `${cedula.slice(0, 6)}21`,
    certifyingCouncil: council,
    certificateNumber: `DEMO-CMN-${cedula.slice(-4)}`,
    certificateIssuedOn: d(-700),
    certificateExpiresOn: d(1100),
    leadsTeam: true,
    performsIntrathecal: true,
    intrathecalProcedures: 240,
    languages: ["es", "en"],
  },
  {
    fullName: "Dr. Tomás Demo Anestesiólogo",
    role: "physician",
    specialty: "anesthesiology",
    cedulaProfesional: `${cedula.slice(0, 5)}301`,
    cedulaEspecialidad: `${cedula.slice(0, 5)}302`,
    certifyingCouncil: "Consejo Nacional de Certificación en Anestesiología",
    certificateNumber: `DEMO-CNCA-${cedula.slice(-3)}1`,
    certificateIssuedOn: d(-400),
    certificateExpiresOn: d(1400),
    performsIntrathecal: true,
    intrathecalProcedures: 610,
    languages: ["es"],
  },
  {
    fullName: "Dra. Lucía Demo Rehabilitadora",
    role: "rehabilitation_physician",
    specialty: "rehabilitation_medicine",
    cedulaProfesional: `${cedula.slice(0, 5)}401`,
    certifyingCouncil: "Consejo Mexicano de Medicina de Rehabilitación",
    certificateIssuedOn: d(-900),
    certificateExpiresOn: d(900),
    languages: ["es", "en"],
  },
  {
    fullName: "Lic. Andrés Demo Fisioterapeuta",
    role: "physiotherapist",
    specialty: "physiotherapy",
    cedulaProfesional: `${cedula.slice(0, 5)}501`,
    languages: ["es"],
  },
];

const cellLicence = (n: string, address: string, expires = 500): DemoFacility["licences"][number] => ({
  authority: "COFEPRIS",
  kind: "licencia_sanitaria_cells",
  number: `DEMO-${n}`,
  scope: "Disposición de células troncales y progenitoras con fines terapéuticos (uso humano)",
  address,
  issuedOn: d(-600),
  expiresOn: d(expires),
});
const hospitalLicence = (n: string, address: string): DemoFacility["licences"][number] => ({
  authority: "COFEPRIS",
  kind: "licencia_sanitaria_hospital",
  number: `DEMO-H-${n}`,
  scope: "Hospital general con quirófano, terapia intensiva y urgencias",
  address,
  issuedOn: d(-1500),
});
const aviso = (n: string, address: string): DemoFacility["licences"][number] => ({
  authority: "COFEPRIS",
  kind: "aviso_funcionamiento",
  number: `DEMO-AF-${n}`,
  scope: "Consultorio de medicina general",
  address,
  issuedOn: d(-800),
});

type Base = Pick<DemoFacility, "slug" | "name" | "kind" | "street" | "city" | "state" | "postalCode">;
function facility(
  base: Base,
  rest: Partial<DemoFacility> & Pick<DemoFacility, "ownTextEn" | "ownTextEs" | "standards" | "programmes">,
): DemoFacility {
  const host = base.slug.replace(/-(gdl|tij|mty|cdmx|qro|mid|cun|pue|oax|leo)$/, "");
  const hospital = base.kind === "hospital";
  return {
    ...base,
    hasNeurology: hospital,
    hasImaging: hospital,
    hasEmergency: hospital,
    hasIcu: hospital,
    phone: "+52 33 0000 0000",
    email: `contacto@${host}.example.mx`,
    website: `https://${host}.example.mx`,
    languages: ["es", "en"],
    accessibility: hospital
      ? [
          "step_free_entrance",
          "elevator",
          "accessible_toilet",
          "roll_in_shower",
          "accessible_parking",
          "adjustable_beds",
        ]
      : ["step_free_entrance"],
    clinicians: [],
    licences: [],
    cellLots: [],
    testimonials: [],
    ...rest,
  };
}

const addr = (b: Base) => `${b.street}, ${b.city}, ${b.state}`;

// ——— Vetted hospitals: honest words ———

const aurora: Base = {
  slug: "hospital-aurora-gdl",
  name: "Hospital Aurora (demo)",
  kind: "hospital",
  street: "Av. de los Arcos Ficticios 1200",
  city: "Guadalajara",
  state: "Jalisco",
  postalCode: "44100",
};
const pacifico: Base = {
  slug: "centro-medico-pacifico-tij",
  name: "Centro Médico Pacífico Norte (demo)",
  kind: "hospital",
  street: "Blvd. Agua Demo 4500",
  city: "Tijuana",
  state: "Baja California",
  postalCode: "22000",
};
const sierra: Base = {
  slug: "hospital-sierra-mty",
  name: "Hospital Sierra Madre (demo)",
  kind: "hospital",
  street: "Av. Cerro Inventado 300",
  city: "Monterrey",
  state: "Nuevo León",
  postalCode: "64000",
};
const neuro: Base = {
  slug: "instituto-neurorrehabilitacion-cdmx",
  name: "Instituto de Neurorrehabilitación del Valle (demo)",
  kind: "hospital",
  street: "Calz. Ejemplo 88",
  city: "Ciudad de México",
  state: "Ciudad de México",
  postalCode: "03100",
};
const bajio: Base = {
  slug: "hospital-bajio-qro",
  name: "Hospital del Bajío (demo)",
  kind: "hospital",
  street: "Prol. Imaginaria 1500",
  city: "Querétaro",
  state: "Querétaro",
  postalCode: "76000",
};
const peninsula: Base = {
  slug: "hospital-peninsula-mid",
  name: "Hospital Península (demo)",
  kind: "hospital",
  street: "Calle 60 Ficticia 410",
  city: "Mérida",
  state: "Yucatán",
  postalCode: "97000",
};

const HONEST_EN =
  "Mesenchymal stromal cell therapy for spinal cord injury is experimental. This is not a cure, and we do not guarantee results: studies so far mostly show the procedure is reasonably safe, with modest and variable changes in some patients. Intensive rehabilitation is the core of every programme.";
const HONEST_ES =
  "La terapia con células estromales mesenquimales para lesión medular es experimental. No es una cura y no garantizamos resultados: los estudios hasta ahora muestran sobre todo que el procedimiento es razonablemente seguro, con cambios modestos y variables en algunos pacientes. La rehabilitación intensiva es el centro de cada programa.";

const vettedFacilities: DemoFacility[] = [
  facility(aurora, {
    ownTextEn: `${HONEST_EN} Injections are given by our anesthesiology team in the operating room, with monitoring.`,
    ownTextEs: `${HONEST_ES} Las inyecciones las aplica nuestro equipo de anestesiología en quirófano, con monitoreo.`,
    clinicians: team("Dra. Mariana Demo Neuróloga", "99123456"),
    licences: [cellLicence("23-TR-09-0041", addr(aurora)), hospitalLicence("19-0112", addr(aurora))],
    cellLots: [
      {
        lotCode: "AUR-UC-2026-01",
        programmeSlug: "aurora-uc-intrathecal-rehab",
        coa: passingCoa("AUR-UC-2026-01"),
        issuedOn: d(-45),
        expiresOn: d(200),
      },
      {
        lotCode: "AUR-UC-2026-02",
        programmeSlug: "aurora-uc-iv-outpatient",
        coa: passingCoa("AUR-UC-2026-02"),
        issuedOn: d(-20),
        expiresOn: d(220),
      },
    ],
    standards: allVerified(),
    programmes: [
      programme({
        slug: "aurora-uc-intrathecal-rehab",
        titleEn: "Umbilical cord MSCs, intrathecal and IV, with 4 weeks of inpatient rehabilitation",
        titleEs:
          "Células del cordón umbilical, intratecal e intravenosa, con 4 semanas de rehabilitación hospitalaria",
        ownTextEn:
          "Two intrathecal injections by lumbar puncture in the operating room and two IV infusions, within 28 days of intensive physical therapy. Results vary; many patients see no measurable change.",
        ownTextEs:
          "Dos inyecciones intratecales por punción lumbar en quirófano y dos infusiones intravenosas, dentro de 28 días de fisioterapia intensiva. Los resultados varían; muchos pacientes no tienen cambios medibles.",
        ptDays: 28,
        lengthOfStayDays: 30,
        price: usd(16_500, 19_500, -12),
        previousPrices: [usd(15_000, 18_000, -300)],
      }),
      programme({
        slug: "aurora-uc-iv-outpatient",
        titleEn: "Umbilical cord MSCs by IV infusion with outpatient physical therapy",
        titleEs: "Células del cordón umbilical por vía intravenosa con fisioterapia ambulatoria",
        ownTextEn:
          "Three IV infusions on the hospital ward and two weeks of outpatient therapy. The potential benefit is uncertain.",
        ownTextEs:
          "Tres infusiones intravenosas en piso de hospital y dos semanas de terapia ambulatoria. El beneficio posible es incierto.",
        routes: [
          {
            route: "intravenous",
            doseCells: 100_000_000,
            sessions: 3,
            scheduleDays: [1, 4, 7],
            administeredBy: "nurse",
            setting: "hospital_ward",
          },
        ],
        ptDays: 14,
        ptMinutesPerDay: 120,
        ptSetting: "outpatient",
        lengthOfStayDays: 14,
        price: mxn(165_000, 210_000, -20),
        priceItems: {
          ...fullItemsWithout("intrathecal_session", "anaesthesia"),
          hospital_nights: { status: "excluded_priced", lowMinor: 250_000, highMinor: 400_000 },
        },
      }),
      programme({
        slug: "aurora-second-course",
        titleEn: "Second course for returning patients: IV cells and 2 weeks of therapy",
        titleEs: "Segundo ciclo para pacientes que regresan: células intravenosas y 2 semanas de terapia",
        ownTextEn:
          "Only for patients we treated at least a year ago, after reviewing their follow-up exams together. Any benefit of a second course is unknown.",
        ownTextEs:
          "Solo para pacientes que tratamos hace al menos un año, tras revisar juntos sus exámenes de seguimiento. Se desconoce el beneficio de un segundo ciclo.",
        routes: [
          {
            route: "intravenous",
            doseCells: 100_000_000,
            sessions: 2,
            scheduleDays: [1, 7],
            administeredBy: "nurse",
            setting: "hospital_ward",
          },
        ],
        ptDays: 14,
        ptMinutesPerDay: 150,
        lengthOfStayDays: 14,
        price: usd(8_000, 9_500, -50),
        priceItems: fullItemsWithout("intrathecal_session", "anaesthesia"),
      }),
    ],
  }),
  facility(pacifico, {
    ownTextEn: `${HONEST_EN} Most of our patients travel from the United States; our coordinators speak English.`,
    ownTextEs: `${HONEST_ES} La mayoría de nuestros pacientes viene de Estados Unidos; nuestros coordinadores hablan inglés.`,
    clinicians: team("Dr. Ricardo Demo Neurólogo", "99234567"),
    licences: [cellLicence("22-TR-02-0107", addr(pacifico)), hospitalLicence("17-0455", addr(pacifico))],
    cellLots: [
      {
        lotCode: "PAC-UC-0311",
        programmeSlug: "pacifico-uc-combined",
        coa: passingCoa("PAC-UC-0311"),
        issuedOn: d(-30),
        expiresOn: d(150),
      },
    ],
    standards: allVerified(),
    programmes: [
      programme({
        slug: "pacifico-uc-combined",
        titleEn: "Combined intrathecal and IV umbilical cord MSC protocol with 3 weeks of rehabilitation",
        titleEs:
          "Protocolo combinado intratecal e intravenoso con células del cordón umbilical y 3 semanas de rehabilitación",
        ownTextEn:
          "Cells may help some people regain a little function alongside rehabilitation; we cannot predict who. We share every lot's certificate of analysis.",
        ownTextEs:
          "Las células podrían ayudar a algunas personas a recuperar un poco de función junto con la rehabilitación; no podemos predecir a quién. Compartimos el certificado de análisis de cada lote.",
        price: usd(18_000, 22_000, -8),
      }),
      programme({
        slug: "pacifico-rehab-first",
        titleEn: "Rehabilitation-first programme: 6 weeks of therapy, cells optional after assessment",
        titleEs:
          "Programa con la rehabilitación primero: 6 semanas de terapia, células opcionales tras valoración",
        ownTextEn:
          "Six weeks of intensive therapy; an IV infusion is offered only if your team agrees after the first assessment.",
        ownTextEs:
          "Seis semanas de terapia intensiva; la infusión intravenosa se ofrece solo si su equipo está de acuerdo tras la primera valoración.",
        routes: [
          {
            route: "intravenous",
            doseCells: 80_000_000,
            sessions: 1,
            scheduleDays: [14],
            administeredBy: "nurse",
            setting: "hospital_ward",
          },
        ],
        ptDays: 42,
        ptMinutesPerDay: 200,
        lengthOfStayDays: 42,
        price: usd(12_000, 15_000, -60),
      }),
      programme({
        slug: "pacifico-uc-intrathecal-two-weeks",
        titleEn: "Umbilical cord MSCs, intrathecal, with 2 weeks of inpatient therapy",
        titleEs: "Células del cordón umbilical, intratecal, con 2 semanas de terapia hospitalaria",
        ownTextEn:
          "Two lumbar punctures in the operating room and two weeks of daily therapy; we give you a home programme to continue.",
        ownTextEs:
          "Dos punciones lumbares en quirófano y dos semanas de terapia diaria; le damos un programa para continuar en casa.",
        routes: [
          {
            route: "intrathecal",
            doseCells: 50_000_000,
            sessions: 2,
            scheduleDays: [2, 9],
            administeredBy: "anesthesiologist",
            setting: "hospital_operating_room",
          },
        ],
        ptDays: 14,
        lengthOfStayDays: 15,
        price: usd(12_500, 14_500, -22),
        priceItems: fullItemsWithout("iv_session"),
      }),
    ],
  }),
  facility(sierra, {
    ownTextEn: HONEST_EN,
    ownTextEs: HONEST_ES,
    clinicians: team("Dra. Sofía Demo Neuróloga", "99345678"),
    licences: [cellLicence("21-TR-19-0222", addr(sierra)), hospitalLicence("15-0987", addr(sierra))],
    cellLots: [
      {
        lotCode: "SMA-AD-77",
        programmeSlug: "sierra-adipose-autologous",
        coa: { ...passingCoa("SMA-AD-77"), cellSource: "adipose", autologous: true },
        issuedOn: d(-60),
        expiresOn: d(120),
      },
    ],
    standards: allVerified(),
    programmes: [
      programme({
        slug: "sierra-adipose-autologous",
        titleEn: "Your own adipose-derived MSCs, intrathecal, with 3 weeks of inpatient therapy",
        titleEs:
          "Sus propias células mesenquimales de tejido adiposo, intratecal, con 3 semanas de terapia hospitalaria",
        ownTextEn:
          "Cells are taken from your own fat tissue by liposuction, grown in a certified laboratory and injected by lumbar puncture. The evidence is limited and results vary.",
        ownTextEs:
          "Las células se obtienen de su propio tejido adiposo por liposucción, se cultivan en un laboratorio certificado y se inyectan por punción lumbar. La evidencia es limitada y los resultados varían.",
        cellSource: "adipose",
        autologous: true,
        routes: [
          {
            route: "intrathecal",
            doseCells: 40_000_000,
            sessions: 3,
            scheduleDays: [7, 14, 21],
            administeredBy: "neurologist",
            setting: "hospital_procedure_room",
          },
        ],
        price: mxn(280_000, 340_000, -25),
        evidenceLevel: "experimental_uncontrolled",
      }),
      programme({
        slug: "sierra-uc-iv-short",
        titleEn: "Umbilical cord MSCs by IV, 10-day programme with daily therapy",
        titleEs: "Células del cordón umbilical por vía intravenosa, programa de 10 días con terapia diaria",
        ownTextEn:
          "A shorter programme for people who cannot stay longer; rehabilitation continues at home with the plan we give you.",
        ownTextEs:
          "Un programa más corto para quien no puede quedarse más tiempo; la rehabilitación continúa en casa con el plan que le damos.",
        routes: [
          {
            route: "intravenous",
            doseCells: 100_000_000,
            sessions: 2,
            scheduleDays: [2, 6],
            administeredBy: "nurse",
            setting: "hospital_ward",
          },
        ],
        ptDays: 10,
        ptMinutesPerDay: 150,
        lengthOfStayDays: 10,
        price: usd(9_500, 11_000, -200),
        priceItems: {
          cell_processing: { status: "included" },
          iv_session: { status: "included" },
          physical_therapy: { status: "included" },
          imaging: { status: "excluded_unknown" },
          hospital_nights: { status: "excluded_unknown" },
        },
      }),
      programme({
        slug: "sierra-uc-combined",
        titleEn: "Umbilical cord MSCs, intrathecal and IV, with 3 weeks of inpatient therapy",
        titleEs:
          "Células del cordón umbilical, intratecal e intravenosa, con 3 semanas de terapia hospitalaria",
        ownTextEn:
          "Lumbar punctures in the procedure room by our neurologist, IV infusions on the ward, therapy every day.",
        ownTextEs:
          "Punciones lumbares en la sala de procedimientos por nuestra neuróloga, infusiones en piso, terapia diaria.",
        routes: goodRoutes(60_000_000),
        price: usd(15_000, 18_000, -28),
      }),
    ],
  }),
  facility(neuro, {
    ownTextEn: `${HONEST_EN} We take part in registered clinical research and never charge patients to join a study.`,
    ownTextEs: `${HONEST_ES} Participamos en investigación clínica registrada y nunca cobramos a los pacientes por entrar a un estudio.`,
    clinicians: team(
      "Dr. Julián Demo Neurocirujano",
      "99456789",
      "Consejo Mexicano de Cirugía Neurológica",
    ).map((c, i) => (i === 0 ? { ...c, specialty: "neurosurgery" as const } : c)),
    licences: [cellLicence("24-TR-09-0019", addr(neuro)), hospitalLicence("12-0001", addr(neuro))],
    cellLots: [
      {
        lotCode: "INV-BM-12",
        programmeSlug: "neuro-bone-marrow-autologous",
        coa: { ...passingCoa("INV-BM-12"), cellSource: "bone-marrow", autologous: true },
        issuedOn: d(-15),
        expiresOn: d(60),
      },
      {
        lotCode: "INV-UC-40",
        programmeSlug: "neuro-uc-intensive",
        coa: passingCoa("INV-UC-40"),
        issuedOn: d(-25),
        expiresOn: d(180),
      },
    ],
    standards: allVerified(),
    programmes: [
      programme({
        slug: "neuro-bone-marrow-autologous",
        titleEn: "Autologous bone marrow MSCs, intrathecal, with 4 weeks of neurorehabilitation",
        titleEs:
          "Células mesenquimales autólogas de médula ósea, intratecal, con 4 semanas de neurorrehabilitación",
        ownTextEn:
          "Bone marrow is collected under sedation, cells are expanded by an independent laboratory, and injected by lumbar puncture. Expect gains from rehabilitation; any added effect of the cells is uncertain.",
        ownTextEs:
          "La médula ósea se obtiene con sedación, un laboratorio independiente expande las células y se inyectan por punción lumbar. Espere avances por la rehabilitación; cualquier efecto adicional de las células es incierto.",
        cellSource: "bone_marrow",
        autologous: true,
        ptDays: 28,
        lengthOfStayDays: 35,
        price: mxn(350_000, 420_000, -15),
      }),
      programme({
        slug: "neuro-uc-intensive",
        titleEn: "Umbilical cord MSCs with 8 weeks of intensive neurorehabilitation",
        titleEs: "Células del cordón umbilical con 8 semanas de neurorrehabilitación intensiva",
        ownTextEn:
          "Our longest programme, for people who want the most therapy time. Cells are given in the first two weeks.",
        ownTextEs:
          "Nuestro programa más largo, para quien busca el mayor tiempo de terapia. Las células se aplican en las dos primeras semanas.",
        ptDays: 56,
        ptMinutesPerDay: 240,
        lengthOfStayDays: 56,
        price: usd(24_000, 29_000, -40),
      }),
      programme({
        slug: "neuro-uc-three-weeks",
        titleEn: "Umbilical cord MSCs, intrathecal and IV, with 3 weeks of neurorehabilitation",
        titleEs:
          "Células del cordón umbilical, intratecal e intravenosa, con 3 semanas de neurorrehabilitación",
        ownTextEn:
          "Our standard protocol. Outcomes are recorded with the ISNCSCI exam and shared with your own doctor.",
        ownTextEs:
          "Nuestro protocolo estándar. Los resultados se registran con el examen ISNCSCI y se comparten con su médico.",
        price: mxn(290_000, 330_000, -18),
      }),
    ],
  }),
  facility(bajio, {
    ownTextEn: HONEST_EN,
    ownTextEs: HONEST_ES,
    clinicians: team("Dra. Patricia Demo Neuróloga", "99567890"),
    licences: [cellLicence("23-TR-22-0310", addr(bajio)), hospitalLicence("16-0765", addr(bajio))],
    cellLots: [
      {
        lotCode: "BAJ-UC-0915",
        programmeSlug: "bajio-uc-family",
        coa: passingCoa("BAJ-UC-0915"),
        issuedOn: d(-35),
        expiresOn: d(160),
      },
    ],
    standards: allVerified(),
    programmes: [
      programme({
        slug: "bajio-uc-family",
        titleEn: "Umbilical cord MSCs with family caregiver training and 3 weeks of therapy",
        titleEs: "Células del cordón umbilical con capacitación para la familia y 3 semanas de terapia",
        ownTextEn:
          "Your companion learns transfers, skin care and the home exercise plan with our therapists. Cells are experimental; the training lasts.",
        ownTextEs:
          "Su acompañante aprende traslados, cuidado de la piel y el plan de ejercicios en casa con nuestros terapeutas. Las células son experimentales; la capacitación se queda.",
        price: usd(13_000, 16_000, -5),
      }),
      programme({
        slug: "bajio-assessment-only",
        titleEn: "Two-day assessment: ISNCSCI exam, MRI review and a written plan (no cells)",
        titleEs:
          "Valoración de dos días: examen ISNCSCI, revisión de resonancia y plan por escrito (sin células)",
        ownTextEn: "For families who want an independent opinion before deciding on any cell therapy.",
        ownTextEs:
          "Para familias que quieren una opinión independiente antes de decidir sobre cualquier terapia celular.",
        routes: [],
        ptDays: 0,
        ptMinutesPerDay: 0,
        ptSetting: "none",
        ptIncluded: false,
        lengthOfStayDays: 2,
        evidenceLevel: "experimental_no_published_data",
        price: mxn(12_000, 15_000, -10),
        priceItems: {
          consultations: { status: "included" },
          imaging: { status: "excluded_priced", lowMinor: 600_000, highMinor: 900_000 },
        },
      }),
      programme({
        slug: "bajio-uc-four-weeks",
        titleEn: "Umbilical cord MSCs, intrathecal and IV, with 4 weeks of rehabilitation",
        titleEs: "Células del cordón umbilical, intratecal e intravenosa, con 4 semanas de rehabilitación",
        ownTextEn:
          "Four weeks of therapy around two cell sessions. Please bring your recent MRI and exam notes.",
        ownTextEs:
          "Cuatro semanas de terapia alrededor de dos sesiones de células. Traiga su resonancia reciente y notas de exploración.",
        ptDays: 28,
        lengthOfStayDays: 29,
        price: usd(17_000, 20_000, -14),
      }),
    ],
  }),
  facility(peninsula, {
    ownTextEn: HONEST_EN,
    ownTextEs: HONEST_ES,
    clinicians: team("Dr. Emilio Demo Neurólogo", "99678901"),
    licences: [
      cellLicence("21-TR-31-0055", addr(peninsula), 20),
      hospitalLicence("14-0321", addr(peninsula)),
    ],
    cellLots: [
      {
        lotCode: "PEN-UC-0402",
        programmeSlug: "peninsula-uc-rehab",
        coa: passingCoa("PEN-UC-0402"),
        issuedOn: d(-50),
        expiresOn: d(90),
      },
    ],
    // The cell licence expires in 20 days: still vetted, staff warned.
    standards: allVerified(20),
    programmes: [
      programme({
        slug: "peninsula-uc-rehab",
        titleEn: "Umbilical cord MSCs, intrathecal and IV, with 3 weeks of rehabilitation by the sea",
        titleEs:
          "Células del cordón umbilical, intratecal e intravenosa, con 3 semanas de rehabilitación junto al mar",
        ownTextEn:
          "An accessible hotel next to the hospital is part of the package. The therapy is experimental.",
        ownTextEs:
          "Un hotel accesible junto al hospital forma parte del paquete. La terapia es experimental.",
        price: usd(15_000, 17_500, -90),
      }),
      programme({
        slug: "peninsula-iv-only",
        titleEn: "Umbilical cord MSCs by IV with two weeks of outpatient therapy",
        titleEs: "Células del cordón umbilical por vía intravenosa con dos semanas de terapia ambulatoria",
        ownTextEn:
          "IV infusions only; no lumbar puncture. The evidence for IV delivery in spinal cord injury is weaker.",
        ownTextEs:
          "Solo infusiones intravenosas; sin punción lumbar. La evidencia de la vía intravenosa en lesión medular es más débil.",
        routes: [
          {
            route: "intravenous",
            doseCells: 100_000_000,
            sessions: 2,
            scheduleDays: [1, 8],
            administeredBy: "nurse",
            setting: "hospital_ward",
          },
        ],
        ptDays: 14,
        ptMinutesPerDay: 120,
        ptSetting: "outpatient",
        lengthOfStayDays: 14,
        price: null,
        priceItems: {},
      }),
    ],
  }),
];

// ——— Partly verified, lapsed and red-flag clinics ———

const renace: Base = {
  slug: "clinica-renace-cun",
  name: "Clínica Renace Caribe (demo)",
  kind: "clinic",
  street: "Av. Coral Demo 22, local 5",
  city: "Cancún",
  state: "Quintana Roo",
  postalCode: "77500",
};
const vida: Base = {
  slug: "clinica-vida-nueva-pue",
  name: "Clínica Vida Nueva (demo)",
  kind: "clinic",
  street: "Calle Talavera Ficticia 9",
  city: "Puebla",
  state: "Puebla",
  postalCode: "72000",
};
const regenera: Base = {
  slug: "centro-regenera-tij",
  name: "Centro Regenera Frontera (demo)",
  kind: "clinic",
  street: "Av. Revolución Demo 1800, piso 3",
  city: "Tijuana",
  state: "Baja California",
  postalCode: "22000",
};
const horizonte: Base = {
  slug: "hospital-horizonte-gdl",
  name: "Hospital Horizonte Occidente (demo)",
  kind: "hospital",
  street: "Av. Patria Ficticia 2500",
  city: "Guadalajara",
  state: "Jalisco",
  postalCode: "45110",
};
const valle: Base = {
  slug: "hospital-del-valle-mty",
  name: "Hospital del Valle Norte (demo)",
  kind: "hospital",
  street: "Av. Constitución Demo 700",
  city: "Monterrey",
  state: "Nuevo León",
  postalCode: "64010",
};
const milagro: Base = {
  slug: "clinica-milagro-tij",
  name: "Clínica Milagro Celular (demo)",
  kind: "clinic",
  street: "Calle Segunda Demo 310",
  city: "Tijuana",
  state: "Baja California",
  postalCode: "22000",
};
const wellness: Base = {
  slug: "stem-wellness-cun",
  name: "Stem Wellness Riviera (demo)",
  kind: "clinic",
  street: "Blvd. Kukulcán Demo km 9",
  city: "Cancún",
  state: "Quintana Roo",
  postalCode: "77500",
};
const esperanza: Base = {
  slug: "celulas-esperanza-oax",
  name: "Células Esperanza (demo)",
  kind: "clinic",
  street: "Calle Macedonio Demo 15",
  city: "Oaxaca",
  state: "Oaxaca",
  postalCode: "68000",
};

const cheapClinicProgramme = (slug: string, en: string, es: string, extra: Partial<DemoProgramme> = {}) =>
  programme({
    slug,
    titleEn: en,
    titleEs: es,
    ownTextEn: "",
    ownTextEs: "",
    routes: [
      {
        route: "intrathecal",
        doseCells: null,
        sessions: 1,
        scheduleDays: [1],
        administeredBy: "general_physician",
        setting: "outpatient_clinic",
      },
      {
        route: "intravenous",
        doseCells: null,
        sessions: 1,
        scheduleDays: [1],
        administeredBy: "not_stated",
        setting: "not_stated",
      },
    ],
    ptDays: 0,
    ptMinutesPerDay: 0,
    ptSetting: "none",
    ptIncluded: false,
    lengthOfStayDays: 4,
    evidenceLevel: "experimental_no_published_data",
    price: usd(6_500, 9_000, -45),
    priceItems: { cell_processing: { status: "included" }, intrathecal_session: { status: "included" } },
    ...extra,
  });

const otherFacilities: DemoFacility[] = [
  facility(renace, {
    ownTextEn:
      "We combine cell therapy with physical therapy at a partner gym. Our laboratory certificate is being renewed.",
    ownTextEs:
      "Combinamos la terapia celular con fisioterapia en un gimnasio asociado. El certificado de nuestro laboratorio está en renovación.",
    clinicians: team("Dr. Óscar Demo Neurólogo", "99789012").slice(0, 2),
    licences: [
      aviso("0712", addr(renace)),
      { ...cellLicence("22-TR-23-0099", addr(renace)), address: "Av. Tulum Demo 5, Cancún, Quintana Roo" },
    ],
    cellLots: [
      {
        lotCode: "REN-UC-3",
        programmeSlug: "renace-uc-week",
        coa: incompleteCoa("REN-UC-3"),
        issuedOn: d(-70),
        expiresOn: d(40),
      },
    ],
    standards: {
      hospital_setting: rejected(
        "Injections happen in the clinic's own procedure room, not in a hospital.",
        "Las inyecciones se aplican en la sala de procedimientos de la clínica, no en un hospital.",
      ),
      specialist_team: verified("Cédulas checked; the neurologist injects."),
      cofepris_licence: claimed(
        "The cell licence's address does not match the clinic; we asked for clarification.",
        "El domicilio de la licencia de células no coincide con la clínica; pedimos aclaración.",
      ),
      coa_per_lot: claimed(
        "The certificate for the current lot has no sterility or mycoplasma results.",
        "El certificado del lote actual no tiene resultados de esterilidad ni micoplasma.",
      ),
    },
    programmes: [
      programme({
        slug: "renace-uc-week",
        titleEn: "One-week umbilical cord MSC programme with gym therapy",
        titleEs: "Programa de una semana con células del cordón umbilical y terapia en gimnasio",
        ownTextEn: "Intrathecal and IV cells in one week, with daily sessions at our partner gym.",
        ownTextEs:
          "Células intratecales e intravenosas en una semana, con sesiones diarias en nuestro gimnasio asociado.",
        routes: [
          {
            route: "intrathecal",
            doseCells: 30_000_000,
            sessions: 1,
            scheduleDays: [2],
            administeredBy: "neurologist",
            setting: "outpatient_clinic",
          },
          {
            route: "intravenous",
            doseCells: 60_000_000,
            sessions: 1,
            scheduleDays: [2],
            administeredBy: "nurse",
            setting: "outpatient_clinic",
          },
        ],
        ptDays: 6,
        ptMinutesPerDay: 60,
        ptSetting: "outpatient",
        lengthOfStayDays: 7,
        price: usd(8_900, 10_500, -210),
        priceItems: {
          cell_processing: { status: "included" },
          physical_therapy: { status: "included" },
          imaging: { status: "excluded_unknown" },
          anaesthesia: { status: "excluded_unknown" },
        },
      }),
    ],
  }),
  facility(vida, {
    ownTextEn: "A family clinic offering regenerative medicine for many conditions, with a caring team.",
    ownTextEs:
      "Una clínica familiar que ofrece medicina regenerativa para muchas condiciones, con un equipo cálido.",
    clinicians: [
      {
        fullName: "Dr. Héctor Demo General",
        role: "lead_physician",
        specialty: "general_medicine",
        cedulaProfesional: "99890123",
        leadsTeam: true,
        performsIntrathecal: true,
        intrathecalProcedures: 15,
        languages: ["es"],
      },
    ],
    licences: [aviso("0331", addr(vida))],
    cellLots: [],
    standards: {
      hospital_setting: missing(
        "No hospital: a clinic without emergency care or intensive care.",
        "No es hospital: clínica sin urgencias ni terapia intensiva.",
      ),
      specialist_team: rejected(
        "The physician who injects is a general practitioner without a specialty certificate.",
        "El médico que aplica es general, sin certificado de especialidad.",
      ),
      cofepris_licence: rejected(
        "Only an aviso de funcionamiento, which never covers cell handling.",
        "Solo un aviso de funcionamiento, que nunca cubre el manejo de células.",
      ),
      coa_per_lot: missing("No certificate of analysis supplied.", "No se entregó certificado de análisis."),
    },
    testimonials: [
      {
        authorLabel: "Familia R., Puebla",
        language: "es",
        body: "Mi papá mejoró mucho, ¡gracias a Dios y a la clínica!",
      },
    ],
    programmes: [
      cheapClinicProgramme(
        "vida-nueva-celulas",
        "Regenerative cell session",
        "Sesión de células regenerativas",
        { price: mxn(95_000, 120_000, -400), previousPrices: [mxn(85_000, 110_000, -700)] },
      ),
    ],
  }),
  facility(regenera, {
    ownTextEn: "Modern regenerative clinic in Tijuana, minutes from the border. We believe in your recovery.",
    ownTextEs:
      "Clínica regenerativa moderna en Tijuana, a minutos de la frontera. Creemos en su recuperación.",
    clinicians: team("Dra. Valeria Demo Neuróloga", "99901234").map((c) => ({
      ...c,
      certificateExpiresOn: d(-30),
    })),
    licences: [cellLicence("20-TR-02-0777", addr(regenera), 200)],
    cellLots: [
      {
        lotCode: "REG-UC-88",
        programmeSlug: "regenera-uc-standard",
        coa: failingCoa("REG-UC-88"),
        issuedOn: d(-30),
        expiresOn: d(150),
      },
    ],
    standards: {
      hospital_setting: claimed(
        "Says injections happen at a partner hospital; no agreement supplied yet.",
        "Dice que las inyecciones se aplican en un hospital asociado; aún no entrega el convenio.",
      ),
      specialist_team: rejected(
        "The lead neurologist's council certificate expired 30 days ago.",
        "El certificado del consejo de la neuróloga responsable venció hace 30 días.",
      ),
      cofepris_licence: verified("Licencia sanitaria for cell handling at this address."),
      coa_per_lot: rejected(
        "The lot's certificate fails: viability 62 %, CD105 80 %, and the laboratory is the clinic's own.",
        "El certificado del lote no cumple: viabilidad 62 %, CD105 80 % y el laboratorio es de la propia clínica.",
      ),
    },
    programmes: [
      programme({
        slug: "regenera-uc-standard",
        titleEn: "Standard umbilical cord MSC protocol",
        titleEs: "Protocolo estándar con células del cordón umbilical",
        ownTextEn: "Intrathecal and IV umbilical cord cells with five days of physiotherapy.",
        ownTextEs: "Células del cordón umbilical intratecales e intravenosas con cinco días de fisioterapia.",
        ptDays: 5,
        ptMinutesPerDay: 45,
        ptSetting: "outpatient",
        lengthOfStayDays: 6,
        price: usd(11_000, 13_000, -35),
        priceItems: {
          cell_processing: { status: "included" },
          intrathecal_session: { status: "included" },
          iv_session: { status: "included" },
          hospital_nights: { status: "excluded_unknown" },
          transfers: { status: "excluded_unknown" },
        },
      }),
      programme({
        slug: "regenera-booster",
        titleEn: "Booster session (IV)",
        titleEs: "Sesión de refuerzo (intravenosa)",
        ownTextEn: "A single IV booster for returning patients.",
        ownTextEs: "Un refuerzo intravenoso único para pacientes que regresan.",
        routes: [
          {
            route: "intravenous",
            doseCells: 50_000_000,
            sessions: 1,
            scheduleDays: [1],
            administeredBy: "nurse",
            setting: "outpatient_clinic",
          },
        ],
        ptDays: 0,
        ptMinutesPerDay: 0,
        ptSetting: "none",
        ptIncluded: false,
        lengthOfStayDays: 1,
        price: null,
        priceItems: {},
      }),
    ],
  }),
  facility(horizonte, {
    ownTextEn: "A general hospital opening a cell therapy unit. Our documents are with Candor's reviewers.",
    ownTextEs:
      "Un hospital general que abre una unidad de terapia celular. Nuestros documentos están con los revisores de Candor.",
    clinicians: team("Dr. Fernando Demo Neurólogo", "99012345"),
    licences: [hospitalLicence("18-0444", addr(horizonte))],
    cellLots: [],
    standards: {
      hospital_setting: verified("Hospital with neurology, imaging, emergency and ICU; site visit done."),
      specialist_team: verified("Cédulas and certificates checked."),
      cofepris_licence: claimed(
        "Cell licence applied for; number not yet issued.",
        "Licencia de células en trámite; aún sin número.",
      ),
      coa_per_lot: missing("No lots yet.", "Aún no hay lotes."),
    },
    programmes: [
      programme({
        slug: "horizonte-uc-pilot",
        titleEn: "Umbilical cord MSCs with 3 weeks of therapy (starting soon)",
        titleEs: "Células del cordón umbilical con 3 semanas de terapia (próximamente)",
        ownTextEn: "We will publish the certificate of every lot before treating anyone.",
        ownTextEs: "Publicaremos el certificado de cada lote antes de tratar a cualquier persona.",
        price: usd(14_500, 17_000, -3),
      }),
    ],
  }),
  facility(valle, {
    ownTextEn: HONEST_EN,
    ownTextEs: HONEST_ES,
    clinicians: team("Dra. Gabriela Demo Neuróloga", "99112233"),
    licences: [cellLicence("19-TR-19-0010", addr(valle), -10), hospitalLicence("11-0202", addr(valle))],
    cellLots: [
      {
        lotCode: "VAL-UC-19",
        programmeSlug: "valle-uc-rehab",
        coa: passingCoa("VAL-UC-19"),
        issuedOn: d(-200),
        expiresOn: d(-5),
      },
    ],
    // Verified last year; the cell licence lapsed 10 days ago, so the facility is no longer vetted.
    standards: {
      ...allVerified(),
      cofepris_licence: {
        ...verified("Licencia sanitaria for cells, checked last year."),
        validUntil: d(-10),
      },
    },
    programmes: [
      programme({
        slug: "valle-uc-rehab",
        titleEn: "Umbilical cord MSCs, intrathecal, with 3 weeks of rehabilitation",
        titleEs: "Células del cordón umbilical, intratecal, con 3 semanas de rehabilitación",
        ownTextEn: "Our licence renewal is in process.",
        ownTextEs: "La renovación de nuestra licencia está en trámite.",
        price: usd(15_500, 18_500, -250),
      }),
    ],
  }),
  facility(milagro, {
    ownTextEn:
      "Miracle cells for paralysis! Our stem cell therapy is a cure for spinal cord injury: we guarantee you will walk again, with a 100% success rate. Completely safe, no side effects. FDA-approved stem cell therapy. Only 3 spots left this month.",
    ownTextEs:
      "¡Células milagrosas para la parálisis! Nuestra terapia cura la lesión medular: le garantizamos que volverá a caminar, con un éxito del 100%. Totalmente seguro, sin efectos secundarios. Tratamiento aprobado por la FDA. Cupo limitado este mes.",
    clinicians: [
      {
        fullName: "Dr. Demo Sin Cédula",
        role: "lead_physician",
        specialty: "other",
        leadsTeam: true,
        performsIntrathecal: true,
        languages: ["es", "en"],
      },
    ],
    licences: [
      {
        authority: "COFEPRIS",
        kind: "aviso_publicidad",
        number: "DEMO-AP-0099",
        scope: "Publicidad de servicios de salud",
        address: addr(milagro),
        issuedOn: d(-300),
      },
    ],
    cellLots: [],
    standards: {
      hospital_setting: rejected(
        "Injections in a rented office; no hospital.",
        "Inyecciones en un consultorio rentado; no hay hospital.",
      ),
      specialist_team: rejected(
        "No cédula could be found for the doctor named.",
        "No se encontró cédula del médico indicado.",
      ),
      cofepris_licence: rejected(
        "An aviso de publicidad is not a licence.",
        "Un aviso de publicidad no es una licencia.",
      ),
      coa_per_lot: rejected(
        "The clinic refuses to share any certificate of analysis.",
        "La clínica se niega a compartir certificados de análisis.",
      ),
    },
    testimonials: [
      {
        authorLabel: "Mike T., Texas",
        language: "en",
        body: "I was cured! Two weeks after the cells I no longer need a wheelchair.",
      },
      {
        authorLabel: "Lupita G., Sonora",
        language: "es",
        body: "¡Me curé! Mi hijo ya no necesita silla de ruedas.",
      },
    ],
    programmes: [
      cheapClinicProgramme("milagro-cure-package", "The Miracle Cure package", "Paquete Cura Milagrosa", {
        ownTextEn: "No rehab needed: the cells do the work. Book today to lock the 30% discount.",
        ownTextEs:
          "Sin necesidad de rehabilitación: las células hacen el trabajo. Promoción válida solo esta semana.",
        cellSource: "undisclosed",
        autologous: null,
        price: null,
        priceItems: {},
      }),
      cheapClinicProgramme("milagro-express", "Express stem cell session", "Sesión exprés de células madre", {
        ownTextEn: "Clinically proven: 92% of our patients improve.",
        ownTextEs: "Clínicamente comprobado: el 90% de nuestros pacientes mejora.",
        cellSource: "undisclosed",
        autologous: null,
      }),
    ],
  }),
  facility(wellness, {
    ownTextEn:
      "Join our paid clinical study for $14,000. Our proprietary cell formula treats autism, ALS, diabetes and spinal cord injury. We cannot share lab reports. Listed on ClinicalTrials.gov, so it is proven. Risk-free.",
    ownTextEs:
      "Pague su cuota para participar en el estudio. Nuestra fórmula exclusiva patentada trata autismo, diabetes, Parkinson y lesión medular. No compartimos el certificado de análisis. Avalado por COFEPRIS para curar. Sin riesgos.",
    clinicians: [
      { fullName: "Lic. Demo Coordinador", role: "coordinator", specialty: "other", languages: ["en"] },
    ],
    licences: [aviso("1200", addr(wellness))],
    cellLots: [],
    standards: {
      hospital_setting: rejected("A wellness spa, not a hospital.", "Un spa, no un hospital."),
      specialist_team: missing("No physician named.", "No se nombra ningún médico."),
      cofepris_licence: rejected("Only an aviso de funcionamiento.", "Solo un aviso de funcionamiento."),
      coa_per_lot: rejected(
        "Refuses to disclose the cell source or the laboratory.",
        "Se niega a revelar el origen de las células o el laboratorio.",
      ),
    },
    testimonials: [
      {
        authorLabel: "Sarah K., Ohio",
        language: "en",
        body: "A revolutionary breakthrough, his cancer was gone and his legs moved again.",
      },
    ],
    programmes: [
      cheapClinicProgramme(
        "wellness-study-enrolment",
        "Clinical study enrolment (participant fee)",
        "Inscripción al estudio clínico (cuota de participante)",
        {
          ownTextEn: "The cells do the work, therapy is optional. Only 5 places left.",
          ownTextEs: "Las células hacen el trabajo; la terapia es opcional. Quedan pocos lugares.",
          cellSource: "undisclosed",
          autologous: null,
          price: usd(14_000, 14_000, -20),
        },
      ),
      cheapClinicProgramme("wellness-vip-infusion", "VIP infusion retreat", "Retiro VIP de infusión", {
        ownTextEn: "A miracle therapy in paradise.",
        ownTextEs: "Una terapia milagrosa en el paraíso.",
        routes: [
          {
            route: "intravenous",
            doseCells: null,
            sessions: 3,
            scheduleDays: [1, 2, 3],
            administeredBy: "nurse",
            setting: "outpatient_clinic",
          },
        ],
        cellSource: "undisclosed",
        autologous: null,
        price: usd(19_000, 25_000, -190),
        priceItems: {
          iv_session: { status: "included" },
          hospital_nights: { status: "excluded_unknown" },
          imaging: { status: "excluded_unknown" },
        },
      }),
    ],
  }),
  facility(esperanza, {
    ownTextEn: "Regenerates your spinal cord with 100% safe stem cells. Results assured.",
    ownTextEs:
      "Regenera la médula espinal con células 100% seguras. Resultados garantizados. Un avance revolucionario.",
    clinicians: [
      {
        fullName: "Dr. Demo Naturista",
        role: "physician",
        specialty: "other",
        cedulaProfesional: "99556677",
        languages: ["es"],
      },
    ],
    licences: [],
    cellLots: [{ lotCode: "ESP-X", coa: failingCoa("ESP-X"), issuedOn: d(-400) }],
    standards: {
      hospital_setting: missing("No hospital named.", "No se nombra hospital."),
      specialist_team: missing("No specialist named.", "No se nombra especialista."),
      cofepris_licence: missing("No licence or notice supplied.", "No se entregó licencia ni aviso."),
      coa_per_lot: rejected(
        "The only certificate fails on viability, identity and independence.",
        "El único certificado falla en viabilidad, identidad e independencia.",
      ),
    },
    testimonials: [
      { authorLabel: "Don José, Oaxaca", language: "es", body: "Gracias a las células ya camino solo." },
    ],
    programmes: [
      cheapClinicProgramme("esperanza-celulas-madre", "Stem cell therapy", "Terapia con células madre", {
        ownTextEn: "We regenerate the spinal cord in three days.",
        ownTextEs: "Regeneramos la médula espinal en tres días.",
        cellSource: "other",
        price: mxn(70_000, 90_000, -500),
      }),
    ],
  }),
];

export const DEMO_CATALOGUE: readonly DemoFacility[] = [...vettedFacilities, ...otherFacilities];

/** For each red-flag code and language, one facility and the exact words planted in its texts. */
export const DEMO_REDFLAG_EXAMPLES: ReadonlyArray<{
  code: string;
  language: "en" | "es";
  facilitySlug: string;
  phrase: string;
}> = [
  {
    code: "guaranteed-outcome",
    language: "en",
    facilitySlug: "clinica-milagro-tij",
    phrase: "we guarantee you will walk again",
  },
  {
    code: "guaranteed-outcome",
    language: "es",
    facilitySlug: "clinica-milagro-tij",
    phrase: "le garantizamos que volverá a caminar",
  },
  {
    code: "cure-claim",
    language: "en",
    facilitySlug: "clinica-milagro-tij",
    phrase: "a cure for spinal cord injury",
  },
  {
    code: "cure-claim",
    language: "es",
    facilitySlug: "celulas-esperanza-oax",
    phrase: "Regenera la médula espinal",
  },
  { code: "miracle-hype", language: "en", facilitySlug: "clinica-milagro-tij", phrase: "Miracle cells" },
  { code: "miracle-hype", language: "es", facilitySlug: "clinica-milagro-tij", phrase: "Células milagrosas" },
  { code: "absolute-safety", language: "en", facilitySlug: "clinica-milagro-tij", phrase: "no side effects" },
  {
    code: "absolute-safety",
    language: "es",
    facilitySlug: "clinica-milagro-tij",
    phrase: "sin efectos secundarios",
  },
  {
    code: "regulatory-misuse",
    language: "en",
    facilitySlug: "clinica-milagro-tij",
    phrase: "FDA-approved stem cell therapy",
  },
  {
    code: "regulatory-misuse",
    language: "es",
    facilitySlug: "stem-wellness-cun",
    phrase: "Avalado por COFEPRIS para curar",
  },
  {
    code: "pay-to-participate",
    language: "en",
    facilitySlug: "stem-wellness-cun",
    phrase: "Join our paid clinical study for $14,000",
  },
  {
    code: "pay-to-participate",
    language: "es",
    facilitySlug: "stem-wellness-cun",
    phrase: "Pague su cuota para participar en el estudio",
  },
  {
    code: "downplays-rehabilitation",
    language: "en",
    facilitySlug: "clinica-milagro-tij",
    phrase: "No rehab needed",
  },
  {
    code: "downplays-rehabilitation",
    language: "es",
    facilitySlug: "clinica-milagro-tij",
    phrase: "Sin necesidad de rehabilitación",
  },
  {
    code: "pressure-tactics",
    language: "en",
    facilitySlug: "clinica-milagro-tij",
    phrase: "Only 3 spots left this month",
  },
  { code: "pressure-tactics", language: "es", facilitySlug: "clinica-milagro-tij", phrase: "Cupo limitado" },
  {
    code: "unsupported-evidence",
    language: "en",
    facilitySlug: "clinica-milagro-tij",
    phrase: "92% of our patients improve",
  },
  {
    code: "unsupported-evidence",
    language: "es",
    facilitySlug: "clinica-milagro-tij",
    phrase: "el 90% de nuestros pacientes mejora",
  },
  {
    code: "opaque-cell-source",
    language: "en",
    facilitySlug: "stem-wellness-cun",
    phrase: "We cannot share lab reports",
  },
  {
    code: "opaque-cell-source",
    language: "es",
    facilitySlug: "stem-wellness-cun",
    phrase: "No compartimos el certificado de análisis",
  },
  {
    code: "panacea",
    language: "en",
    facilitySlug: "stem-wellness-cun",
    phrase: "treats autism, ALS, diabetes and spinal cord injury",
  },
  {
    code: "panacea",
    language: "es",
    facilitySlug: "stem-wellness-cun",
    phrase: "trata autismo, diabetes, Parkinson y lesión medular",
  },
];

/** Every text a facility publishes (its own words, its programmes', its testimonials). */
export function facilityTexts(f: DemoFacility): string[] {
  return [
    f.ownTextEn,
    f.ownTextEs,
    ...f.programmes.flatMap((p) => [p.ownTextEn, p.ownTextEs]),
    ...f.testimonials.map((t) => t.body),
  ];
}
