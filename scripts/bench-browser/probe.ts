// The script the benchmark injects into every page before the page's own code runs. Plain
// JavaScript in a string (not a function Playwright serialises), so nothing the TypeScript
// runner adds to functions can leak into the page.
//
// It records long tasks (PerformanceObserver 'longtask', > 50 ms), the first frame drawn
// after the Cytoscape instance appears on `window.cy` (one animation frame, then a task
// after that frame's paint), and offers `arm(type)`: the time from the next `type` event to
// the frame painted after it — how long a click or a keystroke takes to show.
export const PROBE = `
(() => {
  const b = { longTasks: [], firstDraw: null };
  window.__bench = b;
  const afterPaint = (resolve) => requestAnimationFrame(() => setTimeout(resolve, 0));
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { b.noLongTasks = String(e); }
  const poll = () => {
    const cy = window.cy;
    if (cy && cy.nodes().length > 0) {
      afterPaint(() => { b.firstDraw = performance.now(); });
      return;
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  b.arm = (type) => {
    b.pending = new Promise((resolve) => {
      addEventListener(type, () => {
        const t0 = performance.now();
        afterPaint(() => resolve(performance.now() - t0));
      }, { capture: true, once: true });
    });
  };
})();
`;
