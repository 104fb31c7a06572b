/** Downloads made in the page itself (a blob URL on this origin); nothing leaves the machine. */
export function download(content: string, fileName: string, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from free text: letters, digits, dot, dash and underscore only. */
export function safeFileName(text: string): string {
  const cleaned = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return cleaned.slice(0, 80) || 'resa';
}

/**
 * The file name of a saved cohort's export, from the cohort's name: its first file's name
 * without the extension ("kohort-excel.csv + 2" → "kohort-excel-2-2026-12-06.json").
 */
export function cohortFileName(name: string, date: string): string {
  const stem = name.replace(/\.(csv|json|txt)(?=$|\s)/gi, '');
  return `${safeFileName(stem)}-${date}.json`;
}
