import { sql } from "drizzle-orm";
import { type Executor, queryRows } from "../../db/client.js";
import type { Standard } from "../../shared/domain.js";

/** Verified standards whose evidence lapsed before `today`; they are rewritten as expired. */
export async function expireLapsedStandards(db: Executor, today: string) {
  return queryRows<{ facility_id: string; standard: Standard; valid_until: string }>(
    db,
    sql`update standard_verifications set status = 'expired',
          reason_en = 'The document this verification rested on expired on ' || to_char(valid_until, 'YYYY-MM-DD') || '.',
          reason_es = 'El documento en que se basaba esta verificación venció el ' || to_char(valid_until, 'YYYY-MM-DD') || '.'
        where status = 'verified' and valid_until is not null and valid_until < ${today}::date
        returning facility_id, standard, to_char(valid_until, 'YYYY-MM-DD') as valid_until`,
  );
}

/**
 * Verified standards lapsing within `days`, with each staff member to warn, skipping warnings already sent
 * for the same document expiry.
 */
export async function upcomingExpiries(db: Executor, today: string, days: number) {
  return queryRows<{
    facility_id: string;
    facility_name: string;
    standard: Standard;
    valid_until: string;
    email: string;
    locale: "en" | "es";
  }>(
    db,
    sql`select s.facility_id, f.name as facility_name, s.standard, to_char(s.valid_until, 'YYYY-MM-DD') as valid_until, u.email, u.locale
        from standard_verifications s
        join facilities f on f.id = s.facility_id
        join memberships m on m.facility_id = s.facility_id
        join users u on u.id = m.user_id
        where s.status = 'verified' and s.valid_until between ${today}::date and ${today}::date + ${days}::int
          and not exists (select 1 from expiry_notices n where n.facility_id = s.facility_id and n.standard = s.standard and n.valid_until = s.valid_until)
        order by s.valid_until, f.name, u.email`,
  );
}

export async function recordExpiryNotice(
  db: Executor,
  facilityId: string,
  standard: Standard,
  validUntil: string,
) {
  await db.execute(
    sql`insert into expiry_notices (facility_id, standard, valid_until) values (${facilityId}, ${standard}, ${validUntil}::date) on conflict do nothing`,
  );
}
