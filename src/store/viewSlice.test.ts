import { describe, expect, it } from 'vitest';
import { useStore } from './index';

describe('the view’s zoom in the store', () => {
  it('keeps its object, and tells no one, when set to the view it has (nothing is drawn again)', () => {
    useStore.getState().setZoom({ k: 2, x: -40 });
    const before = useStore.getState().zoom;
    let told = 0;
    const stop = useStore.subscribe(() => told++);
    useStore.getState().setZoom({ k: 2, x: -40 });
    stop();
    expect(useStore.getState().zoom).toBe(before);
    expect(told).toBe(0);
  });
  it('takes another scale or another offset', () => {
    useStore.getState().setZoom({ k: 2, x: -40 });
    useStore.getState().setZoom({ k: 2, x: -41 });
    expect(useStore.getState().zoom).toEqual({ k: 2, x: -41 });
    useStore.getState().setZoom({ k: 3, x: -41 });
    expect(useStore.getState().zoom).toEqual({ k: 3, x: -41 });
  });
});
