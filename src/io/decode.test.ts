import { describe, expect, it } from 'vitest';
import { decodeText } from '../domain/decode';
import { readJourneyFile } from './importFiles';

/** Windows-1252 bytes of a text that has only Latin-1 letters. */
const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

describe('reading the bytes of a file', () => {
  it('reads UTF-8 as UTF-8 and drops its byte-order mark', () => {
    const bytes = new TextEncoder().encode('\ufeff{"ref":"P-ÅÄÖ"}');
    expect(decodeText(bytes)).toEqual({ text: '{"ref":"P-ÅÄÖ"}', encoding: 'utf-8' });
  });

  it('reads a Windows-1252 (Latin-1) file as Windows-1252 and says so', () => {
    expect(decodeText(latin1('{"ref":"P-LATIN1-åäö"}'))).toEqual({
      text: '{"ref":"P-LATIN1-åäö"}',
      encoding: 'windows-1252',
    });
    // 0x80 is the euro sign in Windows-1252 (a control character in ISO 8859-1).
    expect(decodeText(Uint8Array.from([0x22, 0x80, 0x22])).text).toBe('"€"');
    // Every byte 0x80-0x9F as WHATWG's Windows-1252 has it (five undefined ones stay U+0081 etc.).
    const high = decodeText(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i)).text;
    expect(high).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const le = Uint8Array.from([0xff, 0xfe, 0x7b, 0, 0xe5, 0, 0x7d, 0]);
    expect(decodeText(le)).toEqual({ text: '{å}', encoding: 'utf-16le' });
    const be = Uint8Array.from([0xfe, 0xff, 0, 0x7b, 0, 0xe5, 0, 0x7d]);
    expect(decodeText(be)).toEqual({ text: '{å}', encoding: 'utf-16be' });
  });

  it('a byte-order mark is both bytes: ÿ or þ alone begins a Windows-1252 file', () => {
    for (const [bytes, text] of [
      [[0xff, 0x41], 'ÿA'],
      [[0x41, 0xfe], 'Aþ'],
      [[0xfe, 0x41], 'þA'],
      [[0x41, 0xff], 'Aÿ'],
    ] as const)
      expect(decodeText(Uint8Array.from(bytes))).toEqual({ text, encoding: 'windows-1252' });
  });

  it('reading of the spec: files are UTF-8, but a Windows-1252 file imports with its letters right and a warning that names the encoding', async () => {
    const json = JSON.stringify({
      format: 'journey',
      version: 1,
      id: 'l1',
      participant: { ref: 'P-LATIN1-åäö' },
      interventions: [],
    });
    const result = await readJourneyFile(new Blob([latin1(json)]));
    if (!result.ok || result.kind !== 'journey') throw new Error(JSON.stringify(result));
    expect(result.journey.participant.ref).toBe('P-LATIN1-åäö');
    expect(result.warnings[0]).toMatchObject({ path: '', code: 'notUtf8' });
    expect(result.warnings[0].message).toContain('Windows-1252');
    const utf8 = await readJourneyFile(new Blob([new TextEncoder().encode(json)]));
    expect(utf8.ok && utf8.warnings).toEqual([]);
  });
});
