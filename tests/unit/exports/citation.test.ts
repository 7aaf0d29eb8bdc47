// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { citationFor } from '../../../src/exports';
import { fixtureReport } from './fixtures';

describe('citationFor', () => {
  const [asserted, refuted] = fixtureReport().items;

  it('gives quote, verdict, evidence, summary, the first two sources and the database version', () => {
    expect(citationFor(asserted!, '2026-03-14+abc12345')).toBe(
      'The claim that "Our vesicle serum rebuilds collagen in 7 days." is rated Misleading by ClaimLens ' +
        '(evidence: lab or animal studies only). Only dish and mouse studies exist, none of a serum on human skin. ' +
        'Sources: Doe J, Roe R. Vesicles and fibroblasts. J Imag Derm 2021;3:1-9 (2021), https://doi.org/10.9999/jid.2021%283%2901; ' +
        'Undated agency leaflet on skin products (n.d.), https://agency.example/leaflet. ' +
        '(ClaimLens claims database 2026-03-14+abc12345, reviewed 2026-03-14.)',
    );
  });

  it('does not turn a refutation into the claim it refutes', () => {
    const text = citationFor(refuted!, 'v1');
    expect(text).toMatch(/^The claim "Salmon DNA regrows hair", which the quoted text \("It is not true that salmon DNA regrows hair\."\) raises only to dispute it, is rated Unproven/);
    expect(text).not.toContain('Sources:');
  });

  it('is plain text on one line', () => {
    const item = { ...asserted!, quote: 'Line one\n  <b>line</b> **two**' };
    const text = citationFor(item, 'v1');
    expect(text).toContain('"Line one <b>line</b> **two**"');
    expect(text).not.toMatch(/[\r\n]/);
  });
});
