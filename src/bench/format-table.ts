import type { Figure, Target } from './figures.ts';

const OP_SIGN: Record<Target['op'], string> = { '<': '<', '<=': '≤', '>=': '≥', '>': '>' };

/**
 * A number for people: thousands separated, fewer decimals as it grows, then the unit.
 * @example formatValue(12345.678, 'req/s') → '12,346 req/s'
 */
export function formatValue(value: number, unit: string): string {
  const abs = Math.abs(value);
  const digits = abs >= 100 || Number.isInteger(value) ? 0 : abs >= 10 ? 1 : 2;
  const text = value.toLocaleString('en-US', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  });
  if (unit === '') return text;
  if (unit === '×' || unit === '%') return `${text}${unit}`;
  return `${text} ${unit}`;
}

export function formatTarget(target: Target | null, unit: string): string {
  return target === null ? '' : `${OP_SIGN[target.op]} ${formatValue(target.value, unit)}`;
}

function verdict(f: Figure): string {
  if (f.pass === true) return 'pass';
  if (f.pass === false) return 'FAIL';
  return f.value === null ? 'n/a' : '';
}

/** Pads cells to column widths; the first row is the header, underlined. */
export function renderColumns(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  }
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => cell + ' '.repeat((widths[i] ?? 0) - [...cell].length))
      .join('  ')
      .trimEnd();
  const [header, ...body] = rows;
  if (header === undefined) return '';
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...body.map(line)].join('\n');
}

/** The results table: section, figure, value, target, pass/FAIL, note. */
export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.section,
    f.name,
    f.value === null ? '—' : formatValue(f.value, f.unit),
    formatTarget(f.target, f.unit),
    verdict(f),
    f.note ?? '',
  ]);
  return renderColumns([['section', 'figure', 'value', 'target', 'result', 'note'], ...rows]);
}
