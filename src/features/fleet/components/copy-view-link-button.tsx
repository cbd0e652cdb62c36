import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { useState } from 'react';
import { boardLinks } from '../board-link.ts';
import type { FleetEntry } from '../fleet-item.ts';
import type { FleetSearch } from '../fleet-search.ts';

interface CopyViewLinkButtonProps {
  entries: readonly FleetEntry[];
  search: FleetSearch;
}

/** Copies a shareable link to this view: the same instances, filters and sort as an ad-hoc board. */
export function CopyViewLinkButton({ entries, search }: CopyViewLinkButtonProps) {
  const [message, setMessage] = useState<string | null>(null);
  const copy = async () => {
    const links = boardLinks(window.location.origin, entries, search);
    try {
      await navigator.clipboard.writeText(links.join('\n'));
      setMessage(
        links.length === 1 ? 'Link copied.' : `Copied ${links.length} links, one per project.`,
      );
    } catch {
      setMessage('Could not copy: the browser did not allow access to the clipboard.');
    }
  };
  return (
    <>
      <Button
        variant="outlined"
        size="small"
        startIcon={<ContentCopyIcon />}
        onClick={() => void copy()}
        disabled={entries.length === 0}
      >
        Copy link to this view
      </Button>
      <Snackbar
        open={message !== null}
        autoHideDuration={4000}
        onClose={() => setMessage(null)}
        message={message}
      />
    </>
  );
}
