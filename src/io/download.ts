/**
 * Downloads made in the page itself (a blob URL on this origin); nothing leaves the machine.
 * Every download goes through here, and its name is read by the personnummer guard as it is
 * saved (`downloadName`, loaded on first use).
 */
export async function downloadBlob(blob: Blob, fileName: string): Promise<void> {
  const { downloadName } = await import('./fileName');
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = downloadName(fileName);
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function download(content: string, fileName: string, type: string): Promise<void> {
  return downloadBlob(new Blob([content], { type }), fileName);
}
