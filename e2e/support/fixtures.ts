import { test as base, expect } from '@playwright/test';
import { startNode } from './processes.ts';
import { SimulatorAdmin } from './simulator-admin.ts';

export interface Dcwatch {
  url: string;
  projectId: string;
  instanceIds: string[];
  sim: SimulatorAdmin;
}

interface WorkerFixtures {
  dcwatch: Dcwatch;
}

/** The product as a user starts it (`npm start`, compiled), with the embedded simulator's admin routes on. */
export const test = base.extend<object, WorkerFixtures>({
  dcwatch: [
    async ({}, use) => {
      const app = await startNode(
        'launcher/main.js',
        [],
        {
          PORT: '0',
          HOST: '127.0.0.1',
          SIM_ADMIN: '1',
          SIM_INSTANCES: '50',
          SIM_SEED: '7',
          SIM_SPEED: '20',
          SIM_LATENCY_MS: '10-40',
          SIM_ERROR_RATE: '0',
        },
        'dcwatch ready',
      );
      const ready = app.ready as { url: string; simulatorUrl: string };
      const config = (await (await fetch(`${ready.url}/api/config`)).json()) as {
        demo: { projectId: string; instanceIds: string[] };
      };
      await use({
        url: ready.url,
        projectId: config.demo.projectId,
        instanceIds: config.demo.instanceIds,
        sim: new SimulatorAdmin(ready.simulatorUrl),
      });
      await app.stop();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ dcwatch }, use) => {
    await use(dcwatch.url);
  },
});

export { expect };
