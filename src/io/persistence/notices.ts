/** The library's notices: records moved aside at start (backups), and what was recovered or skipped. */
import { download } from '../download';
import { shared, state } from './shared';

export async function downloadBackup(id: string) {
  const backup = (await shared.storage?.backups())?.find((b) => b.id === id);
  if (!backup) return;
  const { safeFileName } = await import('../fileName');
  await download(
    `${JSON.stringify(backup.data, null, 2)}\n`,
    `resan-backup-${safeFileName(backup.key)}-${safeFileName(backup.movedAt)}.json`,
    'application/json',
  );
}

export function acknowledgeBackups() {
  state().setLibrary({ newBackups: [] });
}

export function dismissLibraryNotices() {
  state().setLibrary({ recovered: null, interruptedImport: null, duplicates: null });
}
