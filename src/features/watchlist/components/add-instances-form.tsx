import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useId, useState, type FormEvent } from 'react';
import { isValidId } from '../../../domain/ids.ts';
import { useAppStore } from '../../../stores/app-store.ts';
import { describeAddResult, type AddFeedback } from '../describe-add-result.ts';

/** Adds one or many instances of a project; pasted columns of IDs work. */
export function AddInstancesForm({ defaultProjectId = '' }: { defaultProjectId?: string }) {
  const addInstances = useAppStore((s) => s.addInstances);
  const [projectId, setProjectId] = useState(defaultProjectId);
  const [ids, setIds] = useState('');
  const [feedback, setFeedback] = useState<AddFeedback | null>(null);
  const [touched, setTouched] = useState(false);
  const feedbackId = useId();
  const projectError = touched && projectId.trim() !== '' && !isValidId(projectId.trim());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    const result = addInstances(projectId, ids);
    const next = describeAddResult(result);
    setFeedback(next);
    if (result.added.length > 0 && result.invalid.length === 0) setIds('');
  };

  return (
    <Stack
      component="form"
      spacing={1.5}
      onSubmit={submit}
      aria-label="Add instances to the watchlist"
      noValidate
    >
      <TextField
        label="Project ID"
        size="small"
        required
        value={projectId}
        onChange={(e) => setProjectId(e.target.value)}
        onBlur={() => setTouched(true)}
        error={projectError}
        helperText={projectError ? 'Letters, digits, - and _ only, at most 64 characters.' : ' '}
        slotProps={{ htmlInput: { autoComplete: 'off', spellCheck: false } }}
      />
      <TextField
        label="Instance IDs"
        multiline
        minRows={2}
        maxRows={8}
        required
        value={ids}
        onChange={(e) => setIds(e.target.value)}
        helperText="One or many, separated by commas, spaces or new lines (a pasted column works)."
        slotProps={{
          htmlInput: { spellCheck: false, 'aria-describedby': feedback ? feedbackId : undefined },
        }}
      />
      <div>
        <Button type="submit" variant="contained">
          Add to watchlist
        </Button>
      </div>
      {feedback && (
        <Alert id={feedbackId} severity={feedback.severity} role="status">
          {feedback.lines.map((line) => (
            <div key={line}>{line}</div>
          ))}
        </Alert>
      )}
    </Stack>
  );
}
