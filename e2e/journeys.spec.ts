/**
 * Working with journeys as a caseworker would: edit, undo, reload, import from other
 * systems, export, and never lose anything: a full quota, unreadable saved data, two tabs.
 */
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, readExample, repoRoot, examplesDir, test } from './fixtures';

async function editModeOn(page: Page) {
  const toggle = page.getByRole('button', { name: 'Redigera i tidslinjen' });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
}

async function nudge(page: Page, id: string, key: string) {
  await page.locator(`[data-bar="${id}"]`).focus();
  await page.keyboard.press(key);
}

/** Saved in the library; an edited demo is saved only by choice (issue 12): "Spara som ny resa" first. */
async function savedOnce(page: Page) {
  const keep = page.getByTestId('save-demo-as-new');
  if ((await keep.count()) > 0) await keep.click();
  await expect(page.getByTestId('save-indicator')).toHaveText(/^Sparad \d\d:\d\d$/);
}

async function downloadText(page: Page, button: string): Promise<{ name: string; text: string }> {
  const menu = page.getByRole('button', { name: 'Exportera ▾' });
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const d = await pending;
  return { name: d.suggestedFilename(), text: await readFile((await d.path())!, 'utf8') };
}

test.describe('working with journeys', () => {
  test('a journey opened from a file stays where it was first drawn while it is stored: the progress floats, the page does not jump', async ({
    resan,
    page,
  }) => {
    await resan.open();
    // Every place the chart is drawn at, from the moment the new journey's heading shows.
    await page.evaluate(() => {
      const w = window as unknown as { tops: number[]; sawProgress: boolean };
      w.tops = [];
      w.sawProgress = false;
      new MutationObserver(() => {
        if (!document.querySelector('[data-testid=journey-heading]')?.textContent?.includes('P-FX-0040')) return;
        const chart = document.querySelector('[data-testid=timeline]');
        if (chart) w.tops.push(chart.getBoundingClientRect().top + window.scrollY);
        if (document.querySelector('[data-testid=import-progress]')) w.sawProgress = true;
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await resan.openFile(join(repoRoot, 'fixtures', 'forty-interventions.json'));
    await expect(page.getByTestId('save-indicator')).toHaveText(/^Sparad \d\d:\d\d$/);
    await expect(page.getByTestId('import-progress')).toHaveCount(0);
    const { tops, sawProgress } = await page.evaluate(() => {
      const w = window as unknown as { tops: number[]; sawProgress: boolean };
      return { tops: w.tops, sawProgress: w.sawProgress };
    });
    expect(sawProgress).toBe(true);
    expect(tops.length).toBeGreaterThan(0);
    const final = (await page.getByTestId('timeline').boundingBox())!.y + (await page.evaluate(() => window.scrollY));
    for (const top of tops) expect(Math.abs(top - final)).toBeLessThan(1);
  });

  test('moving bars by keyboard and drag, undo and redo, and a reload that finds everything', async ({
    resan,
    page,
  }) => {
    await resan.open();
    await editModeOn(page);
    const prak = page.locator('[data-bar="prak"]');
    await nudge(page, 'prak', 'ArrowRight');
    await expect(prak).toHaveAttribute('data-start', '2025-03-04');
    await page.keyboard.press('Shift+ArrowRight');
    await expect(prak).toHaveAttribute('data-start', '2025-03-11');
    await page.keyboard.press('Alt+ArrowRight');
    await expect(prak).toHaveAttribute('data-end', '2025-09-07');

    // Drag the introduktionsjobb by the mouse: it snaps to whole days.
    const ij = page.locator('[data-bar="ij"] .bar-body');
    const before = await page.locator('[data-bar="ij"]').getAttribute('data-start');
    const b = (await ij.boundingBox())!;
    await page.mouse.move(b.x + 20, b.y + b.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + 80, b.y + b.height / 2, { steps: 6 });
    await page.mouse.up();
    await expect(page.locator('[data-bar="ij"]')).not.toHaveAttribute('data-start', before!);
    const dragged = await page.locator('[data-bar="ij"]').getAttribute('data-start');
    expect(dragged! > before!).toBe(true);

    // Undo with the keyboard and the button, redo likewise.
    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect(page.locator('[data-bar="ij"]')).toHaveAttribute('data-start', before!);
    await page.getByRole('button', { name: /Ångra/ }).click();
    await expect(prak).toHaveAttribute('data-end', '2025-09-06');
    await page.keyboard.press('Control+Shift+z');
    await expect(prak).toHaveAttribute('data-end', '2025-09-07');
    await page.keyboard.press('Control+y');
    await expect(page.locator('[data-bar="ij"]')).toHaveAttribute('data-start', dragged!);
    await savedOnce(page);

    await page.reload();
    await expect(page.locator('[data-bar="prak"]')).toHaveAttribute('data-start', '2025-03-11');
    await expect(page.locator('[data-bar="ij"]')).toHaveAttribute('data-start', dragged!);
  });

  test('a file from another system keeps its extra fields through import, edit and export', async ({ resan, page }) => {
    await resan.open();
    await resan.openFile(join(examplesDir, '03-closed-rules.json'));
    await expect(page.getByTestId('journey-heading')).toContainText('P-EX-03');
    // A valid file with warnings opens and shows them: an extratjänst started after the phase-out.
    await expect(resan.importReport()).toContainText('Filen 03-closed-rules.json öppnades med anmärkningar');
    await expect(resan.importReport()).toContainText(
      'interventions[4].start: inga nya beslut om insatstypen efter 2021-12-31; den här startar 2025-09-01 (ritas ändå)',
    );
    await editModeOn(page);
    await nudge(page, 'lu', 'ArrowRight');
    await expect(page.locator('[data-bar="lu"]')).toHaveAttribute('data-start', '2023-09-01');

    const { name, text } = await downloadText(page, 'Exportera resa (JSON)');
    expect(name).toBe('P-EX-03-2026-03-31.json');
    const exported = JSON.parse(text);
    const original = JSON.parse(readExample('03-closed-rules.json'));
    expect(exported.interventions[1]['x-source']).toEqual({ system: 'X', row: 7 });
    expect(exported.interventions[1].start).toBe('2023-09-01');
    expect(exported.kinds).toEqual(original.kinds);
    expect(exported.actors).toEqual(original.actors);
    // Everything but the moved dates is as it came in.
    exported.interventions[1].start = original.interventions[1].start;
    exported.interventions[1].end = original.interventions[1].end;
    expect(exported).toEqual(original);
  });

  test('the findings export as CSV with formula-like cells escaped', async ({ resan, page }) => {
    await resan.open();
    // Names chosen by whoever wrote the file start some cells: a custom actor and a custom kind.
    const hostile = JSON.parse(readExample('03-closed-rules.json'));
    hostile.actors[0].label = '=HYPERLINK("http://x";"klicka")';
    hostile.kinds[0].label = '@SUM(1+1)';
    await resan.openFileContent('hostile.json', JSON.stringify(hostile));
    await expect(page.getByTestId('journey-heading')).toContainText('P-EX-03');
    const { name, text } = await downloadText(page, 'Exportera fynd (CSV)');
    expect(name).toBe('P-EX-03-fynd-2026-03-31.csv');
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    // Separated by ; as Swedish spreadsheets expect (issue 24 point 7), like the cohort's CSV.
    expect(lines[0]).toBe('Fynd;Start;Slut;Dagar;Arbetsdagar;Vem/vad;Anmärkning');
    expect(lines).toHaveLength(1 + 3 + 1 + 3);
    expect(
      lines.some((l) => l.startsWith(`Glapp;2023-11-01;2024-01-14;75;50;`) && l.includes(`'@SUM(1+1) → Nystartsjobb`)),
    ).toBe(true);
    expect(lines).toContain(
      `Gråzon;2023-11-01;2024-01-14;75;50;"'=HYPERLINK(""http://x"";""klicka"") → Arbetsförmedlingen";`,
    );
    // No cell anywhere starts with a formula character.
    expect(text).not.toMatch(/(^|;)"?[=+@-]/m);
    // Swedish words only in the notes: none of the program's own codes.
    expect(text).not.toMatch(/\b(open|upcoming|future|noNextStep|noWait|manual|headroom)\b/);
  });

  test('several files at once: valid ones join the library, a broken one changes nothing and says why', async ({
    resan,
    page,
  }) => {
    await resan.open();
    // The parallel-interventions hint loads just after the first paint: the page is read once it is there.
    await expect(page.getByTestId('parallel-hints')).toBeVisible();
    const before = await resan.settledText();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Öppna fil…' }).click();
    await (await chooser).setFiles([join(examplesDir, '04-invalid.json'), join(examplesDir, '05-newer-version.json')]);
    const report = resan.importReport();
    await expect(report).toContainText('Filen 04-invalid.json kunde inte öppnas');
    await expect(report).toContainText('interventions[1].start: "2025-13-01" är inget datum');
    await expect(report).toContainText('Filen 05-newer-version.json kunde inte öppnas');
    expect(await resan.settledText()).toBe(before);

    const cohort = {
      format: 'cohort',
      version: 1,
      journeys: [
        JSON.parse(readExample('01-introduktionsjobb-cliff.json')),
        JSON.parse(readExample('02-fk-af-greyzone.json')),
      ],
    };
    const chooser2 = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Öppna fil…' }).click();
    await (
      await chooser2
    ).setFiles([
      { name: 'kohort.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(cohort)) },
      {
        name: '03-closed-rules.json',
        mimeType: 'application/json',
        buffer: Buffer.from(readExample('03-closed-rules.json')),
      },
    ]);
    await expect(page.getByTestId('journey-heading')).toContainText('P-EX-01');
    await page.getByTestId('library-button').click();
    const library = page.getByTestId('library');
    for (const ref of ['P-EX-01', 'P-EX-02', 'P-EX-03']) await expect(library).toContainText(ref);
  });

  test('a full storage quota is shown, and the journey on screen stays intact and exportable', async ({
    resan,
    page,
  }) => {
    await resan.open();
    await editModeOn(page);
    await nudge(page, 'prak', 'ArrowRight');
    await savedOnce(page);
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await nudge(page, 'prak', 'ArrowRight');
    await expect(page.getByTestId('save-error')).toContainText('Lagringsutrymmet i webbläsaren är fullt');
    await expect(page.getByTestId('save-indicator')).toHaveText('Inte sparad');
    await expect(page.locator('[data-bar="prak"]')).toHaveAttribute('data-start', '2025-03-05');
    const pending = page.waitForEvent('download');
    await page.getByTestId('save-error').getByRole('button', { name: 'Exportera resa (JSON)' }).click();
    const exported = JSON.parse(await readFile((await (await pending).path())!, 'utf8'));
    expect(exported.interventions.find((i: { id: string }) => i.id === 'prak').start).toBe('2025-03-05');
  });

  test('saved data that cannot be read is kept as a backup, and can be downloaded', async ({ resan, page }) => {
    await resan.open();
    await editModeOn(page);
    await nudge(page, 'prak', 'ArrowRight');
    await savedOnce(page);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('resan');
          open.onsuccess = () => {
            const tx = open.result.transaction('journeys', 'readwrite');
            tx.objectStore('journeys').put({
              key: 'j-corrupt',
              journey: { format: 'journey', version: 7, id: 'from-the-future', interventions: 'x' },
              revision: 4,
              updatedAt: '2026-11-01T10:00:00.000Z',
              savedBy: 'other',
            });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    const notice = page.getByTestId('backups-notice');
    await expect(notice).toContainText('Sparade data som inte kunde läsas har flyttats undan');
    await expect(notice).toContainText('j-corrupt (sparad av en nyare version av Resan)');
    const pending = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Ladda ner säkerhetskopia' }).click();
    const backup = JSON.parse(await readFile((await (await pending).path())!, 'utf8'));
    expect(backup.journey).toEqual({ format: 'journey', version: 7, id: 'from-the-future', interventions: 'x' });
    // The good journey is still there; the corrupt one is not in the list but kept aside.
    await expect(page.locator('[data-bar="prak"]')).toHaveAttribute('data-start', '2025-03-04');
    await page.reload();
    await expect(page.getByTestId('backups-notice')).toHaveCount(0);
    const kept = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('resan');
          open.onsuccess = () => {
            const req = open.result.transaction('backups').objectStore('backups').count();
            req.onsuccess = () => resolve(req.result);
          };
        }),
    );
    expect(kept).toBe(1);
  });

  test('two pages editing the same journey: the second is told and chooses', async ({ resan, page, context }) => {
    await resan.open();
    // The demo kept as a journey of the library; the second page opens it too (the last one open).
    await editModeOn(page);
    await nudge(page, 'prak', 'ArrowRight');
    await savedOnce(page);
    const other = await context.newPage();
    await other.goto('/');
    await expect(other.locator('[data-bar="prak"]')).toHaveAttribute('data-start', '2025-03-04');

    await nudge(page, 'prak', 'ArrowRight');
    await expect(other.getByTestId('changed-elsewhere')).toContainText('Resan har sparats i en annan flik.');

    // The other page edits anyway: it is not allowed to overwrite silently.
    await editModeOn(other);
    await nudge(other, 'sfi', 'ArrowRight');
    const dialog = other.getByRole('dialog', { name: 'Resan har ändrats i en annan flik' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Använd den andra versionen' }).click();
    await expect(other.locator('[data-bar="prak"]')).toHaveAttribute('data-start', '2025-03-05');
    await expect(other.locator('[data-bar="sfi"]')).toHaveAttribute('data-start', '2022-11-07');
    await other.close();
  });
});
