/**
 * The bytes of a file as text. Journey files are UTF-8 (docs/format.md, "Files"), but
 * files saved by older Windows programs are often Windows-1252 (Latin-1): those would read
 * as "P-LATIN1-���". So: UTF-8 when the bytes are valid UTF-8 (a byte-order mark is
 * dropped), UTF-16 when a UTF-16 byte-order mark says so, and otherwise Windows-1252, which
 * the caller reports (`notUtf8`) so that the person checks å, ä and ö.
 */
export type DecodedText = { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' };

// Windows-1252's bytes 0x80-0x9F (WHATWG Encoding); the five it leaves undefined stay as they are.
// TextDecoder('windows-1252') gives these in browsers, but Node's reads them as ISO 8859-1 controls.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Windows-1252 bytes as text; byte by byte, so a file may be decoded in pieces. */
export function windows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: windows1252(bytes), encoding: 'windows-1252' };
  }
}
