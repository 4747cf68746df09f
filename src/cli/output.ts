/** Prints rows as an aligned plain-text table; long cells are cut with an ellipsis so a terminal line stays readable. */
export function printTable(headers: readonly string[], rows: readonly (readonly (string | number | null)[])[], maxWidth = 60): void {
  const cells = rows.map((row) => row.map((cell) => clip(cell === null ? '' : String(cell), maxWidth)));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i]?.length ?? 0)));
  const line = (row: readonly string[]): string => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  process.stdout.write(`${line(headers)}\n${line(widths.map((w) => '-'.repeat(w)))}\n`);
  for (const row of cells) process.stdout.write(`${line(row)}\n`);
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
