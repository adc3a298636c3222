// Timestamps as the office reads them: "2026-04-05 14:03" in the browser's time zone.
export function dateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString('sv-SE', { dateStyle: 'short', timeStyle: 'short' });
}
