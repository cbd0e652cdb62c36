const OWNED = /^(CLOUDDC_|UPSTREAM_|PROXY_|SIM_)|^(PORT|HOST|ALLOWED_HOSTS|STATIC_DIR|LOG_LEVEL)$/;

/**
 * The bench's environment without anything that configures the proxy, launcher or simulator,
 * so a child runs with exactly the settings the bench gives it.
 * @example cleanEnv({ PATH: '/bin', CLOUDDC_ENDPOINT: 'x' }, { PORT: '0' }) → { PATH: '/bin', PORT: '0' }
 */
export function cleanEnv(
  env: NodeJS.ProcessEnv,
  settings: Record<string, string>,
): NodeJS.ProcessEnv {
  const kept = Object.fromEntries(Object.entries(env).filter(([name]) => !OWNED.test(name)));
  return { ...kept, ...settings };
}
