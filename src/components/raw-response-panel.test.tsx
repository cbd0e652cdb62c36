import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RawResponsePanel, toPrettyJson } from './raw-response-panel.tsx';
import { renderWithTheme } from './test-utils.tsx';

describe('RawResponsePanel', () => {
  it('starts collapsed and shows pretty JSON when opened', async () => {
    const user = userEvent.setup();
    const value = { state: 'hibernating', extra: { a: 1 } };
    renderWithTheme(<RawResponsePanel value={value} title="Last response" />);
    const toggle = screen.getByRole('button', { name: 'Last response' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText((_, el) => el?.tagName === 'PRE')).toHaveTextContent(
      JSON.stringify(value, null, 2).replace(/\s+/g, ' '),
    );
  });

  it('has a default title', () => {
    renderWithTheme(<RawResponsePanel value={null} />);
    expect(screen.getByRole('button', { name: 'Raw response' })).toBeInTheDocument();
  });
});

describe('toPrettyJson', () => {
  it('indents by two spaces', () => {
    expect(toPrettyJson({ a: 1 })).toBe('{\n  "a": 1\n}');
  });

  it('never throws', () => {
    const loop: Record<string, unknown> = {};
    loop['self'] = loop;
    expect(toPrettyJson(loop)).toBe('[object Object]');
    expect(toPrettyJson(10n)).toBe('"10"');
    expect(toPrettyJson(undefined)).toBe('(nothing)');
  });
});
