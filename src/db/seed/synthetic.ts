import { sql } from "drizzle-orm";
import {
  refreshListingRanks,
  refreshNormalizedPrices,
  refreshSearchExtra,
  refreshVettingStatuses,
  refreshVocabulary,
} from "../../features/catalogue/catalogue.repo.js";
import { addDays } from "../../shared/clock.js";
import {
  CELL_SOURCES,
  type CellSource,
  EVIDENCE_LEVELS,
  type Route,
  STANDARD_STATUSES,
  STANDARDS,
  type StandardStatus,
} from "../../shared/domain.js";
import type { Executor } from "../client.js";
import * as t from "../schema.js";

/**
 * A large, deterministic, fictional catalogue for benchmarks (100,000 programmes by default). Text is built from
 * small EN/ES phrase pools plus rarer words, so full-text queries match realistic fractions of rows.
 */

/** mulberry32: a tiny seeded PRNG, so the same seed always yields the same catalogue. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES: Array<[string, string]> = [
  ["Tijuana", "Baja California"],
  ["Guadalajara", "Jalisco"],
  ["Monterrey", "Nuevo León"],
  ["Ciudad de México", "CDMX"],
  ["Cancún", "Quintana Roo"],
  ["Puebla", "Puebla"],
  ["Querétaro", "Querétaro"],
  ["Mérida", "Yucatán"],
  ["San Luis Potosí", "San Luis Potosí"],
  ["León", "Guanajuato"],
  ["Mexicali", "Baja California"],
  ["Chihuahua", "Chihuahua"],
];

const EN_PHRASES = [
  "mesenchymal stem cell programme for spinal cord injury",
  "intrathecal injection by lumbar puncture in a hospital procedure room",
  "intravenous infusion on the following day",
  "intensive physical therapy with a rehabilitation physician",
  "umbilical cord derived cells tested by an independent laboratory",
  "autologous adipose derived cells harvested under local anaesthesia",
  "bone marrow aspiration and culture expansion",
  "daily occupational therapy and gait training",
  "follow-up video consultations at three, six and twelve months",
  "accessible rooms with roll-in showers near the hospital",
  "this is not a cure and results vary between patients",
  "neurological assessment with ISNCSCI and SCIM III before treatment",
  "MRI of the spine reviewed by our neuroradiologist",
  "transport in a ramp-equipped van from the airport",
  "bilingual patient coordinators available by phone",
];
const ES_PHRASES = [
  "programa de células madre mesenquimales para lesión medular",
  "aplicación intratecal por punción lumbar en sala de procedimientos",
  "infusión intravenosa al día siguiente",
  "rehabilitación física intensiva con médico especialista",
  "células de cordón umbilical analizadas por un laboratorio independiente",
  "células de tejido adiposo del propio paciente",
  "aspirado de médula ósea y expansión en cultivo",
  "terapia ocupacional diaria y entrenamiento de la marcha",
  "seguimiento por videollamada a los tres, seis y doce meses",
  "habitaciones accesibles con regadera sin bordillo cerca del hospital",
  "no es una cura y los resultados varían entre pacientes",
  "valoración neurológica con ISNCSCI y SCIM III antes del tratamiento",
  "resonancia magnética de columna revisada por neurorradiología",
  "traslado en camioneta con rampa desde el aeropuerto",
  "coordinadores bilingües disponibles por teléfono",
];
const NAME_PARTS = ["Hospital", "Centro Médico", "Instituto", "Clínica", "Sanatorio"];
const NAME_WORDS = [
  "Aurora",
  "del Valle",
  "Santa Elena",
  "Ángeles del Norte",
  "Horizonte",
  "San Rafael",
  "Nova",
  "Ribera",
  "Los Pinos",
  "Altavista",
];

export type SyntheticOptions = { programmes: number; seed?: number; today: string; batchSize?: number };

export async function generateSyntheticCatalogue(db: Executor, options: SyntheticOptions): Promise<void> {
  const random = prng(options.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const batch = options.batchSize ?? 1000;
  const facilityCount = Math.max(1, Math.ceil(options.programmes / 5));
  const facilityIds: string[] = [];

  for (let start = 0; start < facilityCount; start += batch) {
    const rows = [];
    for (let i = start; i < Math.min(facilityCount, start + batch); i++) {
      const [city, state] = pick(CITIES);
      rows.push({
        slug: `synthetic-facility-${i}`,
        name: `${pick(NAME_PARTS)} ${pick(NAME_WORDS)} ${i}`,
        kind: random() < 0.6 ? ("hospital" as const) : ("clinic" as const),
        hasNeurology: random() < 0.6,
        hasImaging: random() < 0.7,
        hasEmergency: random() < 0.6,
        hasIcu: random() < 0.4,
        street: `Calle Ficticia ${i}`,
        city,
        state,
        languages: random() < 0.7 ? (["es", "en"] as const).slice() : (["es"] as const).slice(),
        ownTextEn: `${pick(EN_PHRASES)}. ${pick(EN_PHRASES)}.`,
        ownTextEs: `${pick(ES_PHRASES)}. ${pick(ES_PHRASES)}.`,
        isDemo: true,
      });
    }
    const inserted = await db.insert(t.facilities).values(rows).returning({ id: t.facilities.id });
    facilityIds.push(...inserted.map((r) => r.id));
  }

  // Standards: roughly a fifth fully verified, the rest a mix, so the vetting filter selects realistic shares.
  for (let start = 0; start < facilityIds.length; start += batch) {
    const rows = [];
    for (const facilityId of facilityIds.slice(start, start + batch)) {
      const allVerified = random() < 0.2;
      for (const standard of STANDARDS) {
        const status: StandardStatus = allVerified ? "verified" : pick(STANDARD_STATUSES);
        const checked = status === "verified" || status === "rejected" || status === "expired";
        rows.push({
          facilityId,
          standard,
          status,
          checkedOn: checked ? addDays(options.today, -Math.floor(random() * 200)) : null,
          checkedBy: checked ? "Synthetic reviewer" : null,
          validUntil: status === "verified" ? addDays(options.today, 30 + Math.floor(random() * 600)) : null,
        });
      }
    }
    await db.insert(t.standardVerifications).values(rows);
  }
  await refreshVettingStatuses(db, options.today, facilityIds);

  const routeSets: Route[][] = [
    ["intrathecal", "intravenous"],
    ["intravenous"],
    ["intrathecal"],
    ["intravenous", "intramuscular"],
  ];
  for (let start = 0; start < options.programmes; start += batch) {
    const rows = [];
    for (let i = start; i < Math.min(options.programmes, start + batch); i++) {
      const source: CellSource = pick(CELL_SOURCES);
      const currency = random() < 0.8 ? ("USD" as const) : ("MXN" as const);
      const lowUsd = 5000 + Math.floor(random() * 25000);
      const low = currency === "USD" ? lowUsd * 100 : lowUsd * 1825;
      const high = low + Math.floor(random() * 5000) * 100;
      const ptDays = random() < 0.25 ? 0 : 5 + Math.floor(random() * 16);
      rows.push({
        slug: `synthetic-programme-${i}`,
        facilityId: facilityIds[i % facilityIds.length]!,
        titleEn: `${pick(EN_PHRASES)} ${i}`,
        titleEs: `${pick(ES_PHRASES)} ${i}`,
        ownTextEn: `${pick(EN_PHRASES)}. ${pick(EN_PHRASES)}. ${pick(EN_PHRASES)}. Reference zeta${i % 2000}.`,
        ownTextEs: `${pick(ES_PHRASES)}. ${pick(ES_PHRASES)}. ${pick(ES_PHRASES)}. Referencia zeta${i % 2000}.`,
        cellSource: source,
        autologous:
          source === "adipose" || source === "bone_marrow" ? true : source === "undisclosed" ? null : false,
        ptDays,
        ptMinutesPerDay: ptDays ? 60 + 30 * Math.floor(random() * 5) : 0,
        ptSetting: ptDays ? ("inpatient" as const) : ("none" as const),
        ptIncluded: ptDays > 0 && random() < 0.8,
        lengthOfStayDays: 3 + Math.floor(random() * 19),
        evidenceLevel: pick(EVIDENCE_LEVELS),
        priceLowMinor: low,
        priceHighMinor: high,
        priceCurrency: currency,
        priceAsOf: addDays(options.today, -Math.floor(random() * 300)),
        routes: pick(routeSets),
        isDemo: true,
      });
    }
    await db.insert(t.programmes).values(rows);
  }
  await refreshSearchExtra(db);
  await refreshNormalizedPrices(db);
  await refreshListingRanks(db);
  await refreshVocabulary(db);
  // The refreshes above rewrote every programme row; a freshly loaded catalogue should not carry three dead
  // copies of each (a live one would be cleaned by autovacuum over time). Needs to run outside a transaction.
  await db.execute(sql`vacuum full programmes`);
  await db.execute(sql`vacuum analyze`);
}
