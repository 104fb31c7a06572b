/**
 * User text (actor and kind labels, file names, what the coordinator typed) written into the
 * Lex Heller draft's files as text and nothing else (issue 28): control characters taken out of
 * both files, and in the Markdown every character that could start markup escaped, so that no
 * Markdown viewer turns a label into a link, an image, HTML, code, a table or a heading.
 */

/** Control characters (C0 other than tab and line feed, DEL, C1), carriage returns made line feeds. */
// eslint-disable-next-line no-control-regex -- these are the characters to take out
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** The text without control characters; CR LF and CR become LF. */
export const plainText = (text: string) => text.replace(/\r\n?/g, '\n').replace(CONTROL, '');

/**
 * One line made inert: every character Markdown (CommonMark and GFM) gives a meaning anywhere
 * in a line is escaped, and so are the URL starts GFM turns into links ("://", "www.", "@");
 * then what only starts a block at the line's start (a heading, a list, a rule, a setext line).
 * Spaces at either end are dropped: indentation makes code, two at the end a line break.
 */
function inertLine(line: string): string {
  const escaped = line
    .trim()
    .replace(/[\\`*_[\]<>&~|]/g, '\\$&')
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/(www)\./gi, '$1\\.')
    .replace(/@/g, '\\@');
  return escaped.replace(/^[#=+-]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Text for one line of the Markdown (a heading, a list item): line breaks become spaces. */
export const mdInline = (text: string) => inertLine(plainText(text).replace(/\s*\n\s*/g, ' '));

/** Text for a block of the Markdown (a section): its lines kept, each made inert. */
export const mdBlock = (text: string) => plainText(text).split('\n').map(inertLine).join('\n');
