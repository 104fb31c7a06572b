/** English: problems found in hostile or broken files, and long problem lists. (Same keys in hostile.sv.ts.) */
import type { hostileIssuesSv, problemListSv } from './hostile.sv';

export const hostileIssuesEn: typeof hostileIssuesSv = {
  afterMaxDate: 'projected end after 9999-12-31; Resan shows no dates after that',
  afterMaxDate_end: 'projected end after 9999-12-31; Resan shows no dates after that',
  afterMaxDate_limit: 'the longest time under the rules falls after 9999-12-31; Resan shows no dates after that',
  duplicateKey: 'the property {{key}} appears more than once in the same object; remove all but one',
  tooDeep: 'is nested more than {{max}} levels deep; Resan does not read files that deep',
  notUtf8: 'the file was not UTF-8; it was read as Windows-1252. Check that letters like å, ä and ö look right',
};

export const problemListEn: typeof problemListSv = {
  more_one: 'and {{n}} more problem',
  more_other: 'and {{n}} more problems',
  download: 'Download the whole list ({{n}} problems) as text',
  fileName: 'problems',
};
