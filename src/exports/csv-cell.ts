// One CSV cell, RFC 4180, made safe to open in a spreadsheet.

/** Spreadsheets run a cell starting with these as a formula (=HYPERLINK(…), +cmd|…, @SUM…). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const neutral = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(neutral) ? `"${neutral.replace(/"/g, '""')}"` : neutral;
}

export function csvRow(values: readonly string[]): string {
  return values.map(csvCell).join(',');
}
