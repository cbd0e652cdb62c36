/**
 * Hands out `items` round robin across every caller: 50 connections sharing one rotator
 * never ask for the same item at the same moment while there are more items than connections.
 * @example const next = rotator(['a', 'b']); [next(), next(), next()] → ['a', 'b', 'a']
 */
export function rotator<T>(items: readonly T[]): () => T {
  if (items.length === 0) throw new RangeError('rotator needs at least one item');
  let index = 0;
  return () => {
    const item = items[index] as T;
    index = (index + 1) % items.length;
    return item;
  };
}
