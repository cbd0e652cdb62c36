import { randomBytes } from 'node:crypto';
import { createLogger, flushLogger } from '../proxy/create-logger.ts';
import { createProxy } from '../proxy/create-proxy.ts';
import { loadConfig } from '../proxy/load-config.ts';
import { ConfigError, type ProxyConfig } from '../proxy/proxy-config.ts';
import { createSimulator } from '../simulator/create-simulator.ts';
import { loadSimulatorSettings, SimulatorSettingsError } from './simulator-settings.ts';

type Simulator = ReturnType<typeof createSimulator>;

/** With no CLOUDDC_ENDPOINT, a budget under the embedded simulator's own limit (2,000/s) instead of the cloud default. */
const SIMULATOR_BUDGET_PER_SEC = '1500';

function fail(message: string): never {
  console.error(`dcwatch: ${message}`);
  process.exit(2);
}

function readConfig(env: NodeJS.ProcessEnv): ProxyConfig {
  try {
    const simulated = !env.CLOUDDC_ENDPOINT;
    return loadConfig(
      simulated && !env.UPSTREAM_BUDGET_PER_SEC
        ? { ...env, UPSTREAM_BUDGET_PER_SEC: SIMULATOR_BUDGET_PER_SEC }
        : env,
    );
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
}

async function startSimulator(
  config: ProxyConfig,
): Promise<{ sim: Simulator; config: ProxyConfig }> {
  let settings;
  try {
    settings = loadSimulatorSettings(process.env);
  } catch (error) {
    if (error instanceof SimulatorSettingsError) fail(error.message);
    throw error;
  }
  // A fresh demo token per run: the simulator and the proxy share it in memory only.
  const token = randomBytes(24).toString('base64url');
  const sim = createSimulator({ ...settings, token });
  const endpoint = await sim.listen(0, '127.0.0.1');
  return {
    sim,
    config: { ...config, endpoint, serverToken: token, mode: 'simulator', demo: sim.fleet },
  };
}

async function main(): Promise<void> {
  let config = readConfig(process.env);
  const logger = createLogger(config.logLevel);
  let sim: Simulator | null = null;
  if (config.endpoint === null) ({ sim, config } = await startSimulator(config));
  const proxy = createProxy(config, { logger });
  const url = await proxy
    .listen()
    .catch((error: NodeJS.ErrnoException) =>
      fail(`cannot listen on ${config.host}:${config.port} (${error.code ?? error.message}).`),
    );
  logger.info(
    {
      url,
      mode: config.mode,
      tokenMode: config.serverToken ? 'server' : 'pass-through',
      simulatorUrl: config.mode === 'simulator' ? config.endpoint : undefined,
      projectId: config.demo?.projectId,
      instances: config.demo?.instanceIds.length,
    },
    'dcwatch ready',
  );
  const where = sim
    ? `simulated fleet of ${config.demo?.instanceIds.length} instances`
    : config.endpoint;
  console.log(`\n  dcwatch is running at ${url}  (${where})\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'dcwatch stopping');
    await proxy.close();
    await sim?.close();
    // The request log is buffered: write out its last lines before exiting.
    await flushLogger(logger);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

await main();
