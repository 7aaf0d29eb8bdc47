// Background services over a fresh database and the fake browser's session storage, the same
// assembly the service worker uses.
import { createBackgroundServices, type BackgroundServices } from '../../../src/background/services';
import { browserSessionArea } from '../../../src/background/session-area';
import type { ClaimLensDatabase } from '../../../src/db/database';

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
