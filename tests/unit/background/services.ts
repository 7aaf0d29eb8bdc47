// Background services over a fresh database and the fake browser's session storage, the same
// assembly the service worker uses.
import { createContentHandlers } from '../../../src/background/content-handlers';
import { createBackgroundServices, type BackgroundServices } from '../../../src/background/services';
import { browserSessionArea } from '../../../src/background/session-area';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ClaimLensDatabase } from '../../../src/db/database';
import { dropDatabase, freshDatabase, glowClaim, lashClaim } from '../db/fixtures';

export function servicesOver(db: ClaimLensDatabase): BackgroundServices {
  return createBackgroundServices({ db, session: browserSessionArea() });
}

/** Text written for these tests: one sentence per claim, each naming its ingredient. */
export const SERUM_PAGE = {
  lash: 'This exosome serum regrows eyelashes in seven days.',
  glow: 'Our salmon DNA PDRN cream promises a moonlit pearl finish by morning.',
  plain: 'Shipping is free on orders over thirty dollars.',
  // The ingredient is named two sentences before the claim: a low-confidence finding.
  distant: 'We tested an exosome serum last spring. Everyone on the team liked the bottle. It regrows eyelashes, they said.',
};

/**
 * For a describe block: before each test, a fresh database and fake browser with the lash and
 * glow user claims saved; dropped after. Returns a getter for the current test's services.
 */
export function useServicesWithUserClaims(): () => { db: ClaimLensDatabase; services: BackgroundServices } {
  let current: { db: ClaimLensDatabase; services: BackgroundServices };
  beforeEach(async () => {
    fakeBrowser.reset();
    const db = freshDatabase();
    const services = servicesOver(db);
    await services.userClaims.save(lashClaim());
    await services.userClaims.save(glowClaim({ verdict: 'false' }));
    current = { db, services };
  });
  afterEach(() => dropDatabase(current.db));
  return () => current;
}

/**
 * Content handlers whose scans return only once what they leave running after the reply (the
 * tab's record, badge, research log) has finished, for tests that look at those.
 */
export function recordingHandlers(services: BackgroundServices): ReturnType<typeof createContentHandlers> {
  const handlers = createContentHandlers(services);
  return {
    ...handlers,
    async scanBlocks(data, origin) {
      const result = await handlers.scanBlocks(data, origin);
      await services.afterReply.settled();
      return result;
    },
  };
}
