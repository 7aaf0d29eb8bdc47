// Issue 5: ClaimLens never leaks what people read. Every network request the browser makes is
// recorded (Playwright's context 'request' events for pages, frames, extension pages and the
// service worker, plus a CDP Network listener on every service-worker target of the extension)
// while ClaimLens works on an article, a product page, the Instagram-like feed (served as
// https://www.instagram.com/ by a local server), a page with frames, and while a user works its
// popup, side panel and options page, adds a claim, and the worker restarts. The extension may
// load its own files and nothing else; nobody may reach a host other than the local servers; and
// each web page requests exactly what it requests without ClaimLens.
// Also: the built extension calls neither eval nor the Function constructor, its pages never try
// to, and its manifest allows scripts from the extension itself only.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateInWorker, extensionUrl } from '../harness/extension';
import { compareHighlights, expectedFindings } from '../harness/oracle';
import { highlightPoint, readHighlights } from '../harness/page';
import { builtExtensionDir, repoRoot } from '../harness/paths';
import { INSTAGRAM_ORIGIN } from '../harness';
import { startFixtureServer, startInstagramServer, type FixtureServer } from '../harness/servers';
import { addClaimThroughForm, CIRCADIAN_CLAIM, claimsFile, importableClaim, listedUserClaims } from '../harness/user-claims';
import { waitFor } from '../harness/wait';
import { launchExtensionBrowser, launchPlainBrowser, restartWorker, type PlainBrowser, type ReliabilityBrowser } from './support/browsers';
import { auditRequests, recordNetwork, type NetworkRecording, type RecordedRequest } from './support/network-recorder';

const CANARY = 'recorder-canary=1';

/** Records CSP violations in an extension page (installed before its scripts run). */
const CSP_PROBE = `window.__cspViolations = []; document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI + ' ' + event.sourceFile + ':' + event.lineNumber);
});`;

interface WebPageVisit {
  name: string;
  url: string;
  /** What the test does on the page, the same with and without ClaimLens. */
  act?(page: Page): Promise<void>;
}

describe('privacy: ClaimLens makes no network request of its own', () => {
  let pages: FixtureServer;
  let instagram: FixtureServer;
  let hostile: FixtureServer;
  let browser: ReliabilityBrowser;
  let recording: NetworkRecording;
  let allowedHosts: string[];
  const extensionPages: Page[] = [];
  let visits: WebPageVisit[] = [];

  async function openExtension(file: string, target?: Page): Promise<Page> {
    const page = await browser.context.newPage();
    await page.addInitScript(CSP_PROBE);
    await page.goto(extensionUrl(browser, file));
    extensionPages.push(page);
    await target?.bringToFront();
    return page;
  }

  async function expectMarked(page: Page, options: Parameters<typeof expectedFindings>[1] = {}) {
    const expected = await expectedFindings(page, options);
    expect(expected.length, `${page.url()} holds claims`).toBeGreaterThan(0);
    await waitFor(async () => compareHighlights(await readHighlights(page), expected).missing, (missing) => missing.length === 0, {
      timeout: 30_000,
      message: `ClaimLens to mark ${page.url()}`,
    });
  }

  beforeAll(async () => {
    pages = await startFixtureServer();
    instagram = await startInstagramServer();
    hostile = await startFixtureServer({ root: path.join(repoRoot, 'tests', 'fixtures', 'hostile') });
    allowedHosts = [pages, instagram, hostile].map((server) => new URL(server.origin).host).concat('www.instagram.com');
    browser = await launchExtensionBrowser({ devtools: true, hostResolverRules: [`MAP www.instagram.com 127.0.0.1:${instagram.port}`] });
    recording = await recordNetwork(browser);
    // The worker started before the recorder: restart it so its start-up is recorded too.
    await restartWorker(browser);

    visits = [
      { name: 'article', url: pages.url('/article-exosome-facial.html') },
      { name: 'product', url: pages.url('/product-vesicle-serum.html') },
      {
        name: 'Instagram-like feed',
        url: `${INSTAGRAM_ORIGIN}/`,
        act: async (page) => {
          for (let i = 0; i < 4; i++) {
            await page.mouse.wheel(0, 1_500);
            await page.waitForTimeout(300);
          }
        },
      },
      { name: 'page with frames', url: hostile.url('/iframe.html') },
    ];

    // 1. ClaimLens at work on web pages.
    const article = await browser.context.newPage();
    await article.goto(visits[0]!.url);
    await expectMarked(article);
    const product = await browser.context.newPage();
    await product.goto(visits[1]!.url);
    await expectMarked(product);
    const feed = await browser.context.newPage();
    await feed.goto(visits[2]!.url);
    await visits[2]!.act!(feed);
    await expectMarked(feed, { root: 'main article', textRunSelector: '[dir="auto"]' }).catch(() => {
      // Posts far from the viewport are read later; the feed's requests are what matter here.
    });
    const framed = await browser.context.newPage();
    await framed.goto(visits[3]!.url);
    await expectMarked(framed);

    // 2. The in-page card: hover a finding, open the next one from the keyboard, ask for details.
    await article.bringToFront();
    const point = await highlightPoint(article, (await readHighlights(article)).misleading?.[0] ?? '');
    await article.mouse.move(point.x, point.y);
    await article.keyboard.press('Alt+Shift+KeyJ');
    const details = article.locator('#claimlens-root').locator('button.details');
    await details.waitFor({ timeout: 10_000 });
    await details.click();

    // 3. The popup: pause the site, resume it.
    const popup = await openExtension('popup.html', article);
    await popup.getByRole('button', { name: /pause on this site/i }).click();
    await popup.getByRole('button', { name: /resume on this site/i }).click();
    await expectMarked(article);

    // 4. The side panel: the page's findings, "show on page", a passage checked by hand, sources.
    const panel = await openExtension('sidepanel.html', article);
    await panel.getByRole('button', { name: 'Show on page' }).first().click();
    await panel.getByText('Check a passage of text').click();
    await panel.locator('#cl-text-check-input').fill('This exosome serum regenerates skin cells and is FDA approved.');
    await panel.getByRole('button', { name: 'Check text' }).click();
    await panel.locator('details').evaluateAll((all) => all.forEach((element) => ((element as HTMLDetailsElement).open = true)));

    // 5. The options page: a new claim, a setting, an import and an export.
    const options = await openExtension('options.html');
    await addClaimThroughForm(options, CIRCADIAN_CLAIM);
    await waitFor(() => listedUserClaims(options), (ids) => ids.includes(CIRCADIAN_CLAIM.id), { message: 'the new claim' });
    await options.getByLabel('Your region').selectOption('EU');
    await options.locator('input[type="file"]').first().setInputFiles({
      name: 'shared.json',
      mimeType: 'application/json',
      buffer: Buffer.from(claimsFile([importableClaim({ id: 'e2e-shared-claim' })])),
    });
    await options.getByText(/Imported 1 claim from shared\.json/).waitFor();
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export your claims' }).click();
    await (await download).path();

    // 6. The user's claim at work on a page, after another worker restart.
    await restartWorker(browser);
    const userClaimPage = await browser.context.newPage();
    await userClaimPage.goto(pages.url('/user-claim-circadian.html'));
    await expectMarked(userClaimPage, { extraClaims: [CIRCADIAN_CLAIM] });

    // A canary: the test (not ClaimLens) makes the restarted worker fetch one of its own files, so
    // the recorder shows it sees the worker's requests after restarts. It is left out of the audit.
    await evaluateInWorker(browser, (url) => fetch(url).then((response) => response.status), `${extensionUrl(browser, 'manifest.json')}?${CANARY}`);

    // Late requests (a worker writing storage, a panel refreshing) have time to show up.
    await article.waitForTimeout(1_500);
  }, 240_000);

  /** Everything recorded except the test's own canary request. */
  const recorded = () => recording.requests().filter((request) => !request.url.includes(CANARY));

  afterAll(async () => {
    await recording?.stop();
    await browser?.close();
    for (const server of [pages, instagram, hostile]) await server?.close();
  });

  it('records the traffic it is meant to (the recorder works)', () => {
    const all = recorded();
    expect(all.length).toBeGreaterThan(20);
    // Page documents and the extension's own files from its pages were seen…
    expect(all.some((request) => request.source === 'page' && request.url.startsWith(pages.origin))).toBe(true);
    expect(all.some((request) => request.url.startsWith(`chrome-extension://${browser.extensionId}/`))).toBe(true);
    // …and the canary the restarted worker fetched, by both listeners.
    const canary = recording.requests().filter((request) => request.url.includes(CANARY));
    expect(canary.map((request) => request.source).sort()).toEqual(['service-worker', 'worker-cdp']);
    expect(recording.workerAttachments()).toBeGreaterThanOrEqual(1);
  });

  it('makes no request of its own other than for its own files', () => {
    const audit = auditRequests(recorded(), browser.extensionId, allowedHosts);
    const all = recorded();
    console.info(
      `[privacy] ${all.length} requests recorded (${all.filter((r) => r.source === 'page').length} by pages and extension pages, ` +
        `${all.filter((r) => r.source !== 'page').length} by the service worker); ${audit.byExtension.length} by the extension, ` +
        `all for its own files: ${audit.byExtensionOutside.length} elsewhere; ${audit.foreignHosts.length} to hosts other than the local servers`,
    );
    expect(audit.byExtensionOutside.map((request) => `${request.source} ${request.url}`)).toEqual([]);
    expect(audit.foreignHosts.map((request) => `${request.source} ${request.documentUrl} → ${request.url}`)).toEqual([]);
    // The service worker requests nothing but its own script, which Chrome loads when it starts it.
    const workerScript = `chrome-extension://${browser.extensionId}/background.js`;
    expect(all.filter((request) => request.source !== 'page' && request.url !== workerScript).map((request) => request.url)).toEqual([]);
  });

  it('leaves every web page requesting exactly what it requests without ClaimLens', async () => {
    const plain: PlainBrowser = await launchPlainBrowser({ hostResolverRules: [`MAP www.instagram.com 127.0.0.1:${instagram.port}`] });
    try {
      const without: string[] = [];
      plain.context.on('request', (request) => without.push(request.url()));
      for (const visit of visits) {
        const page = await plain.context.newPage();
        await page.goto(visit.url);
        await visit.act?.(page);
        await page.waitForTimeout(1_000);
        await page.close();
      }
      const webOrigins = [pages.origin, hostile.origin, INSTAGRAM_ORIGIN];
      const fromWebPages = (requests: RecordedRequest[]) =>
        new Set(
          requests
            .filter((request) => request.source === 'page' && webOrigins.some((origin) => request.documentUrl.startsWith(origin)))
            .map((request) => request.url)
            .filter((url) => visits.some((visit) => url.startsWith(new URL(visit.url).origin))),
        );
      const withExtension = fromWebPages(recorded());
      // The user-claim page was visited only with ClaimLens; its own document is no leak.
      withExtension.delete(pages.url('/user-claim-circadian.html'));
      const extra = [...withExtension].filter((url) => !without.includes(url));
      expect(extra, 'requests web pages made only with ClaimLens').toEqual([]);
    } finally {
      await plain.close();
    }
  });

  it('never tries eval or new Function in its pages (no CSP violations) or its worker', async () => {
    const violations: string[] = [];
    for (const page of extensionPages) {
      if (page.isClosed()) continue;
      const list = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
      violations.push(...list.map((violation) => `${new URL(page.url()).pathname}: ${violation}`));
    }
    const workerViolations = recording
      .workerLog()
      .filter((entry) => /unsafe-eval|Refused to evaluate|Content Security Policy/i.test(entry.text ?? ''))
      .map((entry) => `worker: ${entry.text}`);
    expect([...violations, ...workerViolations]).toEqual([]);
  });
});

describe('the built extension', () => {
  const dir = builtExtensionDir();
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, any>;

  const files = (root: string): string[] =>
    readdirSync(root).flatMap((name) => {
      const file = path.join(root, name);
      return statSync(file).isDirectory() ? files(file) : [file];
    });
  const scripts = files(dir).filter((file) => /\.(m?js|html)$/.test(file));

  it('allows scripts from the extension itself only (manifest CSP for extension pages)', () => {
    const csp: string = manifest.content_security_policy?.extension_pages ?? '';
    const directives = Object.fromEntries(
      csp.split(';').map((part) => part.trim().split(/\s+/)).filter((words) => words[0]).map(([name, ...values]) => [name, values]),
    );
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src'] ?? ["'self'"]).toEqual(["'self'"]);
    expect(csp).not.toMatch(/https?:|\*|unsafe-eval|unsafe-inline|data:|blob:/);
    // Nothing a page could load from the extension, or use to message it.
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.host_permissions).toBeUndefined();
    expect([...manifest.permissions].sort()).toEqual(['contextMenus', 'sidePanel', 'storage']);
  });

  it('loads no script from outside the extension in its pages', () => {
    for (const page of scripts.filter((file) => file.endsWith('.html'))) {
      const html = readFileSync(page, 'utf8');
      expect(html.match(/<script[^>]+src="(https?:)?\/\/[^"]*"/g) ?? [], path.basename(page)).toEqual([]);
    }
  });

  it('contains no eval( and no new Function( — nor any other call of the Function constructor', () => {
    const sites: string[] = [];
    const patterns = [
      /(?<![\w$.])eval\s*\(/g,
      /new\s+Function\s*\(/g,
      // Function("…") called directly, or the constructor taken into a variable for later use.
      /(?<![\w$.])Function\s*\(/g,
      /[=,(:]\s*Function\s*(?=[,;)}\]])/g,
    ];
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      for (const pattern of patterns) {
        for (const match of code.matchAll(pattern)) {
          sites.push(`${path.relative(dir, file)}: …${code.slice(Math.max(0, match.index - 60), match.index + 60).replace(/\s+/g, ' ')}…`);
        }
      }
    }
    expect(sites).toEqual([]);
  });
});
