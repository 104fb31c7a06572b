/**
 * Downloads made in the page itself (a blob URL on this origin); nothing leaves the machine.
 * Names from free text go through `safeFileName` (fileName.ts: no personnummer) first.
 */
export async function downloadBlob(blob: Blob, fileName: string): Promise<void> {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function download(content: string, fileName: string, type: string): Promise<void> {
  return downloadBlob(new Blob([content], { type }), fileName);
}
