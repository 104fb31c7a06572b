import { describe, expect, it } from 'vitest';
import { isolate, isolateParams } from './isolate';

describe('user text isolated from the app text', () => {
  it('wraps text with right-to-left letters or bidi controls in FSI … PDI, and leaves other text alone', () => {
    expect(isolate('Kommunen')).toBe('Kommunen');
    expect(isolate('\u202eevil')).toBe('\u2068\u202eevil\u2069');
    expect(isolate('שלום')).toBe('\u2068שלום\u2069');
    expect(isolate('مرحبا')).toBe('\u2068مرحبا\u2069');
    expect(isolate('a\u2067b')).toBe('\u2068a\u2067b\u2069');
  });

  it('isolates the text parameters of a message but not its context or numbers', () => {
    expect(isolateParams({ value: '\u202ex', context: 'end', max: 3 })).toEqual({
      value: '\u2068\u202ex\u2069',
      context: 'end',
      max: 3,
    });
  });
});
