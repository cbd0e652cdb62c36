import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetAppStore, useAppStore } from '../../../stores/app-store.ts';
import { AddInstancesForm } from './add-instances-form.tsx';

beforeEach(() => {
  localStorage.clear();
  resetAppStore();
});

describe('AddInstancesForm', () => {
  it('adds a pasted column of IDs and reports bad and repeated ones', async () => {
    const user = userEvent.setup();
    render(<AddInstancesForm />);
    await user.type(screen.getByRole('textbox', { name: /project id/i }), 'proj-1');
    await user.click(screen.getByRole('textbox', { name: /instance ids/i }));
    await user.paste('i-1\ni-2\ni-2\nnot/valid');
    await user.click(screen.getByRole('button', { name: 'Add to watchlist' }));
    expect(useAppStore.getState().watchlist.map((e) => e.instanceId)).toEqual(['i-1', 'i-2']);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Added 2 instances.');
    expect(status).toHaveTextContent(/more than once.*i-2/);
    expect(status).toHaveTextContent(/Not valid IDs.*not\/valid/);
  });

  it('flags an invalid project ID', async () => {
    const user = userEvent.setup();
    render(<AddInstancesForm />);
    await user.type(screen.getByRole('textbox', { name: /project id/i }), 'bad project');
    await user.type(screen.getByRole('textbox', { name: /instance ids/i }), 'i-1');
    await user.click(screen.getByRole('button', { name: 'Add to watchlist' }));
    expect(screen.getByRole('status')).toHaveTextContent('The project ID is not valid.');
    expect(useAppStore.getState().watchlist).toEqual([]);
  });
});
