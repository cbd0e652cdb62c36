import { memo, useId } from 'react';
import { useTheme } from '@mui/material/styles';
import { describeState, type KnownState } from '../domain/instance-state.ts';
import { stateSeverity } from '../domain/presentation.ts';
import { STATE_TRANSITIONS, nextTransitions, type Transition } from '../domain/state-machine.ts';
import { NextTransitionList } from './next-transition-list.tsx';
import { severityColor } from './severity-color.ts';
import { BOX, POSITIONS, START, VIEW, edgeLine, selfLoopPath } from './state-machine-layout.ts';

export interface StateMachineDiagramProps {
  /** The raw current `state`; synonyms are resolved, unknown values are explained. */
  state?: string;
}

const SPEC_STATES = (Object.keys(POSITIONS) as KnownState[]).filter(
  (s) => describeState(s).documented === 'spec',
);

function isBidirectional(t: Transition, edges: readonly Transition[]): boolean {
  return edges.some((o) => o.from === t.to && o.to === t.from);
}

/** The documented state machine with the current state highlighted and its next states marked. */
export const StateMachineDiagram = memo(function StateMachineDiagram({
  state,
}: StateMachineDiagramProps) {
  const theme = useTheme();
  const markerId = `sm-arrow-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const info = describeState(state);
  const current = info.known;
  const states =
    current && !SPEC_STATES.includes(current) ? [...SPEC_STATES, current] : SPEC_STATES;
  const edges = STATE_TRANSITIONS.filter(
    (t) => (t.from === 'start' || states.includes(t.from)) && states.includes(t.to),
  );
  const next = current ? nextTransitions(current) : [];
  const triggersTo = new Map<KnownState, string[]>();
  for (const t of next) triggersTo.set(t.to, [...(triggersTo.get(t.to) ?? []), t.trigger]);

  const { palette } = theme;
  const accent = palette.primary.main;
  const currentColor = severityColor(theme, stateSeverity(info));
  const halo = { paintOrder: 'stroke' as const, stroke: palette.background.paper, strokeWidth: 4 };
  const nextNames = [...triggersTo.keys()].map((s) => describeState(s).label);
  const summary = current
    ? `Documented instance state machine. Current state: ${info.label}. ${
        nextNames.length ? `Next: ${nextNames.join(', ')}.` : 'No documented next state.'
      }`
    : `Documented instance state machine. The current state (${info.label}) is not part of it.`;

  return (
    <figure style={{ margin: 0 }}>
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${VIEW.width} ${VIEW.height}`}
        style={{ width: '100%', maxWidth: VIEW.width, height: 'auto', display: 'block' }}
        fontFamily={theme.typography.fontFamily}
      >
        <defs>
          {(['plain', 'next'] as const).map((kind) => (
            <marker
              key={kind}
              id={`${markerId}-${kind}`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path
                d="M0 0 L10 5 L0 10 z"
                fill={kind === 'next' ? accent : palette.text.secondary}
              />
            </marker>
          ))}
        </defs>
        <circle cx={START.x} cy={START.y} r={START.r} fill={palette.text.secondary} />
        {edges.map((t) => {
          const isNext = current !== null && t.from === current;
          const stroke = isNext ? accent : palette.divider;
          const common = {
            stroke,
            strokeWidth: isNext ? 2 : 1.25,
            strokeDasharray: t.source === 'notes' ? '5 4' : undefined,
            fill: 'none',
            markerEnd: `url(#${markerId}-${isNext ? 'next' : 'plain'})`,
          };
          const key = `${t.from}-${t.to}`;
          if (t.from === t.to) return <path key={key} d={selfLoopPath(t.to)} {...common} />;
          return <line key={key} {...edgeLine(t, isBidirectional(t, edges))} {...common} />;
        })}
        {states.map((s) => {
          const { x, y } = POSITIONS[s];
          const isCurrent = s === current;
          const triggers = triggersTo.get(s);
          const isNext = !isCurrent && triggers !== undefined;
          const caption = isCurrent
            ? ['current', ...(triggers ?? []).map((tr) => `↻ ${tr}`)].join(' · ')
            : isNext
              ? `via ${triggers.join(' / ')}`
              : undefined;
          return (
            <g
              key={s}
              data-state={s}
              data-current={isCurrent || undefined}
              data-next={isNext || undefined}
            >
              <rect
                x={x - BOX.width / 2}
                y={y - BOX.height / 2}
                width={BOX.width}
                height={BOX.height}
                rx={8}
                fill={isCurrent ? currentColor : palette.background.paper}
                fillOpacity={isCurrent ? 0.14 : 1}
                stroke={isCurrent ? currentColor : isNext ? accent : palette.divider}
                strokeWidth={isCurrent ? 3 : isNext ? 2 : 1}
                strokeDasharray={isNext ? '4 3' : undefined}
              />
              <text
                x={x}
                y={y + 4.5}
                textAnchor="middle"
                fontSize={13}
                fontWeight={isCurrent ? 700 : 500}
                fill={isCurrent ? currentColor : palette.text.primary}
              >
                {describeState(s).label}
              </text>
              {caption && (
                <text
                  x={x}
                  y={y + BOX.height / 2 + 15}
                  textAnchor="middle"
                  fontSize={11}
                  fontWeight={isCurrent ? 700 : 400}
                  fill={isCurrent ? currentColor : accent}
                  {...halo}
                >
                  {caption}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <NextTransitionList info={info} next={next} />
    </figure>
  );
});
