import { startNode } from './processes.ts';
import { SimulatorAdmin } from './simulator-admin.ts';

export interface PassThroughStack {
  /** The dcwatch proxy + web app, with no token of its own. */
  url: string;
  projectId: string;
  sim: SimulatorAdmin;
  stop(): Promise<void>;
}

/**
 * The simulator alone (demanding `token`), and dcwatch in front of it as against a real cloud:
 * CLOUDDC_ENDPOINT set and no server token, so every browser must sign in (pass-through mode).
 */
export async function startPassThroughStack(token: string): Promise<PassThroughStack> {
  const sim = await startNode(
    'simulator/main.js',
    ['--port', '0', '--admin', '--latency', '10-30'],
    { SIM_TOKEN: token },
    'simulator listening',
  );
  const { url: simUrl, projectId } = sim.ready as { url: string; projectId: string };
  try {
    const app = await startNode(
      'launcher/main.js',
      [],
      {
        PORT: '0',
        HOST: '127.0.0.1',
        CLOUDDC_ENDPOINT: simUrl,
        CLOUDDC_AUTH_TOKEN: '',
        CLOUDDC_AUTH_TOKEN_FILE: '',
      },
      'dcwatch ready',
    );
    const { url, tokenMode } = app.ready as { url: string; tokenMode: string };
    if (tokenMode !== 'pass-through') throw new Error(`expected pass-through, got ${tokenMode}`);
    return {
      url,
      projectId,
      sim: new SimulatorAdmin(simUrl),
      stop: async () => {
        await app.stop();
        await sim.stop();
      },
    };
  } catch (error) {
    await sim.stop();
    throw error;
  }
}
