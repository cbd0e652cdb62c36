import { memo } from 'react';
import { styled } from '@mui/material/styles';
import ErrorOutlineOutlinedIcon from '@mui/icons-material/ErrorOutlineOutlined';
import { describeErrorType } from '../domain/error-status.ts';
import type { ErrorStatus } from '../domain/instance-status.ts';
import { MONO_FONT } from './mono-font.ts';
import { VisuallyHidden } from './visually-hidden.tsx';

export interface ErrorSummaryProps {
  error?: ErrorStatus;
}

const Root = styled('span')(({ theme }) => ({
  display: 'inline-flex',
  alignItems: 'center',
  gap: 6,
  minWidth: 0,
  maxWidth: '100%',
  fontSize: '0.8125rem',
  lineHeight: 1.4,
  color: theme.palette.text.primary,
  '& > .err-icon': { display: 'inline-flex', fontSize: '1.05rem', color: theme.palette.error.main },
  '& > .err-type': { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  '& > .err-code': {
    fontFamily: MONO_FONT,
    fontSize: '0.75rem',
    color: theme.palette.text.secondary,
    whiteSpace: 'nowrap',
  },
}));

function hasContent(error: ErrorStatus | undefined): error is ErrorStatus {
  return (
    error !== undefined &&
    [error.error_code, error.error_msg, error.error_type].some((v) => v !== undefined && v !== '')
  );
}

/** One line for a row: the error type in words plus its code; the message is the hover title. */
export const ErrorSummary = memo(function ErrorSummary({ error }: ErrorSummaryProps) {
  if (!hasContent(error)) return null;
  const type = describeErrorType(error.error_type);
  return (
    <Root title={error.error_msg} data-known-type={type.known}>
      <span className="err-icon" aria-hidden>
        <ErrorOutlineOutlinedIcon fontSize="inherit" />
      </span>
      <span className="err-type">
        <VisuallyHidden>Error: </VisuallyHidden>
        {type.label}
      </span>
      {error.error_code !== undefined && error.error_code !== '' && (
        <span className="err-code">{error.error_code}</span>
      )}
    </Root>
  );
});
