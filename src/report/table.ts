/** Plain tables for the terminal and Markdown tables for summaries (cells escaped). */

const width = (s: string): number => [...s].length;

export function renderTextTable(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat((widths[i] ?? 0) - width(c))))
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line)].join('\n');
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** GitHub's summary helpers do not escape; every value shown in Markdown/HTML passes here. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}

/**
 * What in a value (a stage's error text, say) would act rather than show: a link or image
 * (`[x](url)`), a code span, an @mention that pings a team from a regression issue, a pipe that
 * ends a table cell. Emphasis only changes the look, and `***` must stay the mask it is.
 */
const MARKDOWN_ESCAPES: Record<string, string> = {
  '|': '\\|',
  '`': '&#96;',
  '[': '&#91;',
  ']': '&#93;',
  // GitHub finds mentions in the rendered text, where an entity is a plain `@` again
  '@': '@&#8203;',
};

/** A Markdown table cell: HTML and Markdown syntax escaped, newlines folded. */
export function markdownCell(value: unknown): string {
  return escapeHtml(value)
    .replace(/[|`[\]@]/g, (c) => MARKDOWN_ESCAPES[c] as string)
    .replace(/\r?\n/g, '<br>');
}

/** A Markdown table of cells that are already Markdown (escaped, or links built from escaped text). */
export function markdownTableOf(headerCells: string[], rowCells: string[][]): string {
  const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [row(headerCells), row(headerCells.map(() => '---')), ...rowCells.map(row)].join('\n');
}

export function renderMarkdownTable(headers: string[], rows: string[][]): string {
  return markdownTableOf(
    headers.map(markdownCell),
    rows.map((r) => r.map(markdownCell)),
  );
}
