/** Svenska: a cohort load whose reader failed, and a stray quote in a CSV (issue 28). Same keys in cohortFaults.en.ts. */
export const cohortFaultsSv = {
  lostError:
    'Inläsningen stannade: läsningen av {{file}} slutade med ett fel ({{detail}}). Inget nytt sparades; de sparade kohorterna och kohorten som visas är som förut.',
  lostSilent:
    'Inläsningen stannade: läsningen av {{file}} har inte svarat på {{minutes}} minuter. Inget nytt sparades; de sparade kohorterna och kohorten som visas är som förut.',
  retry: 'Försök igen',
  strayQuote_one:
    '{{file}}, rad {{row}}, kolumn {{column}}: ett citattecken (") börjar en cell som inte stängs förrän på rad {{to}}, så rad {{from}} hamnade i cellen. Rad {{row}} lästes inte; rad {{from}} lästes som en egen rad.',
  strayQuote_other:
    '{{file}}, rad {{row}}, kolumn {{column}}: ett citattecken (") börjar en cell som inte stängs förrän på rad {{to}}, så raderna {{from}}–{{to}} hamnade i cellen. Rad {{row}} lästes inte; raderna {{from}}–{{to}} lästes som egna rader.',
  unclosedQuote:
    '{{file}}, rad {{row}}, kolumn {{column}}: ett citattecken (") börjar en cell som aldrig stängs, så resten av filen (raderna {{from}}–{{to}}) hamnade i cellen. Rad {{row}} lästes inte; resten lästes som egna rader.',
};
