/**
 * Reads the overview's state-class chips ("All 5000", "Stable 4102", …, "Fetch problems 3"):
 * `total` from "All", `stated` = the sum of the class chips, i.e. instances with a first answer
 * (the board counts an instance in a class only once it has data).
 * Self-contained: its source is also injected into the page.
 * @example countStated(['All 3', 'Stable 2', 'Faulted 1']) → { total: 3, stated: 3 }
 */
export function countStated(labels: readonly string[]): { total: number | null; stated: number } {
  let total: number | null = null;
  let stated = 0;
  for (const label of labels) {
    const match = /^\s*(.*?)\s+([\d,]+)\s*$/.exec(label);
    if (!match) continue;
    const name = (match[1] ?? '').toLowerCase();
    const n = Number((match[2] ?? '').replace(/,/g, ''));
    if (name === 'all') total = n;
    else if (name !== 'fetch problems') stated += n;
  }
  return { total, stated };
}
