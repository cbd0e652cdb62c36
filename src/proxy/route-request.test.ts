import { describe, expect, it } from 'vitest';
import { routeRequest } from './route-request.ts';

const long = 'a'.repeat(65);

describe('routeRequest', () => {
  it.each([
    ['/api/v1/p1/instances/i-1/status', { kind: 'status', projectId: 'p1', instanceId: 'i-1' }],
    [
      '/api/v1/p1/instances/i_1/status?x=1&token=y',
      { kind: 'status', projectId: 'p1', instanceId: 'i_1' },
    ],
    [
      `/api/v1/p/instances/${'a'.repeat(64)}/status`,
      { kind: 'status', projectId: 'p', instanceId: 'a'.repeat(64) },
    ],
    ['/api/v1/p1/instances/status:batch', { kind: 'batch', projectId: 'p1' }],
    ['/api/config', { kind: 'config' }],
    ['/healthz', { kind: 'health' }],
    ['/', { kind: 'static' }],
    ['/instances/p1/i-1', { kind: 'static' }],
    ['/assets/index-abc123.js', { kind: 'static' }],
  ])('routes %s', (target, route) => {
    expect(routeRequest(target)).toEqual(route);
  });

  it.each([
    'http://evil.example/api/v1/p/instances/i/status',
    '*',
    '//evil.example/api/v1/p/instances/i/status',
    '/api/v1/p//instances/i/status',
    '/api/v1/p/instances/../status',
    '/api/v1/p/instances/./i/status',
    '/api/v1/p/instances/i/status/..',
    '/api/v1/p/instances/%2e%2e/status',
    '/api/v1/p/instances/%2E%2E/status',
    '/api/v1/p/instances/a%2Fb/status',
    '/api/v1/p/instances/a%2fb/status',
    '/api/v1/p/instances/a%5Cb/status',
    '/api/v1/p/instances/a%00/status',
    '/api/v1/p/instances/%61/status',
    '/api/v1/p/instances/a\\b/status',
    '/api/v1/p/instances/a\tb/status',
    '/api/v1/p/instances/a\u0001/status',
    '/api/v1/p/instances/é/status',
    '/api/v1/p/instances/a#b/status',
    `/api/v1/p/instances/${long}/status`,
    `/api/v1/${long}/instances/i/status`,
    '/api/v1/p/instances/a.b/status',
    '/api/v1/p/instances/a:b/status',
    '/api/v1/p/instances/status:batch/status',
    `/api/v1/${long}/instances/status:batch`,
    '/assets/..%2f..%2fetc/passwd',
  ])('rejects %j with 400', (target) => {
    expect(routeRequest(target)).toMatchObject({ kind: 'rejected', status: 400 });
  });

  it.each([
    '/api',
    '/api/',
    '/api/v1',
    '/api/v2/p/instances/i/status',
    '/api/v1/p/instances/i',
    '/api/v1/p/instances/i/status/',
    '/api/v1/p/instances/i/status/extra',
    '/api/v1/p/instances',
    '/API/v1/p/instances/i/status',
    '/api/config/',
  ])('answers %s with 404', (target) => {
    expect(routeRequest(target)).toMatchObject({ kind: 'rejected', status: 404 });
  });
});
