// Loads a fixture page (tests/fixtures/…) into happy-dom's document.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// Vitest runs from the project root.
const FIXTURES = resolve(process.cwd(), 'tests/fixtures') + '/';

export function readFixture(path: string): string {
  return readFileSync(`${FIXTURES}${path}`, 'utf8');
}

/** Replaces the document's head and body with the fixture's. */
export function loadFixture(path: string): Document {
  const parsed = new DOMParser().parseFromString(readFixture(path), 'text/html');
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  document.title = parsed.title;
  return document;
}

export function byId<T extends Element = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`No #${id} in the fixture`);
  return element as unknown as T;
}
