import { describe, expect, it } from 'vitest';
import { isValidId, parseIdList } from './ids.ts';

describe('isValidId', () => {
  it.each([
    ['0f3c9a2b-4d5e', true],
    ['a_B-9', true],
    ['x'.repeat(64), true],
    ['x'.repeat(65), false],
    ['', false],
    ['../x', false],
    ['a b', false],
    ['a/b', false],
    ['é', false],
  ])('%j → %s', (value, expected) => {
    expect(isValidId(value)).toBe(expected);
  });
});

describe('parseIdList', () => {
  it.each([
    ['', { ids: [], invalid: [], duplicates: [] }],
    ['  \n , ', { ids: [], invalid: [], duplicates: [] }],
    ['a', { ids: ['a'], invalid: [], duplicates: [] }],
    ['b, a\nc d', { ids: ['b', 'a', 'c', 'd'], invalid: [], duplicates: [] }],
    ['a,,b\r\n\tc', { ids: ['a', 'b', 'c'], invalid: [], duplicates: [] }],
    ['a a a b a', { ids: ['a', 'b'], invalid: [], duplicates: ['a'] }],
    ['b a b a', { ids: ['b', 'a'], invalid: [], duplicates: ['b', 'a'] }],
    ['a ../x b ../x', { ids: ['a', 'b'], invalid: ['../x'], duplicates: [] }],
    ['A a', { ids: ['A', 'a'], invalid: [], duplicates: [] }],
    ['a;b', { ids: [], invalid: ['a;b'], duplicates: [] }],
  ])('%j', (text, expected) => {
    expect(parseIdList(text)).toEqual(expected);
  });
});
