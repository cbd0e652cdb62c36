import type { ReactElement } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { ThemeProvider } from '@mui/material/styles';
import { createAppTheme, type ColorMode } from '../app/theme.ts';

const themes = { light: createAppTheme('light'), dark: createAppTheme('dark') };

/** Renders inside the app theme (light unless told). */
export function renderWithTheme(ui: ReactElement, mode: ColorMode = 'light'): RenderResult {
  return render(<ThemeProvider theme={themes[mode]}>{ui}</ThemeProvider>);
}
