/**
 * The one duration formatter of summaries, the text report and the dashboard page. It rounds
 * once, to the precision shown, before splitting into units, so no unit ever reads 60
 * (119.7 s → "2m 0s", not "1m 60s"). Self-contained on purpose: the page embeds its source
 * (`formatDuration.toString()`), so the browser shows exactly what the terminal shows.
 */
export function formatDuration(seconds: number | undefined | null): string {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) return '—';
  const tenths = Math.round(seconds * 10);
  if (tenths < 600) return `${(tenths / 10).toFixed(1)} s`;
  const whole = Math.round(seconds);
  if (whole < 3600) return `${Math.floor(whole / 60)}m ${whole % 60}s`;
  const minutes = Math.round(seconds / 60);
  return `${Math.floor(minutes / 60)}h ${minutes % 60}m`;
}
