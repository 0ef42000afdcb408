// The text of a map point's tooltip. ECharts puts a formatter's string into the page as
// HTML, and place names come from users and imports, so every part is escaped here.
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** `Kirkuk — Contributions: 3`, safe to set as innerHTML. */
export const pointTooltip =
  (seriesName: string) =>
  (p: { name: string; value: number[] }): string =>
    `${escapeHtml(p.name)} — ${escapeHtml(seriesName)}: ${escapeHtml(String(p.value[2]))}`;
