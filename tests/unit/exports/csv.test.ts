// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/exports';
import { CSV_HEADER } from '../../../src/exports/csv';
import { PAGE, fixtureReport } from './fixtures';

/** A strict RFC 4180 reader: CRLF records, quoted fields with "" escapes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (char === '"') {
        quoted = false;
        i++;
      } else {
        field += char;
        i++;
      }
    } else if (char === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
      i++;
    } else if (char === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (char === '\r' || char === '\n') {
      throw new Error(`bare line break at ${i}`);
    } else {
      field += char;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length > 0) throw new Error('last record lacks CRLF');
  return rows;
}

function csvWithoutBom(csv: string): string {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return csv.slice(1);
}

describe('toCsv', () => {
  const tricky = 'He said "50% more", then, on a new line:\r\nmore';

  it('round-trips through an RFC 4180 parser with a header and one row per finding', () => {
    const report = fixtureReport({
      page: { ...PAGE, title: 'Serum, "the best"' },
      disputes: [{ claimId: 'fixture-collagen', quote: 'Our vesicle serum rebuilds collagen in 7 days.', reason: tricky, at: 0 }],
    });
    const rows = parseCsv(csvWithoutBom(toCsv(report)));
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows).toHaveLength(3);
    const record = Object.fromEntries(CSV_HEADER.map((name, index) => [name, rows[1]![index]]));
    expect(record).toEqual({
      'Page URL': PAGE.url,
      'Page title': 'Serum, "the best"',
      'Checked at': '2026-05-01T09:30:00.000Z',
      Quote: 'Our vesicle serum rebuilds collagen in 7 days.',
      'Claim ID': 'fixture-collagen',
      Claim: 'Vesicle serums rebuild collagen within a week.',
      Topic: 'Collagen and elastin',
      Trend: 'Exosomes',
      Verdict: 'Misleading',
      Evidence: 'Lab or animal studies only',
      Stance: 'Asserted by the page',
      'Top source': 'Doe J, Roe R. Vesicles and fibroblasts. J Imag Derm 2021;3:1-9 (2021), https://doi.org/10.9999/jid.2021%283%2901',
      Disputed: 'yes',
      'Dispute reason': tricky,
      'Database version': '2026-03-14+abc12345',
    });
    expect(rows[2]).toMatchObject({ 10: 'Raised by the page only to dispute it', 11: '', 12: 'no', 13: '' });
  });

  it('ends every record with CRLF and never uses a bare LF', () => {
    const csv = toCsv(fixtureReport());
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('neutralises spreadsheet formulas in every cell that page text reaches', () => {
    const payloads = ['=HYPERLINK("https://evil.example","click")', '+cmd|/C calc!A0', '-2+3', '@SUM(A1:A9)', '\tTAB', '\rCR'];
    for (const payload of payloads) {
      const report = fixtureReport({
        page: { url: PAGE.url, title: payload, checkedAt: PAGE.checkedAt },
        findings: [{ claimId: 'fixture-collagen', quote: payload, stance: 'asserted' }],
        disputes: [{ claimId: 'fixture-collagen', quote: payload, reason: payload, at: 0 }],
      });
      const [, row] = parseCsv(csvWithoutBom(toCsv(report)));
      for (const cell of [row![1], row![3], row![13]]) {
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        // Titles and quotes are folded onto one line, which trims a leading tab or CR away.
        expect(cell!.startsWith("'") || cell === payload.trim()).toBe(true);
      }
      expect(row![13]).toBe(`'${payload}`);
    }
  });

  it('gives only the header for a page without claims', () => {
    expect(parseCsv(csvWithoutBom(toCsv(fixtureReport({ findings: [] }))))).toEqual([[...CSV_HEADER]]);
  });
});
