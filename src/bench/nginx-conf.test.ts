import { describe, expect, it } from 'vitest';
import { renderNginxConf } from './nginx-conf.ts';

const conf = renderNginxConf({
  dir: '/tmp/dcw-nginx-x',
  listenPort: 18080,
  upstreamPort: 19090,
  keepalive: 64,
});

describe('renderNginxConf', () => {
  it('runs one worker in the foreground with a master process', () => {
    expect(conf).toMatch(/^daemon off;$/m);
    expect(conf).toMatch(/^master_process on;$/m);
    expect(conf).toMatch(/^worker_processes 1;$/m);
  });

  it('keeps its pid, logs and temp files inside the given directory', () => {
    expect(conf).toContain('pid /tmp/dcw-nginx-x/nginx.pid;');
    expect(conf).toContain('error_log /tmp/dcw-nginx-x/error.log warn;');
    expect(conf).toContain('access_log /tmp/dcw-nginx-x/access.log;');
    for (const name of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
      expect(conf).toContain(`${name}_temp_path /tmp/dcw-nginx-x/temp/${name};`);
    }
  });

  it('listens on loopback and forwards /api/ to the simulator over keep-alive', () => {
    expect(conf).toContain('listen 127.0.0.1:18080;');
    expect(conf).toContain('server 127.0.0.1:19090;');
    expect(conf).toContain('keepalive 64;');
    expect(conf).toContain('proxy_pass http://simulator/;');
    expect(conf).toContain('proxy_http_version 1.1;');
    expect(conf).toContain('proxy_set_header Connection "";');
  });

  it('has balanced braces', () => {
    expect(conf.split('{').length).toBe(conf.split('}').length);
  });
});
