/** Decides which `Host` headers the proxy answers (the DNS rebinding guard). */
export interface HostGuard {
  allows(hostHeader: string | undefined): boolean;
  /** The exact host:port names accepted, for logs and tests. */
  readonly names: ReadonlySet<string>;
}

/** `[::1]` for IPv6 literals, lower case otherwise. */
export function bracket(host: string): string {
  const lower = host.toLowerCase();
  return lower.includes(':') && !lower.startsWith('[') ? `[${lower}]` : lower;
}

export function isLoopbackHost(host: string): boolean {
  const h = bracket(host);
  return h === 'localhost' || h === '[::1]' || /^127(\.\d{1,3}){3}$/.test(h);
}

export function isUnspecifiedHost(host: string): boolean {
  const h = bracket(host);
  return h === '0.0.0.0' || h === '[::]';
}

/** Splits `example.com:8080` / `[::1]:8080` / `example.com` into name and port. */
export function splitHost(value: string): { name: string; port: string | null } {
  const v = value.trim().toLowerCase();
  const close = v.startsWith('[') ? v.indexOf(']') : -1;
  const colon = v.lastIndexOf(':');
  if (colon === -1 || colon < close) return { name: v, port: null };
  return { name: v.slice(0, colon), port: v.slice(colon + 1) };
}

/**
 * Builds the guard from the address the server listens on plus `ALLOWED_HOSTS` entries.
 * Loopback names of the port are accepted when bound to loopback or to every interface;
 * an `ALLOWED_HOSTS` entry without a port accepts that name on any port.
 * @example createHostGuard(['127.0.0.1'], 8080, []).allows('localhost:8080') → true
 */
export function createHostGuard(
  listenHosts: readonly string[],
  port: number,
  allowedHosts: readonly string[],
): HostGuard {
  const names = new Set<string>(listenHosts.map((host) => `${bracket(host)}:${port}`));
  if (listenHosts.some((host) => isLoopbackHost(host) || isUnspecifiedHost(host))) {
    for (const name of ['localhost', '127.0.0.1', '[::1]']) names.add(`${name}:${port}`);
  }
  if (port === 80) for (const name of [...names]) names.add(splitHost(name).name);
  const anyPort = new Set<string>();
  for (const entry of allowedHosts) {
    const { name, port: entryPort } = splitHost(entry);
    if (entryPort === null) anyPort.add(bracket(name));
    else names.add(`${bracket(name)}:${entryPort}`);
  }
  return {
    names,
    allows(hostHeader) {
      if (hostHeader === undefined || hostHeader.trim() === '') return false;
      const value = hostHeader.trim().toLowerCase();
      return names.has(value) || anyPort.has(splitHost(value).name);
    },
  };
}
