import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { type Executor, queryRows } from "../../db/client.js";
import { exchangeRates, facilities, programmes, standardVerifications } from "../../db/schema.js";
import type { Currency, VettingStatus } from "../../shared/domain.js";
import { deriveVettingStatus, type StandardRecord } from "../vetting/status.js";
import type { SearchParams } from "./catalogue.schemas.js";

export const PAGE_SIZE = 20;

export type SearchRow = {
  slug: string;
  title_en: string;
  title_es: string;
  cell_source: string;
  autologous: boolean | null;
  routes: string[];
  pt_included: boolean;
  pt_days: number;
  pt_minutes_per_day: number;
  price_low_minor: number | null;
  price_high_minor: number | null;
  price_currency: Currency | null;
  price_as_of: string | null;
  evidence_level: string;
  facility_slug: string;
  facility_name: string;
  facility_kind: string;
  city: string;
  state: string;
  vetting_status: VettingStatus;
  languages: string[];
  is_demo: boolean;
};

/** Both languages' stemmers plus an unaccented "simple" parse for names and cities. */
const parses = (q: string) =>
  ["candor_en", "candor_es", "candor_simple"].map(
    (config) => sql`websearch_to_tsquery(${sql.raw(`'${config}'`)}, ${q})`,
  );
/** The three parses ORed into one query, for ranking. */
const tsQuery = (q: string) => sql`(${sql.join(parses(q), sql` || `)})`;
/**
 * The match written as three index conditions: the planner ORs three bitmap scans, each of which stops
 * early when one of its words is missing. One ORed tsquery made the index walk the union of every word's
 * postings (twice the time on a broad query). With a city filter, the city's words (in every programme's
 * search_extra) join each parse, so the index finds that city's programmes with those words instead of
 * reading every programme of the city.
 */
const matchesQuery = (q: string, city: string | undefined) => {
  const inCity = city ? sql` && phraseto_tsquery('candor_simple', ${city})` : sql``;
  return sql`(${sql.join(
    parses(q).map((parse) => sql`p.search_tsv @@ (${parse}${inCity})`),
    sql` or `,
  )})`;
};

/**
 * Vetted first, then partly verified: the order a cautious family would want by default. Stored on each
 * programme (listing_rank) so the default order comes from an index instead of sorting the catalogue.
 */
const LISTING_RANK_OF: Record<VettingStatus, number> = {
  vetted: 0,
  partly_verified: 1,
  lapsed: 2,
  not_verified: 3,
};
const LISTING_RANK = sql.raw(
  `case f.vetting_status ${Object.entries(LISTING_RANK_OF)
    .map(([status, rank]) => `when '${status}' then ${rank}`)
    .join(" ")} end`,
);

/** Past this many matches the page says "more than 1,000": counting every match is what made search slow. */
export const COUNT_CAP = 1000;
/**
 * How many matches a relevance search ranks by its words: the most trustworthy matches (vetted first).
 * Ranking more cost time on every broad query and changed little on the first pages a family reads; the
 * matches past the window follow, vetted first.
 */
export const RANK_WINDOW = 500;

export type PriceBoundsUsd = { minUsdMinor?: number; maxUsdMinor?: number };
type FilterOptions = { priceUsd: PriceBoundsUsd; freshSince: string | null };

const COLUMNS = sql`p.slug, p.title_en, p.title_es, p.cell_source, p.autologous, p.routes, p.pt_included, p.pt_days,
          p.pt_minutes_per_day, p.price_low_minor, p.price_high_minor, p.price_currency,
          to_char(p.price_as_of, 'YYYY-MM-DD') as price_as_of, p.evidence_level,
          f.slug as facility_slug, f.name as facility_name, f.kind as facility_kind, f.city, f.state,
          f.vetting_status, f.languages, p.is_demo`;

/**
 * The filters as one condition, and the tables it reads. Filters are all optional; a price filter compares
 * against the USD-normalised columns so a range typed in any currency applies to prices in every currency.
 */
function filtersOf(params: SearchParams, options: FilterOptions) {
  const conditions: SQL[] = [sql`p.published`];
  if (params.q) conditions.push(matchesQuery(params.q, params.city));
  // The city filter reads the programme's copy of its facility's city (kept by refreshSearchExtra).
  if (params.city) conditions.push(sql`p.facility_city = ${params.city}`);
  if (params.source) conditions.push(sql`p.cell_source = ${params.source}`);
  if (params.route) conditions.push(sql`${params.route} = any(p.routes)`);
  if (options.priceUsd.minUsdMinor !== undefined)
    conditions.push(sql`p.price_high_usd_minor >= ${options.priceUsd.minUsdMinor}`);
  if (options.priceUsd.maxUsdMinor !== undefined)
    conditions.push(sql`p.price_low_usd_minor <= ${options.priceUsd.maxUsdMinor}`);
  if (params.pt) conditions.push(sql`p.pt_included and p.pt_days > 0`);
  // The status filter reads the programme's copy of its facility's status: the default-order index then
  // starts at that status instead of walking past the others.
  if (params.status) conditions.push(sql`p.listing_rank = ${LISTING_RANK_OF[params.status]}`);
  if (params.language) conditions.push(sql`${params.language} = any(f.languages)`);
  if (options.freshSince) conditions.push(sql`p.price_as_of >= ${options.freshSince}`);
  // Matches and counts join facilities only when a filter needs them: the join costs a scan of every
  // facility, and each programme has exactly one.
  const from = params.language
    ? sql`programmes p join facilities f on f.id = p.facility_id`
    : sql`programmes p`;
  return { where: sql.join(conditions, sql` and `), from };
}

/**
 * A page of results in a chosen order (price, or the default order when nothing was typed) and the count.
 * Filters alone read an index in the chosen order and stop at the page; the count stops at the cap.
 */
export async function searchProgrammes(
  db: Executor,
  params: SearchParams,
  options: FilterOptions & { pageSize?: number },
): Promise<{ rows: SearchRow[]; total: number; more: boolean }> {
  let order: SQL;
  if (params.sort === "price_asc") order = sql`p.price_low_usd_minor asc nulls last, p.slug`;
  else if (params.sort === "price_desc") order = sql`p.price_high_usd_minor desc nulls last, p.slug`;
  else order = sql`p.listing_rank, p.slug`;
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const { where, from } = filtersOf(params, options);
  const rows = await queryRows<SearchRow>(
    db,
    sql`select ${COLUMNS} from programmes p join facilities f on f.id = p.facility_id
        where ${where} order by ${order} limit ${pageSize} offset ${(params.page - 1) * pageSize}`,
  );
  const n = await countMatches(db, from, where);
  return { rows, total: Math.min(n, COUNT_CAP), more: n > COUNT_CAP };
}

/**
 * Every match of a text search, up to one past the count cap, in the order a relevance search shows them:
 * the first RANK_WINDOW matches (vetted first) ranked by how well their words match, then the rest.
 *
 * Matches are taken one vetting status at a time, each from its own partial index, and within a status in
 * the order the table stores them: no sort of every match, and a broad query reads about as many rows as
 * it keeps. Sorting all matches first (by slug) read every match's row, 5,000 of them for a broad query
 * over 100,000 programmes. Which matches of a status past the window get ranked therefore follows storage
 * order, so callers keep the list for the catalogue version and page through that one list.
 */
export async function rankTextMatches(
  db: Executor,
  params: SearchParams & { q: string },
  options: FilterOptions,
): Promise<{ ids: string[]; total: number; more: boolean }> {
  const { where, from } = filtersOf(params, options);
  const ranks = params.status ? [LISTING_RANK_OF[params.status]] : Object.values(LISTING_RANK_OF);
  const perStatus = ranks.map(
    (rank) =>
      sql`(select p.id, p.listing_rank from ${from} where ${where} and p.listing_rank = ${sql.raw(String(rank))} limit ${COUNT_CAP + 1})`,
  );
  const rows = await queryRows<{ id: string }>(
    db,
    sql`with matches as materialized (
          select id, listing_rank, row_number() over () as pos
          from (select * from (${sql.join(perStatus, sql` union all `)}) statuses limit ${COUNT_CAP + 1}) by_status)
        select id from (
          (select m.id, 0 as part, ts_rank(p.search_tsv, ${tsQuery(params.q)}) as relevance, p.listing_rank, p.slug, m.pos
           from matches m join programmes p on p.id = m.id where m.pos <= ${RANK_WINDOW})
          union all
          (select m.id, 1, null, m.listing_rank, null, m.pos from matches m where m.pos > ${RANK_WINDOW})
        ) ordered
        order by part, relevance desc, listing_rank, slug, pos`,
  );
  const n = rows.length;
  return {
    ids: rows.slice(0, COUNT_CAP).map((r) => r.id),
    total: Math.min(n, COUNT_CAP),
    more: n > COUNT_CAP,
  };
}

/** The result rows of the given programmes, in the order given. */
export async function searchRowsByIds(db: Executor, ids: string[]): Promise<SearchRow[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<SearchRow & { id: string }>(
    db,
    sql`select p.id, ${COLUMNS} from programmes p join facilities f on f.id = p.facility_id
        where p.id in ${ids}`,
  );
  const byId = new Map(rows.map(({ id, ...row }) => [id, row as SearchRow]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Matches counted up to one past COUNT_CAP: "more than 1,000" needs no exact figure. */
async function countMatches(db: Executor, from: SQL, where: SQL): Promise<number> {
  const [counted] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from (select 1 from ${from} where ${where} limit ${COUNT_CAP + 1}) matches`,
  );
  return counted?.n ?? 0;
}

/** For each word, the closest catalogue word by trigram similarity, when the word itself is not known. */
export async function closestWords(db: Executor, words: string[]): Promise<Map<string, string>> {
  const corrections = new Map<string, string>();
  for (const word of words) {
    const rows = await queryRows<{ word: string; exact: boolean }>(
      db,
      sql`select word, word = ${word} as exact from search_vocabulary
          where word % ${word} order by word = ${word} desc, similarity(word, ${word}) desc limit 1`,
    );
    const best = rows[0];
    if (best && !best.exact) corrections.set(word, best.word);
  }
  return corrections;
}

export async function listCities(db: Executor): Promise<string[]> {
  const rows = await queryRows<{ city: string }>(
    db,
    sql`select distinct f.city from facilities f where exists (select 1 from programmes p where p.facility_id = f.id and p.published) order by f.city`,
  );
  return rows.map((r) => r.city);
}

/** Published programmes to pick from (the estimate page); vetted first, then by title. */
export async function listProgrammeChoices(db: Executor, limit: number) {
  return queryRows<{ slug: string; title_en: string; title_es: string; facility: string; city: string }>(
    db,
    sql`select p.slug, p.title_en, p.title_es, f.name as facility, f.city from programmes p join facilities f on f.id = p.facility_id
        where p.published order by (f.vetting_status = 'vetted') desc, p.title_en limit ${limit}`,
  );
}

/** A programme with everything its listing shows, in one round trip (drizzle builds a single JSON query). */
export function findListing(db: Executor, slug: string) {
  return db.query.programmes.findFirst({
    where: and(eq(programmes.slug, slug), eq(programmes.published, true)),
    with: {
      routeDetails: { orderBy: (r, { asc }) => [asc(r.route)] },
      priceItems: true,
      priceHistory: { orderBy: (h, { desc }) => [desc(h.asOf)] },
      facility: {
        with: {
          clinicians: {
            orderBy: (c, { asc, desc }) => [desc(c.leadsTeam), asc(c.sortOrder), asc(c.fullName)],
          },
          licences: { orderBy: (l, { asc }) => [asc(l.kind)] },
          standards: true,
          cellLots: true,
          testimonials: true,
          programmes: {
            where: (p, { eq }) => eq(p.published, true),
            columns: { slug: true, titleEn: true, titleEs: true },
            orderBy: (p, { asc }) => [asc(p.slug)],
          },
        },
      },
    },
  });
}

export type Listing = NonNullable<Awaited<ReturnType<typeof findListing>>>;

export async function findListings(db: Executor, slugs: string[]): Promise<Listing[]> {
  if (slugs.length === 0) return [];
  const found = await Promise.all(slugs.map((slug) => findListing(db, slug)));
  return found.filter((l): l is Listing => l !== undefined);
}

export function findFacility(db: Executor, slug: string) {
  return db.query.facilities.findFirst({
    where: and(eq(facilities.slug, slug), eq(facilities.published, true)),
    with: {
      clinicians: { orderBy: (c, { asc, desc }) => [desc(c.leadsTeam), asc(c.sortOrder), asc(c.fullName)] },
      licences: true,
      standards: true,
      programmes: {
        where: (p, { eq }) => eq(p.published, true),
        columns: {
          slug: true,
          titleEn: true,
          titleEs: true,
          cellSource: true,
          routes: true,
          priceLowMinor: true,
          priceHighMinor: true,
          priceCurrency: true,
        },
        orderBy: (p, { asc }) => [asc(p.slug)],
      },
    },
  });
}

export async function listFacilities(db: Executor, options: { limit: number; offset: number }) {
  return db.query.facilities.findMany({
    columns: {
      slug: true,
      name: true,
      kind: true,
      city: true,
      state: true,
      languages: true,
      vettingStatus: true,
      isDemo: true,
    },
    where: eq(facilities.published, true),
    orderBy: [asc(facilities.name)],
    limit: options.limit,
    offset: options.offset,
  });
}

export type RateRow = { quote: Currency; rateMicros: number; asOf: string };

/** The latest USD-based rate for each currency. */
export async function latestRates(db: Executor): Promise<RateRow[]> {
  const rows = await queryRows<{ quote: Currency; rate_micros: number; as_of: string }>(
    db,
    sql`select distinct on (quote) quote, rate_micros::bigint as rate_micros, to_char(as_of, 'YYYY-MM-DD') as as_of
        from exchange_rates where base = 'USD' order by quote, as_of desc`,
  );
  return rows.map((r) => ({ quote: r.quote, rateMicros: Number(r.rate_micros), asOf: r.as_of }));
}

export async function insertRate(db: Executor, quote: Currency, rateMicros: number, asOf: string) {
  await db
    .insert(exchangeRates)
    .values({ base: "USD", quote, rateMicros, asOf })
    .onConflictDoUpdate({
      target: [exchangeRates.base, exchangeRates.quote, exchangeRates.asOf],
      set: { rateMicros },
    });
}

/**
 * Recomputes the USD-normalised price columns from the latest rates. Integer maths in SQL: cents × 10^6 /
 * (quote per USD × 10^6), rounded half away from zero by numeric round(), which is fine for ordering and
 * filtering (displayed prices use the original currency).
 */
export async function refreshNormalizedPrices(db: Executor, programmeIds?: string[]) {
  const scope = programmeIds
    ? sql`and p.id in (${sql.join(
        programmeIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : sql``;
  await db.execute(sql`
    with rates as (
      -- USD is the base: it has no row of its own, its rate is 1.
      select 'USD' as quote, 1000000::bigint as rate_micros
      union all
      (select distinct on (quote) quote, rate_micros from exchange_rates where base = 'USD' and quote <> 'USD' order by quote, as_of desc)
    )
    update programmes p set
      price_low_usd_minor = round(p.price_low_minor::numeric * 1000000 / r.rate_micros)::bigint,
      price_high_usd_minor = round(p.price_high_minor::numeric * 1000000 / r.rate_micros)::bigint
    from rates r
    where r.quote = p.price_currency ${scope}`);
  await db.execute(sql`update programmes p set price_low_usd_minor = null, price_high_usd_minor = null
    where (p.price_currency is null or (p.price_currency <> 'USD' and not exists (select 1 from exchange_rates r where r.base = 'USD' and r.quote = p.price_currency))) ${scope}`);
}

/** Re-derives every facility's public status from its standards as of `today`; returns the ones that changed. */
export async function refreshVettingStatuses(db: Executor, today: string, facilityIds?: string[]) {
  const rows = await db
    .select({
      facilityId: standardVerifications.facilityId,
      standard: standardVerifications.standard,
      status: standardVerifications.status,
      validUntil: standardVerifications.validUntil,
    })
    .from(standardVerifications)
    .where(facilityIds ? inArray(standardVerifications.facilityId, facilityIds) : undefined);
  const byFacility = new Map<string, StandardRecord[]>();
  for (const r of rows) {
    const list = byFacility.get(r.facilityId) ?? [];
    list.push(r as StandardRecord);
    byFacility.set(r.facilityId, list);
  }
  const current = await db
    .select({ id: facilities.id, status: facilities.vettingStatus })
    .from(facilities)
    .where(facilityIds ? inArray(facilities.id, facilityIds) : undefined);
  const changed: Array<{ facilityId: string; from: string; to: VettingStatus }> = [];
  for (const f of current) {
    const next = deriveVettingStatus(byFacility.get(f.id) ?? [], today);
    if (next !== f.status) {
      await db
        .update(facilities)
        .set({ vettingStatus: next, vettingStatusAt: new Date() })
        .where(eq(facilities.id, f.id));
      changed.push({ facilityId: f.id, from: f.status, to: next });
    }
  }
  await refreshListingRanks(db, facilityIds);
  return changed;
}

/** Copies each facility's vetting status onto its programmes as the default sort key. */
export async function refreshListingRanks(db: Executor, facilityIds?: string[]) {
  const scope = facilityIds?.length
    ? sql`and f.id in (${sql.join(
        facilityIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : sql``;
  await db.execute(sql`update programmes p set listing_rank = ${LISTING_RANK}
    from facilities f where f.id = p.facility_id and p.listing_rank is distinct from ${LISTING_RANK} ${scope}`);
}

/** Keeps each programme's copy of its facility's name and city (used by the search vector) in step. */
export async function refreshSearchExtra(db: Executor, facilityIds?: string[]) {
  const scope = facilityIds?.length
    ? sql`and f.id in (${sql.join(
        facilityIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : sql``;
  await db.execute(sql`update programmes p set search_extra = f.name || ' ' || f.city || ' ' || f.state,
      facility_city = f.city
    from facilities f where f.id = p.facility_id
      and (p.search_extra is distinct from (f.name || ' ' || f.city || ' ' || f.state) or p.facility_city is distinct from f.city)
      ${scope}`);
}

/**
 * Adds the words (unaccented, lower case, 3+ letters) of the given programmes, or of all, to the
 * typo-correction vocabulary. Words with digits (reference numbers, years, prices) are left out:
 * "correcting" a number to another number only misleads, and they would swamp the vocabulary. Words are
 * only added: a word that disappears still corrects to itself harmlessly.
 */
export async function refreshVocabulary(db: Executor, programmeIds?: readonly string[]) {
  if (programmeIds && programmeIds.length === 0) return;
  const scope = programmeIds
    ? sql`where p.id in (${sql.join(
        programmeIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : sql``;
  await db.execute(sql`insert into search_vocabulary (word)
    select distinct w from (
      select regexp_split_to_table(lower(unaccent(p.title_en || ' ' || p.title_es || ' ' || p.own_text_en || ' ' || p.own_text_es || ' ' || p.search_extra)), '[^a-z0-9ñ]+') as w
      from programmes p ${scope}
    ) words where length(w) between 3 and 40 and w !~ '[0-9]'
    on conflict do nothing`);
}
