import { join } from 'node:path';
import { expect, examplesDir, test } from './fixtures';

test.describe('first screen', () => {
  // The first screen's checks one after another in one page, one step each.
  test('shows the demo journey and its findings in Swedish, in English and back, and with short gaps ignored', async ({
    resan,
    page,
  }) => {
    await resan.open();
    await test.step('the demo in Swedish', async () => {
      await expect(page.getByTestId('journey-heading')).toHaveText('Deltagare Demo (P-DEMO-01)');
      await expect(resan.total('gapDays')).toHaveText('160 dagar (106 arbetsdagar)');
      await expect(resan.total('forstegWaitDays')).toHaveText('93 dagar');
      await expect(resan.total('greyZoneDays')).toHaveText('44 dagar');
      await expect(resan.total('employmentDays')).toHaveText('487 dagar');
      await expect(resan.total('supportedUntil')).toHaveText('30 jan. 2027');
      await expect(resan.section('gaps').getByRole('listitem')).toHaveCount(3);
      await expect(resan.section('waits')).toContainText('Väntan efter försteg: 93 dagar');
      await expect(resan.section('greyzones')).toContainText(
        'Gråzon: Samordningsförbundet → Arbetsförmedlingen, 44 dagar',
      );
      await expect(resan.section('cliffs')).toContainText(
        'Introduktionsjobb: Undersköterskeassistent, Solgläntan slutar 30 jan. 2027 (om 75 dagar) – inget planerat efter.',
      );
      await expect(resan.section('cliffs')).toContainText('Möjlig förlängning: 8 hela månader kvar till längsta tiden');
    });
    await test.step('English and back', async () => {
      await page.getByRole('button', { name: 'English' }).click();
      await expect(resan.total('forstegWaitDays')).toHaveText('93 days');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await page.getByRole('button', { name: 'Svenska', exact: true }).click();
      await expect(resan.total('forstegWaitDays')).toHaveText('93 dagar');
    });
    await test.step('short gaps ignored', async () => {
      await page.getByLabel('Bortse från glapp på högst (dagar)').fill('40');
      await expect(resan.section('gaps').getByRole('listitem')).toHaveCount(1);
      await expect(resan.total('gapDays')).toHaveText('93 dagar (59 arbetsdagar)');
    });
  });

  // Two refused files, then a good one, in one page: each refused file changes nothing.
  test('a broken file and one of a newer format version are refused, changing nothing; then a journey file opens', async ({
    resan,
    page,
  }) => {
    await resan.open();
    await test.step('a broken file shows its errors with paths', async () => {
      // The parallel hint loads after the first paint: the page is read once it is there.
      await expect(page.getByTestId('parallel-hints')).toBeVisible();
      const before = await resan.settledText();
      await resan.openFile(join(examplesDir, '04-invalid.json'));
      const report = resan.importReport();
      await expect(report).toBeVisible();
      await expect(report.getByRole('heading')).toHaveText('Filen 04-invalid.json kunde inte öppnas');
      for (const path of [
        'interventions[1].start',
        'interventions[2].end',
        'interventions[3].kind',
        'interventions[4].id',
        'interventions[4].extent',
        'scenarios[0].changes[0].intervention',
      ]) {
        await expect(report.getByText(path, { exact: true })).toBeVisible();
      }
      await expect(report).toContainText('interventions[1].start: "2025-13-01" är inget datum');
      expect(await resan.settledText()).toBe(before);
    });
    await test.step('a newer format version is refused as newer', async () => {
      // The parallel hint loads after the first paint: the page is read once it is there.
      await expect(page.getByTestId('parallel-hints')).toBeVisible();
      const before = await resan.settledText();
      await resan.openFile(join(examplesDir, '05-newer-version.json'));
      await expect(resan.importReport()).toContainText('formatversion 2, nyare än version 1');
      expect(await resan.settledText()).toBe(before);
    });
    await test.step('a journey file from disk shows its findings', async () => {
      await resan.openFile(join(examplesDir, '01-introduktionsjobb-cliff.json'));
      await expect(page.getByTestId('journey-heading')).toHaveText('Resa P-EX-01');
      await expect(resan.total('gapDays')).toHaveText('99 dagar (67 arbetsdagar)');
      await expect(resan.total('greyZoneDays')).toHaveText('15 dagar');
      // Only the introduktionsjobb: the språkstöd beside it is parallel, no cliff of its own (examples/README.md, 2026-12).
      await expect(resan.section('cliffs').getByRole('listitem')).toHaveCount(1);
    });
  });
});
