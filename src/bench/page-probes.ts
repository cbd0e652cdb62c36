import { countStated } from './class-counts.ts';

/**
 * Page-side instrumentation, injected as source text (the bench is compiled without DOM types).
 * These belong to the bench, not the app: they only observe.
 */

/**
 * Init script: long tasks, batch requests (Resource Timing, seen by an observer so the 250-entry
 * buffer does not matter) and the time of the last click, on window.__bench*.
 */
export const OBSERVE_PAGE = `(() => {
  const tasks = [];
  const batches = [];
  window.__benchLongTasks = tasks;
  window.__benchBatches = batches;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (batches.length < 50000 && e.name.includes('status:batch')) {
          batches.push({ start: e.startTime, end: e.responseEnd });
        }
      }
    }).observe({ type: 'resource', buffered: true });
  } catch {}
  document.addEventListener('click', (e) => { window.__benchClickAt = e.timeStamp; }, true);
})();`;

/** Selector of the overview's per-class count chips. */
const CLASS_GROUP = '[role="group"][aria-label="Filter by state class"]';

/**
 * Script that sets window.__benchFirstState to a promise of performance.now() at the first moment
 * the class chips count `expected` instances with a state (null after `timeoutMs`).
 */
export function watchFirstState(expected: number, timeoutMs: number): string {
  return `(() => {
  const countStated = ${countStated.toString()};
  window.__benchFirstState = new Promise((resolve) => {
    let observer;
    let timer;
    const read = () => {
      const group = document.querySelector(${JSON.stringify(CLASS_GROUP)});
      if (!group) return false;
      const { total, stated } = countStated(Array.from(group.children, (c) => c.textContent || ''));
      return total === ${expected} && stated === ${expected};
    };
    const finish = (ok) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(ok ? performance.now() : null);
    };
    observer = new MutationObserver(() => { if (read()) finish(true); });
    timer = setTimeout(() => finish(false), ${timeoutMs});
    observer.observe(document, { subtree: true, childList: true, characterData: true });
    if (read()) finish(true);
  });
})();`;
}

export const READ_FIRST_STATE = 'window.__benchFirstState';
export const READ_CLICK_AT = 'window.__benchClickAt ?? null';
export const READ_LONG_TASKS = 'window.__benchLongTasks ?? []';
export const READ_BATCHES = 'window.__benchBatches ?? []';
export const READ_NOW = 'performance.now()';
export const READ_DOM_CONTENT_LOADED =
  "performance.getEntriesByType('navigation')[0]?.domContentLoadedEventStart ?? null";
