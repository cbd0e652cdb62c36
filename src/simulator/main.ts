import { createSimulator } from './create-simulator.ts';
import { CliArgsError, parseCliArgs } from './parse-cli-args.ts';

const DEMO_TOKEN = 'dcwatch-demo-token';

async function main(): Promise<void> {
  const args = parseCliArgs(process.argv.slice(2));
  const simulator = createSimulator({
    seed: args.seed,
    instances: args.instances,
    token: process.env.SIM_TOKEN || DEMO_TOKEN,
    speed: args.speed,
    latencyMs: args.latencyMs,
    errorRate: args.errorRate,
    ...(args.rateLimit === undefined ? {} : { rateLimit: args.rateLimit }),
    admin: args.admin,
  });
  const url = await simulator.listen(args.port, args.host);
  const line = {
    msg: 'simulator listening',
    url,
    projectId: simulator.fleet.projectId,
    instances: args.instances,
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);

  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    // Whatever still holds the loop open must not keep a stopped simulator alive.
    setTimeout(() => process.exit(1), 5000).unref();
    simulator.close().then(
      () => process.stdout.write(`${JSON.stringify({ msg: 'simulator stopped', signal })}\n`),
      (error: unknown) => {
        process.stderr.write(`simulator: close failed: ${String(error)}\n`);
        process.exitCode = 1;
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  const bad = error instanceof CliArgsError || error instanceof RangeError;
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`simulator: ${message}\n`);
  process.exitCode = bad ? 2 : 1;
});
