/** Today's date in the Netherlands (YYYY-MM-DD): cases open and close on Dutch calendar days. */
export function todayInAmsterdam(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}
