// Saves text as a file from an extension page: a Blob URL and a temporary <a download>. No
// `downloads` permission is needed, and the text never leaves the browser.

/** How long the Blob URL outlives the click: the browser has started the download by then. */
const REVOKE_AFTER_MS = 10_000;

export function downloadFile(fileName: string, mimeType: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
