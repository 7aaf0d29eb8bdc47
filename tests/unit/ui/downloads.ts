// Captures the files a page downloads (Blob URL + <a download> click) so tests can read them.
import { vi } from 'vitest';

export interface DownloadedFile {
  name: string;
  type: string;
  text(): Promise<string>;
}

export function captureDownloads() {
  const files: DownloadedFile[] = [];
  const blobs = new Map<string, Blob>();
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
  let count = 0;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = `blob:test-download-${count++}`;
    blobs.set(url, blob as Blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.getAttribute('href') ?? '');
    if (!blob) throw new Error(`clicked a link that is not a download: ${this.getAttribute('href')}`);
    files.push({ name: this.download, type: blob.type, text: () => blob.text() });
  });
  return {
    files,
    restore() {
      click.mockRestore();
      URL.createObjectURL = original.create;
      URL.revokeObjectURL = original.revoke;
    },
  };
}
