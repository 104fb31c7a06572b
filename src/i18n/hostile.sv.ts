/** Svenska: problems found in hostile or broken files, and long problem lists. (Same keys in hostile.en.ts.) */
export const hostileIssuesSv = {
  afterMaxDate: 'beräknat slut efter 9999-12-31; Resan visar inga datum efter det',
  afterMaxDate_end: 'beräknat slut efter 9999-12-31; Resan visar inga datum efter det',
  afterMaxDate_limit: 'längsta tiden enligt regel hamnar efter 9999-12-31; Resan visar inga datum efter det',
  duplicateKey: 'egenskapen {{key}} står flera gånger i samma objekt; ta bort alla utom en',
  tooDeep: 'är inbäddad i mer än {{max}} nivåer; Resan läser inte så djupa filer',
  notUtf8: 'filen var inte UTF-8; den lästes som Windows-1252. Kontrollera att å, ä och ö ser rätt ut',
};

export const problemListSv = {
  more_one: 'och {{n}} problem till',
  more_other: 'och {{n}} problem till',
  download: 'Ladda ned hela listan ({{n}} problem) som text',
  fileName: 'problem',
};
