import { describe, expect, it } from 'vitest';
import { filterLog, isDay, loggedSites } from '../../../src/research-log/log-filters';
import { createLogSearch } from '../../../src/research-log/log-search';
import { entry, logged } from './fixtures';

const shop = entry({
  id: 'shop',
  findings: [
    logged({ claimId: 'lash', topic: 'hair-growth', verdict: 'unproven', trend: 'exosomes' }),
    logged({ claimId: 'glow', topic: 'texture-hydration', verdict: 'false', trend: 'pdrn-polynucleotides', quote: 'A pearl finish overnight.' }),
  ],
});
const blog = entry({
  id: 'blog',
  url: 'https://blog.example/salmon-dna-review',
  title: 'My honest salmon DNA review',
  hostname: 'blog.example',
  firstSeen: new Date(2026, 0, 12, 22, 0).getTime(),
  lastUpdated: new Date(2026, 0, 13, 1, 0).getTime(),
  findings: [logged({ claimId: 'scar', topic: 'scars', verdict: 'overstated', trend: 'pdrn-polynucleotides', quote: 'It faded my acne scars in a week.' })],
});
const clinic = entry({
  id: 'clinic',
  url: 'https://clinic.example/treatments',
  title: 'Treatments',
  hostname: 'clinic.example',
  firstSeen: new Date(2026, 0, 20, 9, 0).getTime(),
  lastUpdated: new Date(2026, 0, 20, 9, 5).getTime(),
  findings: [logged({ claimId: 'approved', topic: 'regulatory-status', verdict: 'false', quote: 'FDA approved exosome facial.' })],
});
const log = [clinic, blog, shop];
const ids = (entries: { id: string }[]) => entries.map((e) => e.id);

describe('research log filters', () => {
  it('show everything with no filter', () => {
    expect(filterLog(log, {})).toEqual(log);
  });

  it('narrow to findings of a topic, verdict or trend, and drop pages left with none', () => {
    const byVerdict = filterLog(log, { verdict: 'false' });
    expect(ids(byVerdict)).toEqual(['clinic', 'shop']);
    expect(byVerdict[1]!.findings.map((f) => f.claimId)).toEqual(['glow']);
    expect(ids(filterLog(log, { topic: 'scars' }))).toEqual(['blog']);
    expect(ids(filterLog(log, { trend: 'pdrn-polynucleotides' }))).toEqual(['blog', 'shop']);
    expect(ids(filterLog(log, { trend: 'pdrn-polynucleotides', verdict: 'false' }))).toEqual(['shop']);
    expect(filterLog(log, { topic: 'safety' })).toEqual([]);
  });

  it('narrow to a site', () => {
    expect(ids(filterLog(log, { site: 'blog.example' }))).toEqual(['blog']);
  });

  it('narrow to a range of days, both ends included, a visit counting on every day it spans', () => {
    expect(ids(filterLog(log, { from: '2026-01-10', to: '2026-01-10' }))).toEqual(['shop']);
    expect(ids(filterLog(log, { from: '2026-01-13', to: '2026-01-13' }))).toEqual(['blog']);
    expect(ids(filterLog(log, { from: '2026-01-11' }))).toEqual(['clinic', 'blog']);
    expect(ids(filterLog(log, { to: '2026-01-12' }))).toEqual(['blog', 'shop']);
    expect(filterLog(log, { from: '2026-02-01' })).toEqual([]);
  });

  it('list the logged sites, busiest first', () => {
    expect(loggedSites([...log, entry({ id: 'shop2' })])).toEqual(['shop.example', 'blog.example', 'clinic.example']);
  });

  it('accept only real days', () => {
    expect(isDay('2026-01-31')).toBe(true);
    expect(isDay('2026-1-3')).toBe(false);
    expect(isDay('')).toBe(false);
  });
});

describe('research log search', () => {
  const search = createLogSearch(log);

  it('finds quotes, even misspelt', () => {
    expect(ids(search.search('acne scarz'))).toEqual(['blog']);
    expect(ids(search.search('pearl finish'))).toEqual(['shop']);
  });

  it('finds page titles and addresses', () => {
    expect(ids(search.search('honest review'))).toEqual(['blog']);
    expect(ids(search.search('salmon pearl'))).toEqual([]);
    expect(ids(search.search('clinic.example'))[0]).toBe('clinic');
  });

  it('returns everything for an empty or one-letter query', () => {
    expect(search.search('')).toEqual(log);
    expect(search.search(' a ')).toEqual(log);
  });

  it('finds nothing for words not in the log', () => {
    expect(search.search('zzqxj')).toEqual([]);
  });
});
