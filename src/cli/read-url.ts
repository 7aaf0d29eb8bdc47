// Fetches an http(s) page. Everything that can go wrong with a remote page (no answer, an error
// status, a picture instead of a page, a huge body) becomes a one-line InputError.
import { documentText, type DocumentFormat } from './decode-text';
import { formatSize, InputError, type InputLimits } from './input';

const FORMAT_BY_MEDIA_TYPE: Readonly<Record<string, DocumentFormat>> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'plain',
  'text/markdown': 'plain',
  'text/x-markdown': 'plain',
};

export async function readUrl(url: string, limits: InputLimits): Promise<string> {
  if (!URL.canParse(url)) throw new InputError('not a valid URL');
  const timeoutSeconds = limits.fetchTimeoutMs / 1000;
  try {
    // One signal covers connecting, the headers and the whole body.
    const response = await fetch(url, { signal: AbortSignal.timeout(limits.fetchTimeoutMs), redirect: 'follow' });
    if (!response.ok) {
      await response.body?.cancel();
      throw new InputError(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    const { format, charset } = parseContentType(response.headers.get('content-type'));
    if (!format) {
      await response.body?.cancel();
      const got = response.headers.get('content-type');
      throw new InputError(
        `unsupported content type ${got ? `"${got}"` : '(none given)'}; expected text/html, text/plain or text/markdown`,
      );
    }
    const bytes = await readBody(response, limits.maxBytes);
    return documentText(bytes, format, charset);
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
      throw new InputError(`no complete response within ${timeoutSeconds} s`);
    }
    throw new InputError(describeNetworkError(error));
  }
}

function parseContentType(header: string | null): { format?: DocumentFormat; charset?: string } {
  if (!header) return {};
  const [mediaType = '', ...parameters] = header.split(';').map((part) => part.trim());
  const charsetParameter = parameters.find((parameter) => /^charset=/i.test(parameter));
  const charset = charsetParameter?.slice('charset='.length).replace(/^"|"$/g, '');
  return { format: FORMAT_BY_MEDIA_TYPE[mediaType.toLowerCase()], charset: charset || undefined };
}

/** Reads the body chunk by chunk so an oversized response is dropped before it fills memory. */
async function readBody(response: Response, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () => new InputError(`response is larger than ${formatSize(maxBytes)}`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Undici reports "fetch failed" and hides the useful part (ECONNREFUSED, ENOTFOUND…) in `cause`. */
function describeNetworkError(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as NodeJS.ErrnoException | undefined) : undefined;
  const code = cause?.code;
  if (code === 'ECONNREFUSED') return 'could not connect (connection refused)';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'could not connect (host not found)';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'connection closed by the server';
  const detail = code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return `network error (${detail})`;
}
