import { createTheme, type Theme } from '@mui/material/styles';
import { MONO_FONT } from '../components/mono-font.ts';

export type ColorMode = 'light' | 'dark';

/*
 * Status colours are picked so that `main` used as text on a 12 % tint of itself over the paper
 * background keeps a 4.5:1 contrast (see theme.test.ts): badges use exactly that pairing.
 */
const palettes = {
  light: {
    primary: { main: '#0b5cad' },
    secondary: { main: '#5a3fa0' },
    success: { main: '#1a7431' },
    info: { main: '#0a5fb4' },
    warning: { main: '#8a4b00' },
    error: { main: '#b42318' },
    background: { default: '#f5f7fa', paper: '#ffffff' },
    text: { primary: '#1b1f24', secondary: '#4f5965' },
    divider: 'rgba(27, 31, 36, 0.14)',
  },
  dark: {
    primary: { main: '#6cb6ff' },
    secondary: { main: '#c3a6ff' },
    success: { main: '#5fd07a' },
    info: { main: '#6cb6ff' },
    warning: { main: '#f0b94a' },
    error: { main: '#ff8a80' },
    background: { default: '#0e1116', paper: '#161b22' },
    text: { primary: '#e6edf3', secondary: '#a5afbb' },
    divider: 'rgba(230, 237, 243, 0.16)',
  },
} as const;

/** `createAppTheme('dark')`: the calm console theme (system fonts, quiet surfaces, accessible status colours). */
export function createAppTheme(mode: ColorMode): Theme {
  return createTheme({
    palette: { mode, ...palettes[mode] },
    shape: { borderRadius: 6 },
    typography: {
      fontFamily:
        'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
      fontSize: 14,
      button: { textTransform: 'none', fontWeight: 600 },
      h1: { fontSize: '1.5rem', fontWeight: 600 },
      h2: { fontSize: '1.25rem', fontWeight: 600 },
      h3: { fontSize: '1.1rem', fontWeight: 600 },
      overline: { letterSpacing: '0.06em' },
    },
    components: {
      MuiPaper: {
        defaultProps: { elevation: 0 },
        styleOverrides: { root: { backgroundImage: 'none' } },
      },
      MuiAppBar: { defaultProps: { elevation: 0, color: 'default' } },
      MuiButton: { defaultProps: { disableElevation: true } },
      MuiTooltip: { defaultProps: { arrow: true, enterDelay: 300 } },
      MuiCssBaseline: {
        styleOverrides: {
          'code, kbd, pre, samp': { fontFamily: MONO_FONT },
        },
      },
    },
  });
}
