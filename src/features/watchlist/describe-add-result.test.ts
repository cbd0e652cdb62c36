import { describe, expect, it } from 'vitest';
import { describeAddResult } from './describe-add-result.ts';

const base = { added: [], alreadyWatched: [], invalid: [], duplicates: [], invalidProject: false };

describe('describeAddResult', () => {
  it('confirms what was added', () => {
    expect(describeAddResult({ ...base, added: ['a', 'b'] })).toEqual({
      severity: 'success',
      lines: ['Added 2 instances.'],
    });
  });

  it('names invalid and duplicate IDs', () => {
    const feedback = describeAddResult({
      ...base,
      added: ['a'],
      invalid: ['x/y'],
      duplicates: ['a'],
    });
    expect(feedback.severity).toBe('warning');
    expect(feedback.lines.join(' ')).toMatch(/Not valid IDs.*x\/y/);
    expect(feedback.lines.join(' ')).toMatch(/more than once.*a/);
  });

  it('asks for IDs when there were none', () => {
    expect(describeAddResult(base)).toEqual({
      severity: 'error',
      lines: ['Enter at least one instance ID.'],
    });
  });

  it('explains a bad project ID', () => {
    expect(describeAddResult({ ...base, invalidProject: true }).severity).toBe('error');
  });
});
