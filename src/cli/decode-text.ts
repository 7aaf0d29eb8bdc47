// Bytes to text. Refuses binaries instead of scanning garbage: a NUL byte or invalid encoding
// means the input is not a text document, whatever its name or content type claims.
import { htmlToText } from './html-to-text';
import { InputError } from './input';

export type DocumentFormat = 'html' | 'plain';

export function decodeText(bytes: Uint8Array, charset = 'utf-8'): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    throw new InputError(`unsupported character encoding "${charset}"`);
  }
  // UTF-16 text is full of NUL bytes by design; everything else we accept never contains one.
  if (!decoder.encoding.startsWith('utf-16') && bytes.includes(0)) {
    throw new InputError('binary file (contains NUL bytes), not text');
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InputError(`binary file or not ${decoder.encoding.toUpperCase()} text (invalid byte sequence)`);
  }
}

/** The text the engine scans: HTML is reduced to what a reader sees; plain text and Markdown as is. */
export function documentText(bytes: Uint8Array, format: DocumentFormat, charset?: string): string {
  const text = decodeText(bytes, charset);
  return format === 'html' ? htmlToText(text) : text;
}
