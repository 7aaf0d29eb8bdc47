import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createUiHandlers } from '../../../src/background/ui-handlers';
import type { ClaimLensDatabase } from '../../../src/db/database';
import { createDisputesRepository, DISPUTES_FORMAT, type DisputesRepository } from '../../../src/db/disputes-repository';
import { disputeInputSchema } from '../../../src/disputes/dispute-input';
import { disputeKey, disputesByFinding, disputesOnPage } from '../../../src/disputes/dispute-marks';
import type { Dispute } from '../../../src/disputes/types';
import { uiPayloadSchemas } from '../../../src/messaging/validation';
import { servicesOver } from '../background/services';
import { dropDatabase, freshDatabase } from '../db/fixtures';

const input = (overrides: Record<string, unknown> = {}) => ({
  claimId: 'exosome-lash-regrowth',
  quote: 'This exosome serum regrows eyelashes in seven days.',
  url: 'https://shop.example/serum',
  reason: 'The serum has no exosomes in its ingredient list.',
  ...overrides,
});

describe('dispute input', () => {
  it('needs a reason', () => {
    const result = disputeInputSchema.safeParse(input({ reason: '   ' }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['reason'], message: 'say why you think this finding is wrong' });
  });

  it.each([['javascript:alert(1)'], ['ftp://files.example/x'], ['not a url'], ['data:text/html,hi']])(
    'refuses the source %s (only http(s) addresses)',
    (sourceUrl) => {
      const result = disputeInputSchema.safeParse(input({ sourceUrl }));
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['sourceUrl']);
    },
  );

  it('takes an http(s) source, trimmed, or none', () => {
    expect(disputeInputSchema.parse(input({ sourceUrl: '  https://example.org/study  ' })).sourceUrl).toBe('https://example.org/study');
    expect(disputeInputSchema.parse(input())).not.toHaveProperty('sourceUrl');
  });

  it('is the payload schema the background checks', () => {
    expect(uiPayloadSchemas.addDispute.safeParse(input({ reason: '' })).success).toBe(false);
    expect(uiPayloadSchemas.addDispute.safeParse({ ...input(), extra: 1 }).success).toBe(false);
  });
});

describe('disputes repository', () => {
  let db: ClaimLensDatabase;
  let disputes: DisputesRepository;
  let clock = 1_000;

  beforeEach(() => {
    db = freshDatabase();
    disputes = createDisputesRepository(db, undefined, () => (clock += 1_000));
  });
  afterEach(() => dropDatabase(db));

  it('stores a dispute with an id and a time, and says what is wrong with a bad one', async () => {
    const saved = await disputes.add(input({ sourceUrl: 'https://example.org/inci' }));
    expect(saved).toMatchObject({ ok: true, id: expect.any(String) });
    expect(await disputes.list()).toEqual([
      { id: expect.any(String), ...input(), sourceUrl: 'https://example.org/inci', at: expect.any(Number) },
    ]);
    expect(await disputes.add(input({ reason: '', sourceUrl: 'javascript:void(0)' }))).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^reason: /), expect.stringMatching(/^sourceUrl: .*http\(s\)/)],
    });
    expect(await db.disputes.count()).toBe(1);
  });

  it('exports every dispute as JSON for a maintainer, with the database version', async () => {
    await disputes.add(input());
    await disputes.add(input({ claimId: 'pdrn-glass-glow', reason: 'Second thoughts.' }));
    const file = JSON.parse(await disputes.exportJson('2026-01-01+abc', new Date('2026-03-04T05:06:07Z')));
    expect(file).toMatchObject({ format: DISPUTES_FORMAT, version: 1, exportedAt: '2026-03-04T05:06:07.000Z', claimsDbVersion: '2026-01-01+abc' });
    expect(file.disputes.map((dispute: Dispute) => dispute.claimId)).toEqual(['exosome-lash-regrowth', 'pdrn-glass-glow']);
  });

  it('is written and deleted through the background', async () => {
    fakeBrowser.reset();
    const services = servicesOver(db);
    const ui = createUiHandlers(services);
    const sender = { url: 'chrome-extension://test-extension-id/sidepanel.html' };
    expect(await ui.addDispute(input(), sender)).toMatchObject({ ok: true });
    const [stored] = await services.disputes.list();
    await ui.deleteDispute({ id: stored!.id }, sender);
    expect(await services.disputes.list()).toEqual([]);
  });
});

describe('dispute marks', () => {
  const dispute = (overrides: Partial<Dispute>): Dispute => ({ id: 'd', ...input(), at: 1, ...overrides });

  it('mark the same words of the same claim on the same page, whatever the fragment or spacing', () => {
    const marks = disputesByFinding([dispute({ id: 'old', at: 1 }), dispute({ id: 'new', at: 2 })]);
    const key = disputeKey('exosome-lash-regrowth', ' This exosome serum\nregrows eyelashes in seven days. ', 'https://shop.example/serum#reviews');
    expect(marks.get(key)?.id).toBe('new');
    expect(marks.get(disputeKey('exosome-lash-regrowth', input().quote, 'https://other.example/serum'))).toBeUndefined();
    expect(marks.get(disputeKey('other-claim', input().quote, input().url))).toBeUndefined();
  });

  it('pick a page’s disputes', () => {
    const list = [dispute({ id: 'a' }), dispute({ id: 'b', url: 'https://blog.example/' })];
    expect(disputesOnPage(list, 'https://shop.example/serum#top').map((d) => d.id)).toEqual(['a']);
  });
});
