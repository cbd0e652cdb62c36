import { describe, expect, it } from 'vitest';
import { Coalescer } from './coalescer.ts';

interface Answer {
  status: number;
  n: number;
}

function setup(freshnessMs = 1000, maxEntries = 100) {
  let clock = 0;
  let calls = 0;
  const coalescer = new Coalescer<Answer>({
    freshnessMs,
    maxEntries,
    isCacheable: (a) => a.status === 200 || a.status === 404,
    now: () => clock,
  });
  const produce =
    (status = 200) =>
    () => {
      calls += 1;
      return Promise.resolve({ status, n: calls });
    };
  return {
    coalescer,
    produce,
    calls: () => calls,
    advance: (ms: number) => {
      clock += ms;
    },
  };
}

describe('Coalescer', () => {
  it('shares one call among identical concurrent requests', async () => {
    const { coalescer, produce, calls } = setup();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => coalescer.get('k', produce())),
    );
    expect(calls()).toBe(1);
    expect(results.map((r) => r.outcome)).toEqual(['miss', ...Array<string>(19).fill('shared')]);
  });

  it('reuses a 200 within the freshness window and calls again after it', async () => {
    const { coalescer, produce, calls, advance } = setup(1000);
    await coalescer.get('k', produce());
    advance(999);
    expect((await coalescer.get('k', produce())).outcome).toBe('fresh');
    advance(1);
    expect((await coalescer.get('k', produce())).outcome).toBe('miss');
    expect(calls()).toBe(2);
  });

  it.each([401, 429, 500, 502, 504])('never reuses a %i', async (status) => {
    const { coalescer, produce, calls } = setup();
    await coalescer.get('k', produce(status));
    await coalescer.get('k', produce(status));
    expect(calls()).toBe(2);
  });

  it('reuses a 404', async () => {
    const { coalescer, produce, calls } = setup();
    await coalescer.get('k', produce(404));
    await coalescer.get('k', produce(404));
    expect(calls()).toBe(1);
  });

  it('keeps keys apart', async () => {
    const { coalescer, produce, calls } = setup();
    await Promise.all([coalescer.get('a', produce()), coalescer.get('b', produce())]);
    expect(calls()).toBe(2);
  });

  it('with a zero window only shares calls in flight', async () => {
    const { coalescer, produce, calls } = setup(0);
    await Promise.all([coalescer.get('k', produce()), coalescer.get('k', produce())]);
    await coalescer.get('k', produce());
    expect(calls()).toBe(2);
  });

  it('passes a failure to every waiter and does not keep it', async () => {
    const { coalescer } = setup();
    const fail = () => Promise.reject(new Error('boom'));
    const both = Promise.all([coalescer.get('k', fail), coalescer.get('k', fail)]);
    await expect(both).rejects.toThrow('boom');
    await expect(coalescer.get('k', () => Promise.resolve({ status: 200, n: 9 }))).resolves.toEqual(
      {
        value: { status: 200, n: 9 },
        outcome: 'miss',
      },
    );
  });

  it('stays within its bound: expired entries go first, then the least recently used', async () => {
    const { coalescer, produce, advance } = setup(1000, 3);
    await coalescer.get('a', produce());
    advance(2000);
    await coalescer.get('b', produce());
    await coalescer.get('c', produce());
    await coalescer.get('d', produce());
    expect(coalescer.size).toBe(3);
    await coalescer.get('b', produce());
    await coalescer.get('e', produce());
    expect(coalescer.size).toBe(3);
    expect((await coalescer.get('b', produce())).outcome).toBe('fresh');
    expect((await coalescer.get('c', produce())).outcome).toBe('miss');
  });

  it('hands a fresh value back at once, and nothing once it is stale', async () => {
    const { coalescer, produce, advance } = setup(1000);
    expect(coalescer.fresh('k')).toBeUndefined();
    await coalescer.get('k', produce());
    expect(coalescer.fresh('k')).toEqual({ status: 200, n: 1 });
    advance(1000);
    expect(coalescer.fresh('k')).toBeUndefined();
    expect(coalescer.size).toBe(0);
  });

  it('exposes the call in flight until it settles', async () => {
    const { coalescer, produce } = setup(0);
    const call = coalescer.start('k', produce());
    expect(coalescer.pending('k')).toBe(call);
    await call;
    expect(coalescer.pending('k')).toBeUndefined();
  });

  it('turns a produce that throws into a rejection that is not kept', async () => {
    const { coalescer } = setup();
    const thrower = () => {
      throw new Error('sync boom');
    };
    await expect(coalescer.get('k', thrower)).rejects.toThrow('sync boom');
    expect(coalescer.pending('k')).toBeUndefined();
  });
});
