import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { StateMachineDiagram } from './state-machine-diagram.tsx';
import { renderWithTheme } from './test-utils.tsx';

function node(container: HTMLElement, state: string): Element | null {
  return container.querySelector(`g[data-state="${state}"]`);
}

describe('StateMachineDiagram', () => {
  it('highlights the current state and marks only its next states', () => {
    const { container } = renderWithTheme(<StateMachineDiagram state="running" />);
    expect(node(container, 'running')).toHaveAttribute('data-current', 'true');
    expect(node(container, 'stopped')).toHaveAttribute('data-next', 'true');
    expect(node(container, 'pending')).not.toHaveAttribute('data-next');
    expect(node(container, 'stopped')).toHaveTextContent('via PowerOff/PowerReboot');
  });

  it('lists the next transitions with their triggers, in words', () => {
    renderWithTheme(<StateMachineDiagram state="stopped" />);
    const items = within(screen.getByRole('list', { name: 'Documented next states' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual(
      expect.arrayContaining([
        'Running — via PowerOn/Provision Succeed',
        'Stopped (stays) — via ChangePassword',
        'Error — via Provision Failed',
        'Shutting down — via DeleteInstance',
      ]),
    );
  });

  it('is an image named after the current state and where it can go', () => {
    renderWithTheme(<StateMachineDiagram state="shutting_down" />);
    expect(screen.getByRole('img')).toHaveAccessibleName(
      expect.stringContaining('Current state: Shutting down. Next: Error, Terminated'),
    );
  });

  it('shows a state from other API versions only when it is current', () => {
    const { container, rerender } = renderWithTheme(<StateMachineDiagram state="running" />);
    expect(node(container, 'reinstalling')).toBeNull();
    rerender(<StateMachineDiagram state="reinstalling" />);
    expect(node(container, 'reinstalling')).toHaveAttribute('data-current', 'true');
    expect(screen.getByText(/known from other versions of the API/)).toBeInTheDocument();
  });

  it('says when the final state has nowhere to go', () => {
    renderWithTheme(<StateMachineDiagram state="terminated" />);
    expect(screen.getByText(/No documented next state/)).toBeInTheDocument();
  });

  it('explains an unknown state and highlights nothing', () => {
    const { container } = renderWithTheme(<StateMachineDiagram state="hibernating" />);
    expect(container.querySelector('[data-current]')).toBeNull();
    expect(
      screen.getByText(/“hibernating” is not part of the documented state machine/),
    ).toBeInTheDocument();
  });

  it('copes with no state at all', () => {
    renderWithTheme(<StateMachineDiagram />, 'dark');
    expect(screen.getByText(/No state reported/)).toBeInTheDocument();
  });
});
