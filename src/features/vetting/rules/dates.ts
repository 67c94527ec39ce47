/** Calendar arithmetic on ISO days (YYYY-MM-DD), which compare correctly as strings. */

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The same calendar day `years` later (or earlier); 29 February becomes 28 February in a common year, so a
 * five-year certificate issued on a leap day lapses on the 28th, not in March.
 */
export function addYears(isoDate: string, years: number): string {
  const [year = 0, month = 1, day = 1] = isoDate.split("-").map(Number);
  const targetYear = year + years;
  const targetDay = Math.min(day, daysInMonth(targetYear, month));
  return `${String(targetYear).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(targetDay).padStart(2, "0")}`;
}

/** The earliest of the given days, ignoring unknown ones; null when none is known. */
export function earliest(dates: ReadonlyArray<string | null | undefined>): string | null {
  const known = dates.filter((d): d is string => typeof d === "string" && d !== "");
  return known.toSorted()[0] ?? null;
}
