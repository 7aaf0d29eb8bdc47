import { describe, expect, it } from 'vitest';
import { MAX_LOGGED_FINDINGS, mergeLoggedFindings, sameLoggedFindings, toLoggedFinding } from '../../../src/research-log/logged-findings';
import type { LoggedFinding } from '../../../src/research-log/types';
import { logged } from './fixtures';

describe('a visit’s logged findings', () => {
  it('keep what was seen, add what is new, and update a rescanned finding in place', () => {
    const lash = logged({ claimId: 'lash' });
    const glow = logged({ claimId: 'glow' });
    const lashLowered: LoggedFinding = { ...lash, confidence: 'low' };
    const merged = mergeLoggedFindings([lash, glow], [lashLowered, logged({ claimId: 'hair' })]);
    expect(merged.map((finding) => [finding.claimId, finding.confidence])).toEqual([
      ['lash', 'low'],
      ['glow', 'high'],
      ['hair', 'high'],
    ]);
  });

  it('treat the same words with different spacing as the same finding', () => {
    const a = logged({ quote: 'Regrows  lashes\nfast.' });
    const b = logged({ quote: 'Regrows lashes fast.' });
    expect(mergeLoggedFindings([a], [b])).toHaveLength(1);
  });

  it('keep the same quote in two places as two findings', () => {
    const a = logged({ prefix: 'First paragraph. ' });
    const b = logged({ prefix: 'Second paragraph. ' });
    expect(mergeLoggedFindings([a], [b])).toHaveLength(2);
  });

  it('are capped', () => {
    const many = Array.from({ length: MAX_LOGGED_FINDINGS + 5 }, (_, index) => logged({ quote: `Quote ${index}.` }));
    expect(mergeLoggedFindings([], many)).toHaveLength(MAX_LOGGED_FINDINGS);
  });

  it('compare field by field', () => {
    expect(sameLoggedFindings([logged()], [logged()])).toBe(true);
    expect(sameLoggedFindings([logged()], [logged({ verdict: 'false' })])).toBe(false);
  });

  it('come from block findings, without the page-load key and offsets', () => {
    const finding = toLoggedFinding({
      ...logged(),
      start: 10,
      end: 20,
      blockId: 'b1',
      key: 'b1:10:lash',
      prefix: undefined,
      suffix: 'after',
    });
    expect(finding).toEqual({ ...logged(), prefix: '', suffix: 'after' });
  });
});
