import { describe, expect, it } from 'vitest';
import { parseErrorBody, parseRetryAfter, problemFromHttp } from './fetch-problem.ts';

describe('parseErrorBody', () => {
  it.each<[string, string, string | undefined, { code?: string; message?: string }]>([
    [
      'the JSON error of 401/500',
      '{"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information"}',
      'application/json',
      { code: 'APIGW.0301', message: 'Incorrect IAM authentication information' },
    ],
    [
      'JSON without content type',
      '{"error_code":"DC.500","error_msg":"boom"}',
      undefined,
      { code: 'DC.500', message: 'boom' },
    ],
    ['only a code', '{"error_code":"X"}', undefined, { code: 'X' }],
    ['a numeric code', '{"error_code":500}', undefined, { code: '500' }],
    ['other JSON fields only', '{"message":"hi"}', undefined, {}],
    ['a JSON string', '"Too many requests"', 'application/json', { message: 'Too many requests' }],
    [
      'the plain string of 429',
      'Too many requests, slow down',
      'text/plain',
      { message: 'Too many requests, slow down' },
    ],
    [
      'plain text with control characters',
      'bad\u0000\u0007 thing\n\n',
      undefined,
      { message: 'bad thing' },
    ],
    ['an HTML page', '<html><body><h1>502 Bad Gateway</h1></body></html>', 'text/html', {}],
    ['HTML without content type', '  <!DOCTYPE html><p>x</p>', undefined, {}],
    ['HTML content type, odd text', 'Bad Gateway', 'text/html; charset=utf-8', {}],
    ['an empty body', '', undefined, {}],
    ['a blank body', ' \n\t ', 'application/json', {}],
    ['JSON null', 'null', 'application/json', {}],
    ['a JSON array', '[1,2]', 'application/json', {}],
    ['a JSON number', '42', undefined, {}],
    ['broken JSON', '{"error_code":', 'application/json', { message: '{"error_code":' }],
    ['an empty JSON string', '""', undefined, {}],
  ])('%s', (_name, text, contentType, expected) => {
    expect(parseErrorBody(text, contentType)).toEqual(expected);
  });

  it('caps a long message', () => {
    const message = parseErrorBody('x'.repeat(5000)).message ?? '';
    expect(message).toHaveLength(300);
    expect(message.endsWith('…')).toBe(true);
  });

  it.each([['\u0000\u0001\u0002'], ['\uFFFD\uFFFD{{{'], ['{"__proto__":{"x":1}}']])(
    'never throws on garbage %j',
    (text) => {
      expect(() => parseErrorBody(text)).not.toThrow();
    },
  );
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-06-08T00:00:00Z');
  it.each<[string | null | undefined, number | undefined]>([
    ['5', 5000],
    [' 0 ', 0],
    ['1.5', 1500],
    ['600', 600_000],
    ['86400', 600_000],
    ['Mon, 08 Jun 2026 00:00:30 GMT', 30_000],
    ['Mon, 08 Jun 2026 02:00:00 GMT', 600_000],
    ['Sun, 07 Jun 2026 23:00:00 GMT', 0],
    ['-5', undefined],
    ['soon', undefined],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
  ])('%j → %s', (header, expected) => {
    expect(parseRetryAfter(header, now)).toBe(expected);
  });
});

describe('problemFromHttp', () => {
  it.each<[number, string, string | undefined, string, string | undefined, string]>([
    [
      401,
      '{"error_code":"APIGW.0301","error_msg":"Token expired"}',
      'application/json',
      'unauthorized',
      'APIGW.0301',
      'Token expired',
    ],
    [403, '', undefined, 'forbidden', undefined, 'The token is not allowed to read this instance.'],
    [
      404,
      '{"error_code":"DC.404","error_msg":"no such instance"}',
      'application/json',
      'not-found',
      'DC.404',
      'no such instance',
    ],
    [429, 'Too many requests', 'text/plain', 'throttled', undefined, 'Too many requests'],
    [
      500,
      '{"error_code":"DC.500","error_msg":"Internal error"}',
      'application/json',
      'server',
      'DC.500',
      'Internal error',
    ],
    [500, '', undefined, 'server', undefined, 'Internal server error.'],
    [
      502,
      '<html>Bad Gateway</html>',
      'text/html',
      'bad-gateway',
      undefined,
      'The gateway could not reach the service.',
    ],
    [503, '', undefined, 'bad-gateway', undefined, 'The gateway could not reach the service.'],
    [504, '', undefined, 'timeout', undefined, 'The service did not answer in time.'],
    [408, '', undefined, 'timeout', undefined, 'The service did not answer in time.'],
    [
      400,
      '{"error_code":"DCW.BAD_REQUEST","error_msg":"bad id"}',
      undefined,
      'bad-request',
      'DCW.BAD_REQUEST',
      'bad id',
    ],
    [413, '', undefined, 'bad-request', undefined, 'The request was rejected.'],
    [507, '', undefined, 'server', undefined, 'Internal server error.'],
    [
      502,
      '{"error_code":"DCW.UPSTREAM_BAD_RESPONSE","error_msg":"not a status"}',
      undefined,
      'invalid-response',
      'DCW.UPSTREAM_BAD_RESPONSE',
      'not a status',
    ],
    [
      502,
      '{"error_code":"DCW.UPSTREAM_UNREACHABLE","error_msg":"refused"}',
      undefined,
      'bad-gateway',
      'DCW.UPSTREAM_UNREACHABLE',
      'refused',
    ],
    [
      504,
      '{"error_code":"DCW.UPSTREAM_TIMEOUT","error_msg":"slow"}',
      undefined,
      'timeout',
      'DCW.UPSTREAM_TIMEOUT',
      'slow',
    ],
    [
      200,
      '',
      undefined,
      'invalid-response',
      undefined,
      'The service answered with something that is not a status.',
    ],
  ])('%i %j → %s', (status, body, contentType, kind, code, message) => {
    const problem = problemFromHttp(status, body, contentType, null, 0);
    expect(problem).toEqual({ kind, status, message, ...(code === undefined ? {} : { code }) });
  });

  it.each<[string | null | undefined, number | undefined]>([
    ['5', 5000],
    ['Thu, 01 Jan 1970 00:00:07 GMT', 7000],
    [null, undefined],
    ['later', undefined],
  ])('429 with Retry-After %j waits %s ms', (header, expected) => {
    expect(problemFromHttp(429, 'slow down', 'text/plain', header, 0).retryAfterMs).toBe(expected);
  });

  it('omits retryAfterMs when there is none', () => {
    expect(problemFromHttp(429, '', undefined, undefined, 0)).not.toHaveProperty('retryAfterMs');
  });
});
