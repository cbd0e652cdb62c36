import { styled } from '@mui/material/styles';
import { describeState, type StateInfo } from '../domain/instance-state.ts';
import type { Transition } from '../domain/state-machine.ts';

export interface NextTransitionListProps {
  info: StateInfo;
  next: readonly Transition[];
}

const Caption = styled('figcaption')(({ theme }) => ({
  marginTop: theme.spacing(1),
  fontSize: '0.875rem',
  color: theme.palette.text.primary,
  '& ul': { margin: theme.spacing(0.5, 0, 0), paddingLeft: theme.spacing(2.5) },
  '& .trigger': { fontWeight: 600 },
  '& .aside': { color: theme.palette.text.secondary },
}));

/** The diagram in words: the current state and every documented way out of it. */
export function NextTransitionList({ info, next }: NextTransitionListProps) {
  if (info.known === null) {
    return (
      <Caption>
        {info.raw === undefined
          ? 'No state reported, so nothing is highlighted.'
          : `The current state “${info.label}” is not part of the documented state machine.`}
      </Caption>
    );
  }
  return (
    <Caption>
      Current state: <strong>{info.label}</strong>
      {info.documented === 'notes' && (
        <span className="aside"> (known from other versions of the API)</span>
      )}
      .{' '}
      {next.length === 0 ? (
        'No documented next state.'
      ) : (
        <>
          Documented next states:
          <ul aria-label="Documented next states">
            {next.map((t) => (
              <li key={`${t.to}-${t.trigger}`}>
                {t.to === info.known ? `${info.label} (stays)` : describeState(t.to).label} — via{' '}
                <span className="trigger">{t.trigger}</span>
                {t.source === 'notes' && <span className="aside"> (other API versions)</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </Caption>
  );
}
