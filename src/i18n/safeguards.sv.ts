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
  csvPersonnummer: 'ser ut som ett personnummer; använd en pseudonym referens',
};
