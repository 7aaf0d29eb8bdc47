// Small wording helpers every format shares, so a report reads the same in each of them.
import type { Jurisdiction, Stance } from '../claims/vocabulary';
import { JURISDICTION_NAME } from '../ui/labels/jurisdiction-names';

/** Page text can wrap across lines; every format shows it on one line so layouts hold. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function withFinalPeriod(text: string): string {
  const line = oneLine(text);
  return line === '' || /[.!?]["')\]]?$/.test(line) ? line : `${line}.`;
}

export function withoutFinalPeriod(text: string): string {
  return oneLine(text).replace(/[.\s]+$/, '');
}

/** A refuted finding is not the page's claim; every format must say so. */
export function stanceDescription(stance: Stance): string {
  return stance === 'refuted' ? 'Raised by the page only to dispute it' : 'Asserted by the page';
}

export function jurisdictionName(jurisdiction: Jurisdiction): string {
  return `${JURISDICTION_NAME[jurisdiction]} (${jurisdiction})`;
}

/** The closing line of every report: a verdict is only as current as the database behind it. */
export function judgedByLine(dbVersion: string): string {
  return `Judged by ClaimLens claims database ${dbVersion}`;
}

/** "2026-05-01 09:30 UTC": unambiguous for readers in any time zone. */
export function readableUtc(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

export function pageTitleOrUrl(page: { title: string; url: string }): string {
  return oneLine(page.title) || oneLine(page.url) || 'Untitled page';
}
