import { join } from 'node:path';

export interface NginxConfInput {
  /** The -p prefix: a fresh temporary directory holding the conf, logs, pid and temp dirs. */
  dir: string;
  listenPort: number;
  upstreamPort: number;
  /** Idle keep-alive connections nginx keeps to the upstream. */
  keepalive: number;
}

/** The temp directories nginx would otherwise create under its compiled-in prefix. */
export const NGINX_TEMP_DIRS = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'] as const;

/**
 * nginx as a plain reverse proxy in front of the simulator: one worker, keep-alive upstream,
 * `/api/…` mapped to `/…` like dcwatch's proxy, everything it writes under `dir`, loopback only.
 * The auth token is not in the conf: clients send X-Auth-Token and nginx passes it on.
 */
export function renderNginxConf(input: NginxConfInput): string {
  const { dir, listenPort, upstreamPort, keepalive } = input;
  const temp = NGINX_TEMP_DIRS.map(
    (name) => `  ${name}_temp_path ${join(dir, 'temp', name)};`,
  ).join('\n');
  return `# written by dcwatch bench; removed when the bench ends
daemon off;
master_process on;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;

events {
  worker_connections 1024;
}

http {
  access_log ${join(dir, 'access.log')};
${temp}
  keepalive_requests 100000;

  upstream simulator {
    server 127.0.0.1:${upstreamPort};
    keepalive ${keepalive};
  }

  server {
    listen 127.0.0.1:${listenPort};
    location /api/ {
      proxy_pass http://simulator/;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
    }
  }
}
`;
}
