/**
 * Sammanställ (issue 27, point 2): three figures files from three parts of the demo cohort,
 * one exported from the app (after its question) and two made by the command line
 * (`node bin/resan.mjs figures`, as `npx resan` runs it) from cohort files of the other parts,
 * merged in the app show exactly the whole demo cohort's figures after the small-cell rule;
 * a changed file is refused by name with its reason, a copy is found; side by side shows each
 * source beside the total.
 */
import type { Locator, Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { analyzeCohort, generateCohort, serializeCohort } from '../src/domain';
import { expect, test } from './fixtures';

const NOW = new Date('2026-03-02T10:00:00+01:00');

/** Every figure the charts and tables publish, by place (read in one pass): what must be equal after merging. */
function published(root: Locator): Promise<Record<string, string>> {
  return root.evaluate((el) => {
    const out: Record<string, string> = {};
    const all = (selector: string) => [...el.querySelectorAll<HTMLElement>(selector)];
    const a = (e: Element, name: string) => e.getAttribute(name) ?? '';
    for (const k of all('[data-testid^="figure-"]'))
      // A figures file has no distinct journeys with a cliff or a milestone: the pooled overview leaves them out.
      if (!/cliffJourneys|milestone/.test(a(k, 'data-testid'))) out[a(k, 'data-testid')] = a(k, 'data-value');
    for (const b of all('[data-bin]')) out[`bin ${a(b, 'data-bin')}`] = `${a(b, 'data-ended')} + ${a(b, 'data-open')}`;
    for (const c of all('[data-from][data-to]')) out[`${a(c, 'data-from')}>${a(c, 'data-to')}`] = a(c, 'data-days');
    for (const td of all('[data-testid="survival-table"] tr[data-band] td'))
      out[`band ${a(td.parentElement!, 'data-band')} ${a(td, 'data-cell')}`] = td.innerText;
    for (const td of all('[data-testid="align-table"] tr[data-offset] td'))
      out[`day ${a(td.parentElement!, 'data-offset')} ${a(td, 'data-state')}`] = a(td, 'data-count');
    return out;
  });
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<string> {
  const pending = page.waitForEvent('download');
  await click();
  return readFile((await (await pending).path())!, 'utf8');
}

test('three figures files from three parts of the demo cohort merge to its figures; a changed file is refused, a copy found', async ({
  page,
}) => {
  await page.clock.setFixedTime(NOW);
  await page.goto('/');
  await page.getByTestId('nav-cohort').click();
  const cohort = page.getByTestId('cohort-page');
  await expect(cohort.getByTestId('overview-table')).toBeVisible({ timeout: 60_000 });
  const asOf = (await cohort.getAttribute('data-as-of'))!;
  const whole = await published(cohort);
  expect(Object.keys(whole).length).toBeGreaterThan(80);

  // Part 1, in the app: the closed journeys, exported after the question in both languages.
  await page.getByTestId('filter-status').selectOption('closed');
  await page.getByTestId('export-figures').click();
  const dialog = page.getByTestId('figures-export-dialog');
  await expect(dialog.getByTestId('figures-notice')).toContainText('Innehåller omaskade tal – för sammanställning');
  await expect(dialog.getByTestId('figures-notice')).toContainText('Contains unsuppressed counts – for pooling');
  await dialog.getByTestId('figures-label').fill('Förbund Avslutade');
  const closedFile = await downloaded(page, () =>
    dialog.getByRole('button', { name: 'Exportera', exact: true }).click(),
  );

  // Parts 2 and 3, by the command line: the open journeys, split in two, each as a cohort file.
  const all = generateCohort(500, Number(await cohort.getAttribute('data-seed')), asOf);
  const open = all.filter((j) => !j.closed);
  const dir = await mkdtemp(join(tmpdir(), 'resan-pool-'));
  const half = Math.floor(open.length / 2);
  const byCli = async (part: typeof open, name: string, label: string) => {
    const input = join(dir, `${name}-resor.json`);
    await writeFile(input, serializeCohort({ format: 'cohort', version: 1, journeys: part }));
    const args = [
      'bin/resan.mjs',
      'figures',
      '--as-of',
      asOf,
      '--label',
      label,
      '--quiet',
      '-o',
      join(dir, `${name}.json`),
      input,
    ];
    await promisify(execFile)(process.execPath, args);
  };
  await writeFile(join(dir, 'avslutade.json'), closedFile);
  await byCli(open.slice(0, half), 'oppna-a', 'Förbund A');
  await byCli(open.slice(half), 'oppna-b', 'Förbund B');
  await copyFile(join(dir, 'oppna-a.json'), join(dir, 'kopia.json'));
  const changed = JSON.parse(await readFile(join(dir, 'oppna-b.json'), 'utf8'));
  changed.figures.closed += 1;
  await writeFile(join(dir, 'andrad.json'), JSON.stringify(changed));

  await page.getByTestId('open-pool').click();
  const pool = page.getByTestId('pool-page');
  const chooser = page.waitForEvent('filechooser');
  await pool.getByTestId('pool-choose').click();
  await (
    await chooser
  ).setFiles(['avslutade.json', 'oppna-a.json', 'andrad.json', 'oppna-b.json', 'kopia.json'].map((f) => join(dir, f)));
  await expect(pool.getByTestId('pool-journeys')).toHaveText('500');
  await expect(pool.getByTestId('pool-refused')).toContainText(
    'andrad.json: talen stämmer inte med filens kontrollsumma: filen har ändrats eller kortats',
  );
  await expect(pool.getByTestId('pool-refused')).toContainText('kopia.json är samma fil som oppna-a.json');
  await expect(pool.getByTestId('pool-no-drill')).toContainText('inga resor');
  // The app's file carries its filter (closed journeys), the command line's none: merged, with a warning that names the file.
  await expect(pool.getByTestId('pool-warnings')).toContainText(
    'oppna-a.json gjordes med ett annat urval än avslutade.json',
  );
  expect(await published(pool)).toEqual(whole);
  // The cliffs the merged overview counts (interventions, not journeys) are the whole cohort's.
  const cliffs = analyzeCohort(all, { asOf }).cliffs.length;
  expect(cliffs).toBeGreaterThanOrEqual(5);
  await expect(pool.getByTestId('pooled-cliffs')).toHaveAttribute('data-value', String(cliffs));

  await pool.getByRole('radio', { name: 'Sida vid sida' }).click();
  await expect(pool.getByTestId('pool-side-source')).toHaveText([
    'Totalt',
    'Förbund Avslutade',
    'Förbund A',
    'Förbund B',
  ]);
  await expect(pool.locator('[data-testid="pool-side"] td[data-key="journeys"]').first()).toHaveAttribute(
    'data-value',
    '500',
  );
  // Beside the total, each source's medians and gaps by kind, hidden by the rule for that source alone.
  await expect(pool.locator('[data-testid="pool-side"] td[data-key="median"]')).toHaveCount(4);
  await expect(pool.getByTestId('pool-side-gaps-source')).toHaveText([
    'Totalt',
    'Förbund Avslutade',
    'Förbund A',
    'Förbund B',
  ]);

  // The merge exported from the app lists its sources in its provenance (version 2).
  await pool.getByTestId('export-figures').click();
  const merged = JSON.parse(
    await downloaded(page, () =>
      page.getByTestId('figures-export-dialog').getByRole('button', { name: 'Exportera', exact: true }).click(),
    ),
  );
  expect([merged.version, merged.provenance.journeys, merged.provenance.sources]).toEqual([
    2,
    500,
    [
      { label: 'Förbund Avslutade', journeys: 500 - open.length },
      { label: 'Förbund A', journeys: half },
      { label: 'Förbund B', journeys: open.length - half },
    ],
  ]);
});
