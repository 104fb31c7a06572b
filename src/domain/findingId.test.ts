import { describe, expect, it } from 'vitest';
import { findingId } from './findingId';

describe('a finding is named by what does not move when the journey is edited elsewhere', () => {
  it('a gap and a grey zone by their first day; a computed and a marked grey zone never share a name', () => {
    expect(findingId.gap({ start: '2025-01-02' })).toBe('gap:2025-01-02');
    expect(findingId.greyzone({ start: '2025-01-02', manual: false })).toBe('computed:2025-01-02');
    expect(findingId.greyzone({ start: '2025-01-02', manual: true })).toBe('manual:2025-01-02');
  });

  it('a wait by its försteg and a cliff by its intervention', () => {
    expect(findingId.wait({ forsteg: 'f1' })).toBe('f1');
    expect(findingId.cliff({ intervention: 'ij' })).toBe('ij');
  });
});
