import { alpha, keyframes, styled } from '@mui/material/styles';
import type { Severity } from '../domain/presentation.ts';
import { severityColor } from './severity-color.ts';

export type PillSize = 'small' | 'medium' | 'large';

const spin = keyframes`
  from { transform: rotate(0deg); }
  to { transform: rotate(360deg); }
`;

interface PillStyleProps {
  severity: Severity;
  size: PillSize;
  /** Outline only (no tint): for things that are not instance states, e.g. fetch problems. */
  outline?: boolean;
}

const SIZES = {
  small: { fontSize: '0.75rem', height: 20, paddingInline: 6, gap: 4, icon: '0.95rem' },
  medium: { fontSize: '0.8125rem', height: 24, paddingInline: 8, gap: 5, icon: '1.1rem' },
  large: { fontSize: '0.9375rem', height: 30, paddingInline: 10, gap: 6, icon: '1.3rem' },
} as const;

const hidden = new Set<PropertyKey>(['severity', 'size', 'outline']);

/**
 * The one pill shape behind every status label: theme colour + icon + words, never colour alone.
 * Children: an icon wrapped in `PillIcon` and the words in `PillText`.
 */
export const Pill = styled('span', {
  shouldForwardProp: (prop) => !hidden.has(prop),
})<PillStyleProps>(({ theme, severity, size, outline }) => {
  const fg = severityColor(theme, severity);
  const s = SIZES[size];
  return {
    display: 'inline-flex',
    alignItems: 'center',
    gap: s.gap,
    maxWidth: '100%',
    height: s.height,
    paddingInline: s.paddingInline,
    boxSizing: 'border-box',
    borderRadius: s.height / 2,
    border: `1px ${outline ? 'dashed' : 'solid'} ${alpha(fg, outline ? 0.7 : 0.45)}`,
    backgroundColor: outline ? 'transparent' : alpha(fg, 0.12),
    color: fg,
    fontSize: s.fontSize,
    fontWeight: 600,
    lineHeight: 1,
    whiteSpace: 'nowrap',
    verticalAlign: 'middle',
    '&:focus-visible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: 2 },
    '--pill-icon-size': s.icon,
  };
});

export const PillIcon = styled('span', { shouldForwardProp: (prop) => prop !== 'spinning' })<{
  spinning?: boolean;
}>(({ spinning }) => ({
  display: 'inline-flex',
  flexShrink: 0,
  fontSize: 'var(--pill-icon-size, 1.1rem)',
  '& > svg': { fontSize: 'inherit' },
  ...(spinning && {
    animation: `${spin} 2.4s linear infinite`,
    '@media (prefers-reduced-motion: reduce)': { animation: 'none' },
  }),
}));

export const PillText = styled('span')({
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  minWidth: 0,
  maxWidth: '24em',
});
