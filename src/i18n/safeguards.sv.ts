/**
 * Svenska: skydden från issue 25 (attackomgången): personnummer per rad och kolumn i CSV,
 * osparat som bara finns i fliken, en resa vars deltagare redan finns, CSV-gränser och
 * den enda filen från disken. (Samma nycklar i safeguards.en.ts.)
 */
export const safeguardsSv = {
  csvPersonnummer: 'ser ut som ett personnummer; använd en pseudonym referens',
};
