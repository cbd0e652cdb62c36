import type { Theme } from '@mui/material/styles';
import type { Severity } from '../domain/presentation.ts';

/** The text colour for a severity; each keeps 4.5:1 on its own 12 % tint (see app/theme.test.ts). */
export function severityColor(theme: Theme, severity: Severity): string {
  return severity === 'neutral' ? theme.palette.text.secondary : theme.palette[severity].main;
}
