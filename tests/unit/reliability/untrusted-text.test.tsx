// Issue 5: text ClaimLens did not write — a user's or a shared file's claim fields, a page's
// title and sentences — is stored as text and shown as text, never as markup; and a claims file
// too big to be hand-made is refused before anything parses it.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Claim } from '../../../src/claims/types';
import { CardController } from '../../../src/content/card-controller';
import type { PlacedFinding } from '../../../src/content/finding-layer';
import { HoverCard } from '../../../src/content/hover-card';
import { Lifetime } from '../../../src/content/lifetime';
import { ShadowUi } from '../../../src/content/shadow-ui';
import { UI_CSS } from '../../../src/content/ui-styles';
import type { ClaimLensDatabase } from '../../../src/db/database';
import { createUserClaimsRepository } from '../../../src/db/user-claims-repository';
import { MAX_IMPORT_BYTES, parseUserClaimsFile } from '../../../src/db/user-claims-file';
import { OptionsApp } from '../../../src/ui/options/OptionsApp';
import { PopupApp } from '../../../src/ui/popup/PopupApp';
import { SidePanelApp } from '../../../src/ui/sidepanel/SidePanelApp';
import { dropDatabase, freshDatabase, lashClaim } from '../db/fixtures';
import { fakeBackend, fakeServices, finding, tabFindings, userClaim } from '../ui/fixtures';
import { renderWithServices } from '../ui/render';
import { fakeContext } from '../content/support/fakes';

/** Markup that would run script if it were ever parsed as HTML. */
const IMG = '<img src=x onerror="globalThis.__claimlensPwned = true">';
const SCRIPT = '<script>globalThis.__claimlensPwned = true</script>';
const hostile = (field: string) => `${field} ${IMG} ${SCRIPT} <b>bold</b> &amp; &lt;`;

const hostileClaim: Claim = {
  ...userClaim,
  id: 'my-hostile-claim',
  claim: hostile('Claim'),
  summary: hostile('Summary'),
  explanation: hostile('Explanation'),
  sources: [{ id: 'H1', citation: hostile('Citation'), year: 2024, kind: 'commentary' }],
  safety: [hostile('Safety')],
};

/** No element the hostile text could have created, anywhere under `root`. */
function expectNoInjectedMarkup(root: ParentNode) {
  expect(root.querySelector('img[src="x"], img[onerror]')).toBeNull();
  expect([...root.querySelectorAll('script')].filter((script) => script.textContent?.includes('__claimlensPwned'))).toEqual([]);
  expect([...root.querySelectorAll('b')].filter((bold) => bold.textContent === 'bold')).toEqual([]);
  expect((globalThis as { __claimlensPwned?: boolean }).__claimlensPwned).toBeUndefined();
}

afterEach(() => {
  cleanup();
  delete (globalThis as { __claimlensPwned?: boolean }).__claimlensPwned;
});

describe('claim text is stored as text', () => {
  let db: ClaimLensDatabase;
  beforeEach(() => {
    fakeBrowser.reset();
    db = freshDatabase();
  });
  afterEach(() => dropDatabase(db));

  it('keeps markup in claim fields character for character', async () => {
    const repository = createUserClaimsRepository(db);
    const input = lashClaim({ claim: hostile('Claim'), summary: hostile('Summary'), explanation: hostile('Explanation') });
    expect(await repository.save(input)).toEqual({ ok: true });
    const [stored] = await repository.list();
    expect(stored).toMatchObject({ claim: hostile('Claim'), summary: hostile('Summary'), explanation: hostile('Explanation') });
  });

  it('refuses source links that are not http(s): javascript:, data:, file:', async () => {
    const repository = createUserClaimsRepository(db);
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'chrome://settings']) {
      const input = lashClaim({ sources: [{ id: 'T1', citation: 'A source', year: 2024, kind: 'review', url }] });
      const result = await repository.save(input);
      expect(result.ok, url).toBe(false);
    }
    expect(await repository.list()).toEqual([]);
  });
});

describe('claim and page text is rendered as text', () => {
  it('in the options page list of your claims', async () => {
    const { container } = renderWithServices(<OptionsApp />, fakeServices({ userClaims: [hostileClaim] }).services);
    await screen.findByText(hostileClaim.claim);
    expect(container.textContent).toContain(IMG);
    expectNoInjectedMarkup(container);
  });

  it('in the side panel: quote, page title, claim, summary, explanation, sources', async () => {
    const hostileFinding = finding(hostileClaim, { quote: `Our exosome serum ${IMG} regrows hair ${SCRIPT}` });
    const backend = fakeBackend({
      getTabFindings: () => tabFindings([hostileFinding], { title: hostile('Page title') }),
      checkText: () => ({ findings: [], cards: {} }),
    });
    const { container } = renderWithServices(<SidePanelApp />, fakeServices({ backend, userClaims: [hostileClaim] }).services);
    await screen.findByText(hostileFinding.quote, { exact: false });
    // Open every disclosure so sources and explanations are in the document too.
    container.querySelectorAll('details').forEach((details) => (details.open = true));
    await waitFor(() => expect(container.textContent).toContain(hostile('Page title')));
    expect(container.textContent).toContain(`Our exosome serum ${IMG}`);
    expect(container.textContent).toContain(hostileClaim.summary);
    expectNoInjectedMarkup(container);
  });

  it("in the popup: the page's title and the claim's summary", async () => {
    const backend = fakeBackend({ getTabFindings: () => tabFindings([finding(hostileClaim)], { title: hostile('Page title') }) });
    const { container } = renderWithServices(
      <PopupApp />,
      fakeServices({ backend, userClaims: [hostileClaim], tab: { id: 7, url: 'https://shop.example/serum', title: hostile('Tab title') } }).services,
    );
    await waitFor(() => expect(container.textContent).toContain('Summary'));
    expectNoInjectedMarkup(container);
  });

  it('in the hover card the content script draws on the page', () => {
    const ui = new ShadowUi(document, UI_CSS);
    const lifetime = new Lifetime(fakeContext().ctx);
    const paragraph = document.createElement('p');
    paragraph.textContent = 'This exosome serum regrows hair.';
    document.body.append(paragraph);
    const range = document.createRange();
    range.selectNodeContents(paragraph);
    const placed: PlacedFinding = {
      range,
      group: 'unproven',
      onImage: false,
      finding: {
        key: 'b1:0:my-hostile-claim', blockId: 'b1', claimId: hostileClaim.id, topic: hostileClaim.topic, trend: hostileClaim.trend,
        evidence: 'limited', verdict: 'unproven', stance: 'asserted', quote: IMG, start: 0, end: 5, confidence: 'high',
      },
      card: { claimId: hostileClaim.id, claim: hostileClaim.claim, summary: hostileClaim.summary, verdict: 'unproven', evidence: 'limited', topic: hostileClaim.topic },
    };
    let controller!: CardController;
    const card = new HoverCard(ui, () => {}, () => controller.close());
    controller = new CardController({
      view: window, lifetime, ui, card, findings: () => [placed], hoverEnabled: () => true, rectsOf: () => [], reveal: () => {},
    });
    controller.open(placed, true);
    const root = ui.mount();
    expect(root.textContent).toContain(hostileClaim.summary);
    expect(root.textContent).toContain(hostileClaim.claim);
    expectNoInjectedMarkup(root);
    lifetime.end();
    ui.dispose();
    paragraph.remove();
  });
});

describe('a 50 MB claims file', () => {
  const FIFTY_MB = 50 * 1024 * 1024;

  it('is refused by the importer before any JSON parsing', () => {
    // Valid JSON all the way, so only the size can refuse it.
    const json = `[${'"x",'.repeat(Math.ceil(FIFTY_MB / 4))}"x"]`;
    expect(json.length).toBeGreaterThan(FIFTY_MB);
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const result = parseUserClaimsFile(json, new Set());
      expect(result.ok).toBe(false);
      expect(result.ok ? [] : result.errors).toEqual([expect.stringMatching(/^file: 50(\.\d)? MB is larger than the 5 MB limit/)]);
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
    expect(MAX_IMPORT_BYTES).toBeLessThan(FIFTY_MB);
  });

  it('is refused by the options page without being read into memory or sent to the background', async () => {
    // Chrome's runtime messages are capped at 64 MiB: a file read whole and sent would fail there
    // with a technical error (or cost the background 50 MB of memory) before any size check.
    const backend = fakeBackend();
    const { container } = renderWithServices(<OptionsApp />, fakeServices({ backend }).services);
    const input = await waitFor(() => {
      const found = container.querySelector<HTMLInputElement>('input[type="file"][accept*="json"]');
      if (!found) throw new Error('no file input yet');
      return found;
    });
    const file = new File(['['], 'huge-claims.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: FIFTY_MB });
    const read = vi.spyOn(file, 'text');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    // Whatever the outcome, the page reports on the file by name.
    await waitFor(() => expect(container.textContent).toMatch(/huge-claims\.json (was not imported|\.)|from huge-claims\.json/));
    expect(read, 'the file was read whole').not.toHaveBeenCalled();
    expect(backend.importUserClaims, 'the file was sent to the background').not.toHaveBeenCalled();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/huge-claims\.json was not imported/);
    expect(alert.textContent).toMatch(/MB/);
  });
});
