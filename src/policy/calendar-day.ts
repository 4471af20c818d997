/**
 * True when `value` is `YYYY-MM-DD` and names a day of the calendar: not month 13 (an invalid Date, whose
 * toISOString throws) nor February 30 (which Date rolls over into March).
 */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}
