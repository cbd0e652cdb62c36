import { describe, expect, it } from 'vitest';
import { mapUpstreamResponse } from './map-upstream-response.ts';

const JSON_TYPE = 'application/json';

describe('mapUpstreamResponse', () => {
  it('passes a 200 status body on, extra fields and unknown states included', () => {
    const body = { state: 'hibernating', operation_state: null, shiny: 1 };
    expect(
      mapUpstreamResponse({ status: 200, contentType: JSON_TYPE, bodyText: JSON.stringify(body) }),
    ).toEqual({ status: 200, body });
  });

  it.each([
    ['an HTML gateway page', '<html><body>Bad gateway</body></html>', 'text/html'],
    ['HTML without a content type', '  <!doctype html><p>hi', undefined],
    ['invalid JSON', '{"state":', JSON_TYPE],
    ['an empty body', '', JSON_TYPE],
    ['a JSON array', '[]', JSON_TYPE],
    ['a JSON string', '"running"', JSON_TYPE],
    ['a number for state', '{"state":3}', JSON_TYPE],
    ['a string for error', '{"error":"boom"}', JSON_TYPE],
  ])('turns a 200 with %s into 502 DCW.UPSTREAM_BAD_RESPONSE', (_name, bodyText, contentType) => {
    const answer = mapUpstreamResponse({
      status: 200,
      bodyText,
      ...(contentType ? { contentType } : {}),
    });
    expect(answer).toMatchObject({
      status: 502,
      body: { error_code: 'DCW.UPSTREAM_BAD_RESPONSE' },
    });
  });

  it.each([401, 403, 404, 500, 503])('passes a JSON %i error on with its code', (status) => {
    const bodyText = JSON.stringify({ error_code: 'CDC.0001', error_msg: 'nope', trace: 'x' });
    expect(mapUpstreamResponse({ status, contentType: JSON_TYPE, bodyText })).toEqual({
      status,
      body: { error_code: 'CDC.0001', error_msg: 'nope' },
    });
  });

  it('turns a plain-string 429 into DCW.THROTTLED and keeps Retry-After', () => {
    expect(
      mapUpstreamResponse({
        status: 429,
        contentType: 'text/plain',
        bodyText: 'Too many requests',
        retryAfter: '5',
      }),
    ).toEqual({
      status: 429,
      body: { error_code: 'DCW.THROTTLED', error_msg: 'Too many requests' },
      retryAfter: '5',
    });
  });

  it('keeps a JSON 429 code and an HTTP-date Retry-After', () => {
    const retryAfter = 'Wed, 21 Oct 2065 07:28:00 GMT';
    const bodyText = '{"error_code":"APIGW.0308","error_msg":"slow down"}';
    expect(mapUpstreamResponse({ status: 429, bodyText, retryAfter })).toEqual({
      status: 429,
      body: { error_code: 'APIGW.0308', error_msg: 'slow down' },
      retryAfter,
    });
  });

  it('drops a Retry-After it cannot read', () => {
    expect(
      mapUpstreamResponse({ status: 429, bodyText: 'busy', retryAfter: 'soon' }),
    ).not.toHaveProperty('retryAfter');
  });

  it.each([
    [500, '<html>oops</html>', 'text/html'],
    [401, '', ''],
    [502, 'Bad Gateway', 'text/plain'],
  ])(
    'turns a non-JSON %i into DCW.UPSTREAM_ERROR with the status kept',
    (status, bodyText, contentType) => {
      const answer = mapUpstreamResponse({ status, bodyText, contentType });
      expect(answer).toMatchObject({ status, body: { error_code: 'DCW.UPSTREAM_ERROR' } });
      expect(String(answer.body['error_msg'])).not.toContain('<');
    },
  );

  it.each([301, 302, 307, 308, 204, 201, 100])('turns a %i into 502', (status) => {
    expect(mapUpstreamResponse({ status, bodyText: '' })).toMatchObject({
      status: 502,
      body: { error_code: 'DCW.UPSTREAM_BAD_RESPONSE' },
    });
  });
});
