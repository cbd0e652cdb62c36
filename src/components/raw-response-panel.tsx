import { memo, useId } from 'react';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import { styled } from '@mui/material/styles';
import DataObjectOutlinedIcon from '@mui/icons-material/DataObjectOutlined';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { CopyJsonButton } from './copy-json-button.tsx';
import { MONO_FONT } from './mono-font.ts';

export interface RawResponsePanelProps {
  /** Any value; shown as pretty JSON (2-space indent) only once expanded. */
  value: unknown;
  title?: string;
}

const Summary = styled('span')(({ theme }) => ({
  display: 'inline-flex',
  alignItems: 'center',
  gap: theme.spacing(1),
  fontSize: '0.875rem',
  fontWeight: 600,
  '& > svg': { color: theme.palette.text.secondary },
}));

const Code = styled('pre')(({ theme }) => ({
  margin: 0,
  padding: theme.spacing(1.5),
  maxHeight: '24rem',
  overflow: 'auto',
  borderRadius: theme.shape.borderRadius,
  backgroundColor: theme.palette.action.hover,
  fontFamily: MONO_FONT,
  fontSize: '0.8125rem',
  lineHeight: 1.5,
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
}));

/** Pretty JSON that never throws: undefined, cycles and bigints still show something. */
export function toPrettyJson(value: unknown): string {
  if (value === undefined) return '(nothing)';
  try {
    return JSON.stringify(
      value,
      (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v),
      2,
    );
  } catch {
    return String(value);
  }
}

function Body({ value }: { value: unknown }) {
  return (
    <>
      <Code tabIndex={0}>{toPrettyJson(value)}</Code>
      <div style={{ marginTop: 8, display: 'flex', gap: 12, alignItems: 'center' }}>
        <CopyJsonButton value={value} />
      </div>
    </>
  );
}

/** Collapsible raw JSON for people who want to see exactly what the API sent. */
export const RawResponsePanel = memo(function RawResponsePanel({
  value,
  title = 'Raw response',
}: RawResponsePanelProps) {
  const id = useId();
  return (
    <Accordion
      disableGutters
      variant="outlined"
      slotProps={{ transition: { unmountOnExit: true } }}
    >
      <AccordionSummary
        expandIcon={<ExpandMoreIcon />}
        id={`${id}-header`}
        aria-controls={`${id}-content`}
      >
        <Summary>
          <DataObjectOutlinedIcon fontSize="small" aria-hidden />
          {title}
        </Summary>
      </AccordionSummary>
      <AccordionDetails>
        <Body value={value} />
      </AccordionDetails>
    </Accordion>
  );
});
