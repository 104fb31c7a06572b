/** Svenska: vad exporterna och inläsningen säger om vad som hände (issue 28). (Samma nycklar i exportSafety.en.ts.) */
export const exportSafetySv = {
  pnrConfirm:
    'Resan innehåller något som ser ut som ett personnummer ({{value}} i {{path}}). Filer ska bara ha pseudonyma referenser. Filens namn får inget personnummer (där står ”deltagare”), men innehållet kan ha det. Exportera ändå?',
  superseded_one: '{{count}} resa i filerna ersattes av en senare med samma id eller deltagarreferens.',
  superseded_other: '{{count}} resor i filerna ersattes av senare med samma id eller deltagarreferens.',
  notDrawn: 'Diagrammet visas inte här, så det finns ingen bild att spara.',
  pngFailed: 'PNG-bilden kunde inte göras ({{message}}). Spara diagrammet som SVG i stället.',
  failed: 'Filen kunde inte göras ({{message}}).',
};
