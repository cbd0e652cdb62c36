import { memo, useId } from 'react';
import Paper from '@mui/material/Paper';
import { styled } from '@mui/material/styles';
import ErrorOutlineOutlinedIcon from '@mui/icons-material/ErrorOutlineOutlined';
import { describeErrorType } from '../domain/error-status.ts';
import type { ErrorStatus } from '../domain/instance-status.ts';
import { CopyJsonButton } from './copy-json-button.tsx';
import { MONO_FONT } from './mono-font.ts';

export interface ErrorStatusPanelProps {
  error: ErrorStatus;
}

const Root = styled(Paper)(({ theme }) => ({
  padding: theme.spacing(1.5, 2),
  borderLeft: `4px solid ${theme.palette.error.main}`,
  display: 'flex',
  flexDirection: 'column',
  gap: theme.spacing(1),
  minWidth: 0,
}));

const Heading = styled('h3')(({ theme }) => ({
  margin: 0,
  display: 'flex',
  alignItems: 'center',
  gap: theme.spacing(1),
  fontSize: '1rem',
  fontWeight: 600,
  '& > svg': { color: theme.palette.error.main },
}));

const Fields = styled('dl')(({ theme }) => ({
  margin: 0,
  display: 'grid',
  gridTemplateColumns: 'max-content minmax(0, 1fr)',
  columnGap: theme.spacing(2),
  rowGap: theme.spacing(0.5),
  fontSize: '0.875rem',
  '& dt': { color: theme.palette.text.secondary },
  '& dd': { margin: 0, minWidth: 0 },
  '& .mono': { fontFamily: MONO_FONT, fontSize: '0.8125rem' },
  '& .message': { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  '& .absent': { color: theme.palette.text.secondary, fontStyle: 'italic' },
}));

const Actions = styled('div')(({ theme }) => ({
  display: 'flex',
  alignItems: 'center',
  gap: theme.spacing(1.5),
  flexWrap: 'wrap',
}));

function Absent({ what }: { what: string }) {
  return <span className="absent">No {what} reported</span>;
}

/** The full `error` object: type in words, code, the message as plain text, and a copy button. */
export const ErrorStatusPanel = memo(function ErrorStatusPanel({ error }: ErrorStatusPanelProps) {
  const headingId = useId();
  const type = describeErrorType(error.error_type);
  const hasType = error.error_type !== undefined && error.error_type !== '';
  return (
    <Root variant="outlined" role="group" aria-labelledby={headingId}>
      <Heading id={headingId}>
        <ErrorOutlineOutlinedIcon fontSize="small" aria-hidden />
        {type.label}
      </Heading>
      <Fields>
        <dt>Type</dt>
        <dd>
          {hasType ? (
            <>
              <span className="mono">{error.error_type}</span>
              {!type.known && ' (a type this version of dcwatch does not know)'}
            </>
          ) : (
            <Absent what="type" />
          )}
        </dd>
        <dt>Code</dt>
        <dd className="mono">{error.error_code || <Absent what="code" />}</dd>
        <dt>Message</dt>
        <dd className="message">{error.error_msg || <Absent what="message" />}</dd>
      </Fields>
      <Actions>
        <CopyJsonButton value={error} />
      </Actions>
    </Root>
  );
});
