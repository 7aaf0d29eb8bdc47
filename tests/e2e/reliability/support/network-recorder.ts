// Records every network request the browser's targets make, from two independent sources:
//   - Playwright's context 'request' event: pages, frames, extension pages, and (Playwright ≥ 1.5x)
//     the extension's service worker;
//   - a second CDP client on Chromium's DevTools port, attached to every service worker of the
//     extension (re-attached after each restart) with the Network domain on — so a request the
//     worker makes is recorded even if Playwright's own bookkeeping missed it.
// It also keeps the worker's console and log entries (CSP violations, errors).
import { chromium, type Browser, type CDPSession, type Request } from 'playwright-core';
import type { ReliabilityBrowser } from './browsers';

export type RequestSource = 'page' | 'service-worker' | 'worker-cdp';

export interface RecordedRequest {
  source: RequestSource;
  url: string;
  method: string;
  resourceType: string;
  /** The document that made it (a page's or frame's URL; the worker's script URL). */
  documentUrl: string;
  /** CDP's initiator (type and URL) where known. */
  initiator?: string;
}

export interface WorkerLogEntry {
  level: string;
  text: string;
  source: string;
}

export interface NetworkRecording {
  requests(): RecordedRequest[];
  workerLog(): WorkerLogEntry[];
  /** How many worker targets the CDP client attached to (restarts make new ones). */
  workerAttachments(): number;
  stop(): Promise<void>;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

function fromPlaywright(request: Request): RecordedRequest {
  const worker = request.serviceWorker();
  let documentUrl = worker?.url() ?? '';
  if (!worker) {
    try {
      documentUrl = request.frame().url();
    } catch {
      documentUrl = '(no frame)';
    }
  }
  return {
    source: worker ? 'service-worker' : 'page',
    url: request.url(),
    method: request.method(),
    resourceType: request.resourceType(),
    documentUrl,
  };
}

export async function recordNetwork(browser: ReliabilityBrowser): Promise<NetworkRecording> {
  if (!browser.devtoolsPort) throw new Error('recordNetwork needs a browser launched with { devtools: true }');
  const requests: RecordedRequest[] = [];
  const log: WorkerLogEntry[] = [];
  const onRequest = (request: Request) => requests.push(fromPlaywright(request));
  browser.context.on('request', onRequest);

  const cdp: Browser = await chromium.connectOverCDP(`http://127.0.0.1:${browser.devtoolsPort}`);
  const session: CDPSession = await cdp.newBrowserCDPSession();
  const prefix = `chrome-extension://${browser.extensionId}/`;
  const attached = new Map<string, string>(); // targetId → sessionId
  let attachments = 0;
  let nextId = 1;

  const sendTo = (sessionId: string, method: string, params: object = {}) =>
    session
      .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: nextId++, method, params }) })
      .catch(() => {});

  const attach = async (target: TargetInfo) => {
    if (target.type !== 'service_worker' || !target.url.startsWith(prefix) || attached.has(target.targetId)) return;
    attached.set(target.targetId, '');
    try {
      const { sessionId } = (await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
      attached.set(target.targetId, sessionId);
      attachments++;
      await sendTo(sessionId, 'Network.enable');
      await sendTo(sessionId, 'Log.enable');
      await sendTo(sessionId, 'Runtime.enable');
      await sendTo(sessionId, 'Runtime.runIfWaitingForDebugger');
    } catch {
      attached.delete(target.targetId);
    }
  };

  session.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
    let message: { method?: string; params?: Record<string, any> };
    try {
      message = JSON.parse(event.message);
    } catch {
      return;
    }
    const params = message.params ?? {};
    if (message.method === 'Network.requestWillBeSent') {
      const initiator = params.initiator as { type?: string; url?: string } | undefined;
      requests.push({
        source: 'worker-cdp',
        url: params.request?.url ?? '',
        method: params.request?.method ?? '',
        resourceType: params.type ?? '',
        documentUrl: params.documentURL ?? '',
        initiator: initiator ? `${initiator.type ?? ''} ${initiator.url ?? ''}`.trim() : undefined,
      });
    } else if (message.method === 'Log.entryAdded') {
      log.push({ level: params.entry?.level, text: params.entry?.text, source: params.entry?.source });
    } else if (message.method === 'Runtime.exceptionThrown') {
      log.push({ level: 'error', text: params.exceptionDetails?.exception?.description ?? params.exceptionDetails?.text, source: 'exception' });
    } else if (message.method === 'Runtime.consoleAPICalled' && (params.type === 'error' || params.type === 'warning')) {
      const text = (params.args as { value?: unknown; description?: string }[] | undefined)?.map((arg) => String(arg.value ?? arg.description ?? '')).join(' ');
      log.push({ level: params.type, text: text ?? '', source: 'console' });
    }
  });
  session.on('Target.targetCreated', (event: { targetInfo: TargetInfo }) => void attach(event.targetInfo));
  session.on('Target.targetInfoChanged', (event: { targetInfo: TargetInfo }) => void attach(event.targetInfo));
  session.on('Target.detachedFromTarget', (event: { targetId?: string; sessionId: string }) => {
    for (const [targetId, sessionId] of attached) if (sessionId === event.sessionId) attached.delete(targetId);
  });
  await session.send('Target.setDiscoverTargets', { discover: true });
  const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  await Promise.all(targetInfos.map(attach));

  return {
    requests: () => [...requests],
    workerLog: () => [...log],
    workerAttachments: () => attachments,
    async stop() {
      browser.context.off('request', onRequest);
      await session.send('Target.setDiscoverTargets', { discover: false }).catch(() => {});
      // Disconnects this second client; the browser itself stays up.
      await cdp.close().catch(() => {});
    },
  };
}

export interface RequestAudit {
  /** Requests the extension made (its pages, its worker, its frames): any scheme. */
  byExtension: RecordedRequest[];
  /** Of those, the ones for anything but the extension's own files. */
  byExtensionOutside: RecordedRequest[];
  /** Requests (by anyone) to a network host that is not one of the local fixture servers. */
  foreignHosts: RecordedRequest[];
}

const LOCAL_SCHEMES = /^(data|blob|about|chrome-error):/;

/** Sorts recorded requests by who made them and where they went. */
export function auditRequests(requests: readonly RecordedRequest[], extensionId: string, allowedHosts: readonly string[]): RequestAudit {
  const extensionOrigin = `chrome-extension://${extensionId}`;
  const ownFile = (url: string) => url.startsWith(`${extensionOrigin}/`) || url.startsWith(`blob:${extensionOrigin}/`);
  const byExtension = requests.filter(
    (request) =>
      request.source !== 'page' ||
      request.documentUrl.startsWith(`${extensionOrigin}/`) ||
      (request.initiator ?? '').includes(extensionOrigin),
  );
  const byExtensionOutside = byExtension.filter((request) => !ownFile(request.url) && !LOCAL_SCHEMES.test(request.url));
  const foreignHosts = requests.filter((request) => {
    if (ownFile(request.url) || LOCAL_SCHEMES.test(request.url)) return false;
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return true;
    }
    return !allowedHosts.includes(url.host);
  });
  return { byExtension, byExtensionOutside, foreignHosts };
}
