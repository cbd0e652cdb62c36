import { describe, expect, it } from 'vitest';
import { instanceStatusSchema, parseInstanceStatus } from './instance-status.ts';

describe('parseInstanceStatus accepts', () => {
  it.each([
    ['the spec example', { state: 'stopped' }, { state: 'stopped' }],
    ['an empty object', {}, {}],
    [
      'every field',
      {
        state: 'error',
        operation_state: 'install-failed',
        error: { error_code: 'DC.1', error_msg: 'boom', error_type: 'power_on_error' },
      },
      {
        state: 'error',
        operation_state: 'install-failed',
        error: { error_code: 'DC.1', error_msg: 'boom', error_type: 'power_on_error' },
      },
    ],
    ['unknown state kept raw', { state: 'Hibernating' }, { state: 'Hibernating' }],
    ['unknown operation kept raw', { operation_state: 'x-y' }, { operation_state: 'x-y' }],
    ['null fields as absent', { state: null, operation_state: null, error: null }, {}],
    [
      'null error fields as absent',
      { error: { error_code: null, error_msg: 'm' } },
      { error: { error_msg: 'm' } },
    ],
    [
      'extra top-level fields',
      { state: 'running', zone: 'az1', n: 2 },
      { state: 'running', zone: 'az1', n: 2 },
    ],
    [
      'extra error fields',
      { error: { error_type: 'new', detail: [1] } },
      { error: { error_type: 'new', detail: [1] } },
    ],
    ['empty strings', { state: '' }, { state: '' }],
  ])('%s', (_name, body, expected) => {
    const result = parseInstanceStatus(body);
    expect(result).toEqual({ ok: true, value: expected });
  });

  it('drops null keys rather than keeping them as undefined', () => {
    const result = parseInstanceStatus({ state: null });
    expect(result.ok && Object.keys(result.value)).toEqual([]);
  });
});

describe('parseInstanceStatus rejects', () => {
  it.each([
    ['null', null, 'body'],
    ['a string', 'running', 'body'],
    ['a number', 42, 'body'],
    ['an array', [{ state: 'running' }], 'body'],
    ['undefined', undefined, 'body'],
    ['a numeric state', { state: 3 }, 'state'],
    ['a boolean operation_state', { operation_state: true }, 'operation_state'],
    ['a string error', { error: 'broken' }, 'error'],
    ['an array error', { error: [] }, 'error'],
    ['a numeric error_code', { error: { error_code: 500 } }, 'error.error_code'],
  ])('%s', (_name, body, path) => {
    const result = parseInstanceStatus(body);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(new RegExp(`^${path}: `));
  });
});

describe('instanceStatusSchema', () => {
  it('is usable as a plain zod schema', () => {
    expect(instanceStatusSchema.safeParse({ state: 'pending' }).success).toBe(true);
    expect(instanceStatusSchema.safeParse({ state: 1 }).success).toBe(false);
  });
});
