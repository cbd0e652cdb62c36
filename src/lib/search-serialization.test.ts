import { describe, expect, it } from 'vitest';
import { parseSearch, stringifySearch } from './search-serialization.ts';

describe('search serialization', () => {
  it('keeps every value a string, even ones that look like JSON', () => {
    expect(parseSearch('?q=123&ids=a,b&flag=true')).toEqual({ q: '123', ids: 'a,b', flag: 'true' });
  });

  it('writes readable commas and leaves out empty values', () => {
    expect(stringifySearch({ ids: 'a,b', q: '', sort: undefined })).toBe('?ids=a,b');
    expect(stringifySearch({})).toBe('');
  });

  it('round-trips text with spaces and symbols', () => {
    const search = { q: 'web 01 & db?' };
    expect(parseSearch(stringifySearch(search))).toEqual(search);
  });
});
