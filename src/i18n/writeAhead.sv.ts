/**
 * Svenska: reservkopiorna (write-ahead) som läses vid start, issue 28 punkt 6 och 7: en skadad
 * eller främmande kopia flyttas undan, demoresan läses aldrig från lagringen. (Samma nycklar i
 * writeAhead.en.ts.)
 */
export const writeAheadSv = {
  reason: {
    demoKey: 'den ligger under demoresans nyckel, som Resan aldrig sparar under; demoresan läses aldrig från lagringen',
  },
  backupsHeading: 'Reservkopior som inte kunde återställas har flyttats undan',
  backupItem:
    'Reservkopia av en osparad ändring ({{name}}): {{reason}}. Den har inte sparats eller öppnats, och ingen sparad resa har ändrats.',
  notMovedItem: 'Reservkopia av en osparad ändring ({{name}}): {{reason}}. Den har inte sparats eller öppnats.',
  recoveredOtherJourney_one:
    '{{count}} reservkopia låg under en sparad resas nyckel men var en annan resa (annat id); den sparades som en ny resa bredvid, och den sparade resan är orörd.',
  recoveredOtherJourney_other:
    '{{count}} reservkopior låg under sparade resors nycklar men var andra resor (annat id); de sparades som nya resor bredvid, och de sparade resorna är orörda.',
  demoShown: 'Demoresan visas. Resorna som inte är sparade är märkta "inte sparad" under Resor.',
  loadFailed: 'De sparade resorna kunde inte läsas in helt.',
  loadCause: 'Något gick fel när biblioteket lästes in. Under Resor finns de resor som kunde läsas.',
};
