import { useState } from 'react';
import Button from '@mui/material/Button';
import { styled } from '@mui/material/styles';
import ContentCopyOutlinedIcon from '@mui/icons-material/ContentCopyOutlined';

export interface CopyJsonButtonProps {
  value: unknown;
  label?: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

const MESSAGES: Record<CopyState, string> = {
  idle: '',
  copied: 'Copied to the clipboard.',
  failed: 'Copying is not available here; select the text instead.',
};

const Status = styled('span')(({ theme }) => ({
  fontSize: '0.8125rem',
  color: theme.palette.text.secondary,
}));

/** Copies `JSON.stringify(value, null, 2)`; the confirmation stays in a polite live region (no timers). */
export function CopyJsonButton({ value, label = 'Copy as JSON' }: CopyJsonButtonProps) {
  const [state, setState] = useState<CopyState>('idle');
  const copy = async () => {
    try {
      // navigator.clipboard is missing outside secure contexts (plain http on a LAN address).
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(JSON.stringify(value, null, 2));
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <Button
        size="small"
        variant="outlined"
        startIcon={<ContentCopyOutlinedIcon />}
        onClick={() => void copy()}
      >
        {label}
      </Button>
      <Status role="status">{MESSAGES[state]}</Status>
    </>
  );
}
