/**
 * Svenska: skydden från issue 25 (attackomgången): personnummer per rad och kolumn i CSV,
 * osparat som bara finns i fliken, en resa vars deltagare redan finns, CSV-gränser och
 * den enda filen från disken. (Samma nycklar i safeguards.en.ts.)
 */
export const safeguardsSv = {
  onlyHere_one:
    '{{count}} resa är inte sparad någonstans och finns bara i den här fliken – exportera den som fil nu ({{refs}}). Både webbläsarens databas och reservkopian i localStorage vägrade skriva. Om du laddar om eller stänger sidan frågar webbläsaren först.',
  onlyHere_other:
    '{{count}} resor är inte sparade någonstans och finns bara i den här fliken – exportera dem som filer nu ({{refs}}). Både webbläsarens databas och reservkopian i localStorage vägrade skriva. Om du laddar om eller stänger sidan frågar webbläsaren först.',
  dup: {
    title: 'Deltagaren finns redan',
    text_one:
      'Biblioteket har redan en resa för {{refs}} (samma deltagarreferens eller id) med annat innehåll. Vad ska göras med resan i filen?',
    text_other:
      'Biblioteket har redan resor för {{refs}} (samma deltagarreferens eller id) med annat innehåll. Vad ska göras med de {{count}} resorna i filen?',
    keepBoth: 'Behåll båda (två resor för samma deltagare)',
    replace: 'Ersätt den sparade med filens',
    openAsNew: 'Öppna som ny deltagare (ny referens)',
    cancel: 'Avbryt, öppna inget',
  },
  csvLimit: {
    cellTooLong: 'filen läses inte: cellen har fler än {{cellLength}} tecken',
    tooManyColumns: 'filen läses inte: raden har fler än {{columns}} kolumner',
    tooManyRows: 'filen läses inte: fler än {{rows}} rader',
  },
  csvPersonnummer: 'ser ut som ett personnummer; använd en pseudonym referens',
};
