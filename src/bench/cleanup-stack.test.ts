import { describe, expect, it } from 'vitest';
import { CleanupStack } from './cleanup-stack.ts';

describe('CleanupStack', () => {
  it('stops everything newest first', async () => {
    const stack = new CleanupStack();
    const order: string[] = [];
    stack.defer('simulator', () => void order.push('simulator'));
    stack.defer('proxy', async () => void order.push('proxy'));
    await stack.runAll();
    expect(order).toEqual(['proxy', 'simulator']);
  });

  it('keeps stopping the rest when one stop fails, and names the failure', async () => {
    const stack = new CleanupStack();
    const stopped: string[] = [];
    stack.defer('simulator', () => void stopped.push('simulator'));
    stack.defer('nginx', () => {
      throw new Error('still running');
    });
    expect(await stack.runAll()).toEqual(['nginx: still running']);
    expect(stopped).toEqual(['simulator']);
  });

  it('runs an early stop once and forgets it', async () => {
    const stack = new CleanupStack();
    let stops = 0;
    const stopProxy = stack.defer('proxy', () => void (stops += 1));
    await stopProxy();
    await stopProxy();
    await stack.runAll();
    expect(stops).toBe(1);
    expect(stack.size).toBe(0);
  });
});
