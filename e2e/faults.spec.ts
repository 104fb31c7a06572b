/**
 * Fault injection in Chromium (issue 14, items 1-7): storage that refuses to write, records
 * that cannot be read, reloads at bad moments, a database deleted under the app, two tabs.
 * Every test asserts an outcome: what the person did is stored, or still on screen with a
 * clear notice; never silently gone. No test asserts how long anything takes.
 */
import type { Page } from '@playwright/test';
import { expect, readExample, test } from './fixtures';

const QUOTA_PATCH = `(() => {
  const put = IDBObjectStore.prototype.put;
  const del = IDBObjectStore.prototype.delete;
  window.__resanFaults = { put, del };
  const quota = () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
  IDBObjectStore.prototype.put = quota;
  IDBObjectStore.prototype.delete = quota;
})()`;

/** From now on every IndexedDB put and delete throws a quota error, as a full disk does. */
async function fillQuota(page: Page) {
  await page.evaluate(QUOTA_PATCH);
}

async function freeQuota(page: Page) {
  await page.evaluate(() => {
    const saved = (
      window as unknown as { __resanFaults: { put: IDBObjectStore['put']; del: IDBObjectStore['delete'] } }
    ).__resanFaults;
    IDBObjectStore.prototype.put = saved.put;
    IDBObjectStore.prototype.delete = saved.del;
  });
}

async function nudgePrak(page: Page, expected = '2025-03-04') {
  const toggle = page.getByRole('button', { name: 'Redigera i tidslinjen' });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  await page.locator('[data-bar="prak"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-bar="prak"]')).toHaveAttribute('data-start', expected);
  // The demo is saved only by choice (issue 12): an edited demo is kept as a journey of the library.
  await keepDemo(page);
}

async function keepDemo(page: Page) {
  const keep = page.getByTestId('save-demo-as-new');
  if ((await keep.count()) > 0) await keep.click();
}

async function saved(page: Page) {
  await expect(page.getByTestId('save-indicator')).toHaveText(/^Sparad \d\d:\d\d$/);
}

/** Writes a raw record into the library behind the app's back (another tab, a newer Resan). */
async function putRecord(page: Page, record: object) {
  await page.evaluate(
    (r) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('resan');
        open.onsuccess = () => {
          const tx = open.result.transaction('journeys', 'readwrite');
          tx.objectStore('journeys').put(r);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    record,
  );
}

async function readStore(page: Page, store: 'journeys' | 'backups'): Promise<{ key: string; journey?: unknown }[]> {
  return page.evaluate(
    (name) =>
      new Promise((resolve) => {
        const open = indexedDB.open('resan');
        open.onsuccess = () => {
          const req = open.result.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result);
          };
        };
      }),
    store,
  );
}

function cohortOf(journeys: object[]) {
  return { format: 'cohort', version: 1, journeys };
}

/** `n` copies of the 02 example, ids `${prefix.toLowerCase()}-i` and refs `P-${prefix}-000i`. */
function copiesOf02(n: number, prefix: string) {
  const base = JSON.parse(readExample('02-fk-af-greyzone.json'));
  return Array.from({ length: n }, (_, i) => ({
    ...base,
    id: `${prefix.toLowerCase()}-${i}`,
    participant: { ref: `P-${prefix}-${String(i).padStart(4, '0')}` },
  }));
}

const examples = ['01-introduktionsjobb-cliff.json', '02-fk-af-greyzone.json', '03-closed-rules.json'].map(
  (f) => JSON.parse(readExample(f)) as { id: string; participant: { ref: string } },
);

async function openLibrary(page: Page) {
  await page.getByTestId('library-button').click();
  return page.getByTestId('library');
}

test.describe('item 1: removing an intervention that a scenario names', () => {
  test('the details ask, say which scenario goes, and the journey saved is one Resan reads back', async ({
    resan,
    page,
  }) => {
    await resan.open();
    await nudgePrak(page); // the demo becomes a saved journey
    await saved(page);
    await page.getByRole('button', { name: 'Redigera i tidslinjen' }).click();
    await page.locator('[data-bar="ij"] .bar-body').click();
    await page.getByTestId('details').getByRole('button', { name: 'Ta bort', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Insatsen används i scenarier' });
    await expect(dialog.getByTestId('remove-consequences')).toContainText(
      '«Förläng introduktionsjobbet 6 månader»: blir tomt och tas bort.',
    );
    await dialog.getByRole('button', { name: 'Ta bort insatsen och uppdatera scenarierna' }).click();
    await expect(page.locator('[data-bar="ij"]')).toHaveCount(0);
    await saved(page);
    await page.reload();
    await expect(page.locator('[data-bar="prak"]')).toHaveAttribute('data-start', '2025-03-04');
    await expect(page.locator('[data-bar="ij"]')).toHaveCount(0);
    await expect(page.getByTestId('backups-notice')).toHaveCount(0);
    await expect(page.getByTestId('library-button')).toHaveText('Resor (1)');
  });

  test('from the table: cancelling keeps everything; from the form: the scenario is updated', async ({
    resan,
    page,
  }) => {
    await resan.open();
    const remove = page.getByRole('button', { name: /^Ta bort: .*ntroduktionsjobb/ });
    await remove.click();
    const dialog = page.getByRole('dialog', { name: 'Insatsen används i scenarier' });
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await expect(page.locator('[data-bar="ij"]')).toHaveCount(1);

    await page.getByRole('button', { name: /^Ändra: .*ntroduktionsjobb/ }).click();
    await page.getByRole('button', { name: /^Ta bort insatsen/ }).click();
    await page
      .getByRole('dialog', { name: 'Insatsen används i scenarier' })
      .getByRole('button', { name: 'Ta bort insatsen och uppdatera scenarierna' })
      .click();
    await expect(page.locator('[data-bar="ij"]')).toHaveCount(0);
    await keepDemo(page);
    await saved(page);
    await expect(page.getByTestId('save-error')).toHaveCount(0);
  });
});

test.describe('item 2: a full quota', () => {
  test('a 3-journey cohort imported under a full quota waits, counted, and the retry saves all three', async ({
    resan,
    page,
  }) => {
    await resan.open();
    await fillQuota(page);
    await resan.openFileContent('kohort.json', JSON.stringify(cohortOf(examples)));
    await expect(page.getByTestId('journey-heading')).toContainText('P-EX-01');
    const notice = page.getByTestId('save-error');
    // The import's failure, or (a moment later) the same failure for the imported journey now on
    // screen, which is saved again when it opens: either way the quota and all three are named.
    await expect(notice).toContainText(/(De importerade resorna|Resan) kunde inte sparas\./);
    await expect(notice).toContainText('Lagringsutrymmet i webbläsaren är fullt');
    await expect(notice.getByTestId('pending-count')).toContainText('3 resor är inte sparade');
    await freeQuota(page);
    await notice.getByRole('button', { name: 'Försök spara igen' }).click();
    await expect(page.getByTestId('save-error')).toHaveCount(0);
    await page.reload();
    const library = await openLibrary(page);
    for (const ref of ['P-EX-01', 'P-EX-02', 'P-EX-03']) await expect(library).toContainText(ref);
    await expect(library.getByTestId('unsaved-tag')).toHaveCount(0);
  });

  test('an unsaved edit is kept when another journey is opened; a rename and a delete say why they failed', async ({
    resan,
    page,
  }) => {
    await resan.open();
    await resan.openFileContent(
      'kohort.json',
      JSON.stringify(cohortOf([JSON.parse(readExample('01-introduktionsjobb-cliff.json')), examples[1]])),
    );
    await expect(page.getByTestId('journey-heading')).toContainText('P-EX-01');
    await expect(page.getByTestId('library-button')).toHaveText('Resor (2)');
    await fillQuota(page);
    // An edit of P-EX-01 that cannot be saved …
    await page.getByRole('button', { name: 'Redigera i tidslinjen' }).click();
    const bar = page.locator('[data-bar]').first();
    const id = await bar.getAttribute('data-bar');
    const before = await bar.getAttribute('data-start');
    await bar.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('save-error')).toContainText('Resan kunde inte sparas.');
    const moved = await page.locator(`[data-bar="${id}"]`).getAttribute('data-start');
    expect(moved).not.toBe(before);
    // … and then P-EX-02 is opened: P-EX-01 is listed as not saved and still has the edit.
    let library = await openLibrary(page);
    await library.getByRole('button', { name: 'Öppna P-EX-02' }).click();
    await expect(page.getByTestId('journey-heading')).toContainText('P-EX-02');
    await expect(page.getByTestId('save-error').getByTestId('pending-count')).toContainText('P-EX-01');
    library = await openLibrary(page);
    await expect(library.locator('tr', { hasText: 'P-EX-01' }).getByTestId('unsaved-tag')).toBeVisible();

    // Renaming P-EX-01 (not open) says why it is not saved, in the library itself.
    await library.getByRole('button', { name: 'Byt namn P-EX-01' }).click();
    const rename = page.getByRole('dialog', { name: 'Byt namn på resan' });
    await rename.getByLabel('Referens').fill('P-EX-01-NY');
    await rename.getByRole('button', { name: 'Spara namnet' }).click();
    await expect(library.getByTestId('library-save-error')).toContainText('Namnbytet kunde inte sparas.');
    await expect(library.locator('tr', { hasText: 'P-EX-01-NY' }).getByTestId('unsaved-tag')).toBeVisible();
    // Deleting P-EX-02 fails and says so; it is still listed.
    await library.getByRole('button', { name: 'Ta bort P-EX-02' }).click();
    await page.getByRole('dialog', { name: 'Ta bort' }).getByRole('button', { name: 'Ta bort resan' }).click();
    await expect(library.getByTestId('library-save-error')).toContainText('Resan kunde inte tas bort');
    await expect(library).toContainText('P-EX-02');

    // With room again, one retry saves the renamed and edited P-EX-01.
    await freeQuota(page);
    await library.getByTestId('library-save-error').getByRole('button', { name: 'Försök spara igen' }).click();
    await expect(library.getByTestId('library-save-error')).toHaveCount(0);
    await library.getByRole('button', { name: 'Öppna P-EX-01-NY' }).click();
    await expect(page.locator(`[data-bar="${id}"]`)).toHaveAttribute('data-start', moved!);
    await page.reload();
    library = await openLibrary(page);
    await library.getByRole('button', { name: 'Öppna P-EX-01-NY' }).click();
    await expect(page.locator(`[data-bar="${id}"]`)).toHaveAttribute('data-start', moved!);
  });
});

test('item 3: a full quota at start and an unreadable record: the app starts and every failure shows', async ({
  resan,
  page,
}) => {
  await resan.open();
  await nudgePrak(page);
  await saved(page);
  await putRecord(page, {
    key: 'j-unreadable',
    journey: { format: 'journey', version: 1, id: 'x', interventions: 'broken' },
    revision: 2,
    updatedAt: '2026-01-01T10:00:00.000Z',
    savedBy: 'other',
  });
  await page.addInitScript(QUOTA_PATCH);
  await page.reload();
  await expect(page.getByTestId('not-moved')).toContainText('j-unreadable (innehållet går inte att läsa som en resa)');
  await expect(page.locator('[data-bar="prak"]')).toHaveAttribute('data-start', '2025-03-04');
  const library = await openLibrary(page);
  await expect(library).not.toContainText('Läser sparade resor…');
  await expect(library).toContainText('P-DEMO-01');
  await library.getByRole('button', { name: 'Stäng' }).click();
  await nudgePrak(page, '2025-03-05');
  await expect(page.getByTestId('save-error')).toContainText('Lagringsutrymmet i webbläsaren är fullt');
  await expect(page.getByTestId('save-indicator')).toHaveText('Inte sparad');
  // The unreadable record is still there, as it was.
  const records = await readStore(page, 'journeys');
  expect(records.find((r) => r.key === 'j-unreadable')?.journey).toMatchObject({ interventions: 'broken' });
});

test.describe('item 4: records that cannot be read are never written over', () => {
  test('a newer-format record written while the app runs: refused with a Swedish reason, kept as a backup when saving anyway', async ({
    resan,
    page,
  }) => {
    await resan.open();
    await nudgePrak(page);
    await saved(page);
    const [stored] = await readStore(page, 'journeys');
    const newer = { format: 'journey', version: 2, id: 'demo-2026', fromTheFuture: true };
    await putRecord(page, { key: stored.key, journey: newer, revision: 1, updatedAt: 't', savedBy: 'newer' });
    await page.locator('[data-bar="prak"]').focus();
    await page.keyboard.press('ArrowRight');
    const notice = page.getByTestId('save-error');
    await expect(notice).toContainText('kan inte läsas (sparad av en nyare version av Resan)');
    await expect(notice).toContainText('Inget har skrivits över den');
    await notice.getByRole('button', { name: 'Försök spara igen' }).click();
    await expect(notice).toContainText('sparad av en nyare version av Resan');
    expect((await readStore(page, 'journeys'))[0].journey).toEqual(newer);

    await notice.getByRole('button', { name: 'Spara min version och behåll den sparade som säkerhetskopia' }).click();
    await saved(page);
    const backups = (await readStore(page, 'backups')) as unknown as { data: { journey: unknown } }[];
    expect(backups.map((b) => b.data.journey)).toEqual([newer]);
    await page.reload();
    await expect(page.locator('[data-bar="prak"]')).toHaveAttribute('data-start', '2025-03-05');
  });
});

// One page: each round makes an edit, reloads that many ms after it, and finds the edit on screen and in the library.
test('item 5: a reload 0, 50, 100 and 250 ms after an edit keeps it', async ({ resan, page }) => {
  await resan.open();
  await nudgePrak(page); // the demo, kept as a journey of the library
  await saved(page);
  for (const [i, delay] of [0, 50, 100, 250].entries()) {
    const day = `2025-03-0${5 + i}`;
    await nudgePrak(page, day);
    if (delay > 0) await page.waitForTimeout(delay);
    await page.reload();
    await expect(page.locator('[data-bar="prak"]'), `reload ${delay} ms after`).toHaveAttribute('data-start', day);
    // And it is in the library itself, not only on screen.
    await expect
      .poll(async () => {
        const [record] = await readStore(page, 'journeys');
        const journey = record?.journey as { interventions: { id: string; start: string }[] } | undefined;
        return journey?.interventions.find((i) => i.id === 'prak')?.start;
      })
      .toBe(day);
  }
});

test('item 6: a reload during a large import leaves all or nothing, says so, and a second import adds no duplicates', async ({
  resan,
  page,
}) => {
  test.setTimeout(240_000);
  const many = copiesOf02(800, 'BULK');
  const file = JSON.stringify(cohortOf(many));
  await resan.open();
  await resan.openFileContent('stor-kohort.json', file);
  await page.waitForTimeout(100);
  await page.reload();
  await expect(page.getByTestId('journey-heading')).toBeVisible();
  // The library is read after the first paint: its count is read once it has been.
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-library', 'ready');
  const count = Number((await page.getByTestId('library-button').innerText()).match(/\d+/)![0]);
  expect([0, 800]).toContain(count);
  if (count === 0) {
    await expect(page.getByTestId('library-notices')).toContainText(
      'Importen av 800 resor från stor-kohort.json avbröts',
    );
  }

  // Importing the same file (again) ends with each journey once.
  await resan.openFileContent('stor-kohort.json', file);
  await expect(page.getByTestId('library-button')).toHaveText('Resor (800)', { timeout: 120_000 });
  await resan.openFileContent('stor-kohort.json', file);
  await expect(page.getByTestId('library-notices')).toContainText(
    '800 resor fanns redan sparade, exakt likadana, och importerades inte igen.',
    { timeout: 120_000 },
  );
  await expect(page.getByTestId('library-button')).toHaveText('Resor (800)');
});

test('item 6: a journey drawn before its import is stored is not "Sparad" until it is, and an edit made meanwhile is saved after it', async ({
  resan,
  page,
}) => {
  test.setTimeout(240_000);
  const many = copiesOf02(400, 'EARLY');
  await resan.open();
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-library', 'ready');
  // A stored journey on screen first: its "Sparad hh:mm" must not stand for the next one.
  await resan.openFileContent('01.json', readExample('01-introduktionsjobb-cliff.json'));
  await saved(page);
  // What the page says at the moment the imported journey's name first shows.
  await page.evaluate(() => {
    const w = window as unknown as { __firstShown?: { indicator: string; library: string } };
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[data-testid=journey-heading]')?.textContent?.includes('P-EARLY-0000')) return;
      observer.disconnect();
      w.__firstShown = {
        indicator: document.querySelector('[data-testid=save-indicator]')?.textContent ?? '',
        library: document.querySelector('[data-testid=library-button]')?.textContent ?? '',
      };
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    // The page's frames are held back (the import's save waits for the first one), so the edit
    // below is made while the import is still to be written; released once it is made.
    const real = window.requestAnimationFrame.bind(window);
    const held: FrameRequestCallback[] = [];
    window.requestAnimationFrame = (cb) => held.push(cb);
    (window as unknown as { __releaseFrames: () => void }).__releaseFrames = () => {
      window.requestAnimationFrame = real;
      for (const cb of held.splice(0)) real(cb);
    };
  });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Öppna fil…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'tidig.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(cohortOf(many))),
  });
  await expect(page.getByTestId('journey-heading')).toContainText('P-EARLY-0000');
  // Drawn first, stored right after: nothing in the library yet, and nothing claims it is saved.
  const shown = await page.evaluate(
    () => (window as unknown as { __firstShown: { indicator: string; library: string } }).__firstShown,
  );
  expect(shown.library).toBe('Resor (1)');
  expect(shown.indicator).not.toMatch(/Sparad/);
  // An edit straight away (while the import may still be being written) …
  await page.getByRole('button', { name: 'Redigera i tidslinjen' }).click();
  await page.locator('[data-bar="sp"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-bar="sp"]')).toHaveAttribute('data-start', '2024-01-09');
  await page.evaluate(() => (window as unknown as { __releaseFrames: () => void }).__releaseFrames());
  // … is saved over the imported version, not beside it and not refused as a conflict.
  await expect(page.getByTestId('library-button')).toHaveText('Resor (401)', { timeout: 120_000 });
  await saved(page);
  await expect
    .poll(async () => {
      const records = (await readStore(page, 'journeys')) as {
        journey: { participant: { ref: string }; interventions: { id: string; start: string }[] };
      }[];
      const first = records.filter((r) => r.journey.participant.ref === 'P-EARLY-0000');
      return [records.length, first.length, first[0]?.journey.interventions.find((i) => i.id === 'sp')?.start];
    })
    .toEqual([401, 1, '2024-01-09']);
  await expect(page.getByTestId('library-button')).toHaveText('Resor (401)');
});

test('item 7: the database deleted by another tab while editing: told, kept on screen, saved again', async ({
  resan,
  page,
  context,
}) => {
  await resan.open();
  await nudgePrak(page);
  await saved(page);
  const other = await context.newPage();
  await other.goto('/');
  await expect(other.getByTestId('journey-heading')).toBeVisible();
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        // The other tab lets go of its own connection first, as a page that clears its data would.
        const r = indexedDB.deleteDatabase('resan');
        r.onsuccess = () => resolve();
        r.onerror = () => reject(r.error);
      }),
  );
  await other.close();
  const lost = page.getByTestId('storage-lost');
  await expect(lost).toContainText('Den sparade datan har tagits bort');
  await expect(page.getByTestId('save-indicator')).toHaveText('Inte sparad');
  await expect(page.locator('[data-bar="prak"]')).toHaveAttribute('data-start', '2025-03-04');
  await expect(lost.getByRole('button', { name: 'Exportera resa (JSON)' })).toBeVisible();
  await lost.getByRole('button', { name: 'Spara resan på skärmen igen' }).click();
  await expect(page.getByTestId('storage-lost')).toHaveCount(0);
  await saved(page);
  await page.reload();
  await expect(page.locator('[data-bar="prak"]')).toHaveAttribute('data-start', '2025-03-04');
});
