import type { CDPSession } from '@playwright/test';
import { requestWaitMs, type RequestRecord } from './request-timing.ts';

const MAX_RECORDS = 100_000;

/** Records every request the page issues, with its wait before sending (CDP Network domain). */
export async function recordRequests(cdp: CDPSession): Promise<RequestRecord[]> {
  const records: RequestRecord[] = [];
  const byId = new Map<string, RequestRecord>();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (records.length >= MAX_RECORDS || e.request.url.startsWith('data:')) return;
    const record: RequestRecord = {
      url: e.request.url,
      method: e.request.method,
      queuedAt: e.timestamp * 1000,
    };
    records.push(record);
    byId.set(e.requestId, record);
  });
  cdp.on('Network.responseReceived', (e) => {
    const record = byId.get(e.requestId);
    if (!record) return;
    byId.delete(e.requestId);
    record.status = e.response.status;
    const wait = requestWaitMs(record.queuedAt / 1000, e.response.timing);
    if (wait !== undefined) record.waitMs = wait;
  });
  cdp.on('Network.loadingFailed', (e) => byId.delete(e.requestId));
  await cdp.send('Network.enable');
  return records;
}

export interface MainThreadSample {
  /** Seconds on the browser's monotonic clock (the one Network timestamps use). */
  timestamp: number;
  /** Seconds the renderer main thread spent running tasks, cumulative. */
  taskDuration: number;
  jsHeapUsedSize: number;
}

export async function sampleMainThread(cdp: CDPSession): Promise<MainThreadSample> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return {
    timestamp: get('Timestamp'),
    taskDuration: get('TaskDuration'),
    jsHeapUsedSize: get('JSHeapUsedSize'),
  };
}

/** Busy share of the main thread between two samples, in percent. */
export function busyPercent(from: MainThreadSample, to: MainThreadSample): number {
  return ((to.taskDuration - from.taskDuration) / (to.timestamp - from.timestamp)) * 100;
}

/** JS heap in use right after a forced full GC, in bytes. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}
