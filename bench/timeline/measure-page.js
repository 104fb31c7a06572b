/* global window, document, performance, requestAnimationFrame, MutationObserver, setTimeout, WheelEvent, PointerEvent, MouseEvent, PerformanceObserver */
/*
 * Injected into both pages (Resan and vis-timeline): the same clocks for both.
 * - longest main-thread task since the last reset: the longest 'longtask' (scripts) or the longest
 *   rendering of a frame ('long-animation-frame', from its renderStart), whichever is longer;
 * - render: from the file input's change event to the second animation frame after the
 *   first bar is in the DOM; drawn: the same, until the chart is no longer busy (`busy`, a
 *   selector that matches while a big journey is drawn in slices; none for vis-timeline);
 * - one frame: from dispatching an input event to the end of the first frame that shows
 *   its effect (the app's "view signature" changed at that frame's animation callback;
 *   the setTimeout after it runs once that frame's rendering is done).
 */
(function () {
  const w = window;
  w.__bench = {
    longest: 0,
    /** The longest rendering of a frame (style, layout, paint) since the last reset. */
    longestRendering: 0,
    rendering: false,
    /** Clicks made while a render was under way: from the input's time stamp to its handler. */
    clicks: [],
    resetLongest() {
      w.__bench.longest = 0;
      w.__bench.longestRendering = 0;
    },
    watchRender(ref, barSelector, busy = null) {
      w.__bench.render = new Promise((resolve) => {
        const input = document.querySelector('[data-testid=file-input]');
        const onChange = () => {
          const t0 = performance.now();
          let render = null;
          const ready = () =>
            document.querySelector('[data-testid=journey-heading]')?.textContent.includes(ref) &&
            document.querySelector(barSelector);
          const afterTwoFrames = (then) => requestAnimationFrame(() => requestAnimationFrame(then));
          const check = () => {
            if (render === null && ready()) {
              render = -1;
              afterTwoFrames(() => (render = performance.now() - t0));
            }
            if (render === null || (busy && document.querySelector(busy))) return false;
            afterTwoFrames(() => {
              w.__bench.rendering = false;
              resolve({ render: render < 0 ? performance.now() - t0 : render, drawn: performance.now() - t0 });
            });
            return true;
          };
          w.__bench.rendering = true;
          if (check()) return;
          const mo = new MutationObserver(() => {
            if (check()) mo.disconnect();
          });
          mo.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        };
        input.addEventListener('change', onChange, { once: true, capture: true });
      });
    },
    async frame(dispatch, signature) {
      const before = signature();
      const t0 = performance.now();
      dispatch();
      for (let i = 0; i < 30; i++) {
        const changed = await new Promise((r) =>
          requestAnimationFrame(() => {
            const c = signature() !== before;
            setTimeout(() => r(c), 0);
          }),
        );
        if (changed) return performance.now() - t0;
      }
      return null;
    },
    /** 30 wheel steps over the chart's middle: 15 in, 15 out. */
    async zoom(target, signature) {
      const el = document.querySelector(target);
      const r = el.getBoundingClientRect();
      const at = { clientX: r.left + r.width / 2, clientY: r.top + Math.min(r.height / 2, 200) };
      const times = [];
      for (let i = 0; i < 30; i++) {
        const deltaY = i < 15 ? -100 : 100;
        // Ctrl + wheel zooms Resan (a plain wheel scrolls the page); vis-timeline zooms either way.
        const ev = new WheelEvent('wheel', {
          deltaY,
          ctrlKey: true,
          deltaMode: 0,
          bubbles: true,
          cancelable: true,
          view: window,
          ...at,
        });
        times.push(await w.__bench.frame(() => el.dispatchEvent(ev), signature));
      }
      return times;
    },
    /** A drag of 30 steps of 6 px over the chart (pointer and mouse events, as a real mouse sends). */
    async pan(target, signature) {
      const el = document.querySelector(target);
      const r = el.getBoundingClientRect();
      const y = r.top + Math.min(r.height / 2, 200);
      let x = r.left + r.width / 2 - 180;
      const hit = document.elementFromPoint(x, y) ?? el;
      const opts = (extra) => ({ bubbles: true, cancelable: true, view: window, clientX: x, clientY: y, ...extra });
      const pointer = (type, buttons) =>
        new PointerEvent(type, opts({ pointerId: 1, pointerType: 'mouse', isPrimary: true, button: 0, buttons }));
      hit.dispatchEvent(pointer('pointerdown', 1));
      hit.dispatchEvent(new MouseEvent('mousedown', opts({ button: 0, buttons: 1 })));
      const times = [];
      for (let i = 0; i < 30; i++) {
        x += 6;
        times.push(
          await w.__bench.frame(() => {
            hit.dispatchEvent(pointer('pointermove', 1));
            hit.dispatchEvent(new MouseEvent('mousemove', opts({ button: 0, buttons: 1 })));
          }, signature),
        );
      }
      hit.dispatchEvent(pointer('pointerup', 0));
      hit.dispatchEvent(new MouseEvent('mouseup', opts({ button: 0, buttons: 0 })));
      return times;
    },
  };
  // Every trusted click, in the capture phase before the app's own handlers: how long it waited.
  w.addEventListener(
    'click',
    (e) => {
      if (e.isTrusted && w.__bench.rendering) w.__bench.clicks.push(performance.now() - e.timeStamp);
    },
    { capture: true },
  );
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__bench.longest = Math.max(w.__bench.longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* no longtask support: stays 0 */
  }
  // A frame's rendering (its animation-frame callbacks, style, layout and paint) is main-thread
  // work the Long Tasks API does not count: the Long Animation Frames API gives it, from the
  // frame's renderStart to its end. The longest task reported is the longer of the two.
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const rendering = e.renderStart > 0 ? e.startTime + e.duration - e.renderStart : 0;
        w.__bench.longest = Math.max(w.__bench.longest, rendering);
        w.__bench.longestRendering = Math.max(w.__bench.longestRendering, rendering);
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    /* no long-animation-frame support: the scripts' tasks alone */
  }
})();
