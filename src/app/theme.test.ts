import { describe, expect, it } from 'vitest';
import { decomposeColor, getContrastRatio, recomposeColor } from '@mui/material/styles';
import { createAppTheme } from './theme.ts';

/** `tint` of `color` laid over `background`, as the badges draw it. */
function over(background: string, color: string, tint: number): string {
  const bg = decomposeColor(background).values;
  const fg = decomposeColor(color).values;
  const values = [0, 1, 2].map((i) =>
    Math.round((bg[i] ?? 0) * (1 - tint) + (fg[i] ?? 0) * tint),
  ) as [number, number, number];
  return recomposeColor({ type: 'rgb', values });
}

describe.each(['light', 'dark'] as const)('createAppTheme(%s)', (mode) => {
  const theme = createAppTheme(mode);
  const { background } = theme.palette;

  it('sets the requested mode', () => {
    expect(theme.palette.mode).toBe(mode);
  });

  it.each(['success', 'info', 'warning', 'error', 'primary'] as const)(
    '%s text keeps 4.5:1 on its own tint over both backgrounds',
    (key) => {
      const main = theme.palette[key].main;
      for (const surface of [background.paper, background.default]) {
        expect(getContrastRatio(main, over(surface, main, 0.12))).toBeGreaterThanOrEqual(4.5);
      }
    },
  );

  it('secondary text keeps 4.5:1 on a neutral tint', () => {
    const secondary = theme.palette.text.secondary;
    expect(
      getContrastRatio(secondary, over(background.paper, secondary, 0.12)),
    ).toBeGreaterThanOrEqual(4.5);
  });
});
