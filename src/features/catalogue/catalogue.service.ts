import type { Actor } from "../../authz/actor.js";
import type { Executor } from "../../db/client.js";
import { addDays } from "../../shared/clock.js";
import { CURRENCIES, type Currency } from "../../shared/domain.js";
import { notFound } from "../../shared/errors.js";
import { convertMinor, type RateTable } from "../costs/money.js";
import * as repo from "./catalogue.repo.js";
import type { SearchParams } from "./catalogue.schemas.js";
import { VersionedCache } from "./page-cache.js";

/** A price older than this is shown as possibly out of date and can be left out of searches. */
export const PRICE_FRESH_DAYS = 180;

export type SearchResult = {
  rows: repo.SearchRow[];
  /** Matches, counted up to repo.COUNT_CAP; `more` says there are more than that. */
  total: number;
  more: boolean;
  page: number;
  pageCount: number;
  /** Set when the words as typed matched nothing and a corrected spelling was searched instead. */
  correctedQuery: string | null;
};

/** The latest rate for every supported currency; a currency with no rate yet cannot be converted. */
export async function loadRateTable(db: Executor): Promise<RateTable | null> {
  const rows = await repo.latestRates(db);
  const perUsdMicros: Partial<Record<Currency, number>> = { USD: 1_000_000 };
  let asOf = "";
  for (const r of rows) {
    perUsdMicros[r.quote] = r.rateMicros;
    if (r.quote !== "USD" && r.asOf > asOf) asOf = r.asOf;
  }
  if (!CURRENCIES.every((c) => perUsdMicros[c] !== undefined)) return null;
  return { asOf, perUsdMicros: perUsdMicros as Record<Currency, number> };
}

/** Splits a query into unaccented lower-case words worth spell-checking. */
export function wordsOf(q: string): string[] {
  const plain = q
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  return [...new Set(plain.split(/[^a-z0-9ñ]+/).filter((w) => w.length >= 3 && w !== "and" && w !== "not"))];
}

/** How many distinct searches, and listings, each database's caches keep (most recently used first). */
const SEARCH_CACHE_SIZE = 1000;
const LISTING_CACHE_SIZE = 500;
/**
 * How many text searches' ranked match lists each database's cache keeps: a list holds up to
 * repo.COUNT_CAP ids (about 50 KB), and every page of the search is cut from it.
 */
const RANKED_CACHE_SIZE = 100;
type RankedMatches = Awaited<ReturnType<typeof repo.rankTextMatches>>;
/** Per database handle, each entry valid for one catalogue version (see page-cache.ts). */
const searchCaches = new WeakMap<Executor, VersionedCache<SearchResult>>();
const rankedCaches = new WeakMap<Executor, VersionedCache<RankedMatches>>();
const listingCaches = new WeakMap<Executor, VersionedCache<repo.Listing>>();

function cacheOf<T>(caches: WeakMap<Executor, VersionedCache<T>>, db: Executor, capacity: number) {
  let cache = caches.get(db);
  if (!cache) {
    cache = new VersionedCache<T>(capacity);
    caches.set(db, cache);
  }
  return cache;
}

/**
 * A page of search results. The same search asked again returns the stored result while the catalogue is
 * unchanged: families page back and forth and share links, and most searches repeat. Any committed change
 * to what listings show moves the catalogue version on and the next search is run afresh.
 */
export async function searchCatalogue(
  db: Executor,
  actor: Actor,
  params: SearchParams,
  today: string,
  options: { pageSize?: number; catalogueVersion: number },
): Promise<SearchResult> {
  const key = JSON.stringify([params, today, options.pageSize ?? null]);
  return cacheOf(searchCaches, db, SEARCH_CACHE_SIZE).remember(key, options.catalogueVersion, () =>
    runSearch(db, actor, params, today, options),
  );
}

async function runSearch(
  db: Executor,
  _actor: Actor,
  params: SearchParams,
  today: string,
  options: { pageSize?: number; catalogueVersion: number },
): Promise<SearchResult> {
  const rates = params.min !== undefined || params.max !== undefined ? await loadRateTable(db) : null;
  const toUsd = (whole: number | undefined) =>
    whole === undefined
      ? undefined
      : params.currency === "USD" || !rates
        ? whole * 100
        : convertMinor(whole * 100, params.currency, "USD", rates);
  const filterOptions = {
    priceUsd: { minUsdMinor: toUsd(params.min), maxUsdMinor: toUsd(params.max) },
    freshSince: params.fresh ? addDays(today, -PRICE_FRESH_DAYS) : null,
  };
  const pageSize = options.pageSize ?? repo.PAGE_SIZE;
  const find = async (q: string) => {
    if (!q || params.sort !== "relevance")
      return repo.searchProgrammes(db, { ...params, q }, { ...filterOptions, pageSize });
    // A relevance search pages through one ranked list of its matches, kept for the catalogue version.
    const ranked = await rankedMatches(db, { ...params, q }, filterOptions, options.catalogueVersion);
    const offset = (params.page - 1) * pageSize;
    const rows = await repo.searchRowsByIds(db, ranked.ids.slice(offset, offset + pageSize));
    return { rows, total: ranked.total, more: ranked.more };
  };
  let found = await find(params.q);
  let correctedQuery: string | null = null;
  if (found.total === 0 && params.q) {
    const words = wordsOf(params.q);
    const corrections = await repo.closestWords(db, words);
    if (corrections.size > 0) {
      correctedQuery = words.map((w) => corrections.get(w) ?? w).join(" ");
      found = await find(correctedQuery);
      if (found.total === 0) correctedQuery = null;
    }
  }
  const { rows, total, more } = found;
  return {
    rows,
    total,
    more,
    page: params.page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    correctedQuery,
  };
}

/** A text search's ranked matches, the same list for every page while the catalogue is unchanged. */
async function rankedMatches(
  db: Executor,
  params: SearchParams & { q: string },
  filterOptions: Parameters<typeof repo.rankTextMatches>[2],
  catalogueVersion: number,
): Promise<RankedMatches> {
  const key = JSON.stringify([{ ...params, page: null }, filterOptions]);
  return cacheOf(rankedCaches, db, RANKED_CACHE_SIZE).remember(key, catalogueVersion, () =>
    repo.rankTextMatches(db, params, filterOptions),
  );
}

/** A published programme's listing, kept while the catalogue version is unchanged. */
export async function getListing(
  db: Executor,
  _actor: Actor,
  slug: string,
  options: { catalogueVersion: number },
): Promise<repo.Listing> {
  return cacheOf(listingCaches, db, LISTING_CACHE_SIZE).remember(slug, options.catalogueVersion, async () => {
    const listing = await repo.findListing(db, slug);
    if (!listing) throw notFound();
    return listing;
  });
}

export async function getFacility(db: Executor, _actor: Actor, slug: string) {
  const facility = await repo.findFacility(db, slug);
  if (!facility) throw notFound();
  return facility;
}

/** Up to `max` programmes in the order asked for; unknown slugs are reported, not fatal. */
export async function getComparison(db: Executor, _actor: Actor, slugs: string[]) {
  const listings = await repo.findListings(db, slugs);
  const found = new Set(listings.map((l) => l.slug));
  return { listings, missing: slugs.filter((s) => !found.has(s)) };
}

export const listCities = (db: Executor) => repo.listCities(db);
