import { useId, useState } from 'react';
import type { CycleDiagramContent } from '../../domain/course/diagram-types';
import {
  ArrowMarker,
  DiagramFigure,
  DiagramSvg,
  SvgLabel,
  oneLine,
  partProps,
  useExplore,
} from './diagram-parts';

const W = 140;
const H = 56;
/** Clockwise from the top: top, right, bottom, left. */
const SLOTS = [
  { x: 110, y: 12 },
  { x: 212, y: 142 },
  { x: 110, y: 272 },
  { x: 8, y: 142 },
];
const ARROWS = [
  'M 252 40 Q 282 40 282 138',
  'M 282 200 Q 282 300 254 300',
  'M 108 300 Q 78 300 78 202',
  'M 78 140 Q 78 40 106 40',
];
const BREAK = { x: 110, y: 352 };

/** Stages in a loop; a toggle shows the one step an employee can replace, and where the loop then goes. */
export function CycleDiagram({ content }: { content: CycleDiagramContent }) {
  const explore = useExplore();
  const { selected, toggle } = explore;
  const [shown, setShown] = useState(false);
  const arrow = useId().replace(/:/g, '');
  const { stages, breakPart } = content;
  const breakIndex = stages.findIndex((s) => s.id === content.breakAt);
  const showBreak = shown || selected === breakPart.id;
  const picture = (
    <DiagramSvg title={content.title} viewBox={showBreak ? '0 0 360 416' : '0 0 360 340'}>
      <ArrowMarker id={arrow} />
      {stages.slice(0, SLOTS.length).map((stage, i) => {
        const slot = SLOTS[i] ?? { x: 0, y: 0 };
        const replaced = showBreak && i === breakIndex;
        return (
          <g key={stage.id} {...partProps(stage.id, selected, toggle)}>
            <path
              d={ARROWS[i]}
              className={showBreak && i === breakIndex - 1 ? 'diagram-line is-cut' : 'diagram-line'}
              markerEnd={`url(#${arrow})`}
              fill="none"
            />
            <rect
              x={slot.x}
              y={slot.y}
              width={W}
              height={H}
              rx="10"
              className={replaced ? 'diagram-box is-replaced' : 'diagram-box'}
            />
            <SvgLabel x={slot.x + W / 2} y={slot.y + H / 2} label={stage.label} />
          </g>
        );
      })}
      {showBreak && (
        <g {...partProps(breakPart.id, selected, toggle)} data-testid="cycle-break">
          <text x="275" y="262" textAnchor="middle" className="diagram-cross" aria-hidden="true">
            ✕
          </text>
          <path
            d="M 330 200 Q 330 380 254 380"
            className="diagram-line diagram-line-break"
            markerEnd={`url(#${arrow})`}
            fill="none"
          />
          <rect x={BREAK.x} y={BREAK.y} width={W} height={H} rx="10" className="diagram-box diagram-break" />
          <SvgLabel
            x={BREAK.x + W / 2}
            y={BREAK.y + H / 2}
            label={breakPart.label}
            className="diagram-label diagram-label-strong"
          />
        </g>
      )}
    </DiagramSvg>
  );
  return (
    <DiagramFigure
      kind="cycle"
      content={content}
      picture={picture}
      parts={[...stages, breakPart]}
      explore={explore}
      before={
        <p className="diagram-toggle">
          <button
            type="button"
            className="diagram-button diagram-toggle-button"
            aria-pressed={showBreak}
            onClick={() => setShown(!showBreak)}
          >
            Show where an employee breaks the cycle
          </button>
        </p>
      }
      textVersion={
        <>
          <ol>
            {stages.map((stage) => (
              <li key={stage.id}>
                <strong>{oneLine(stage.label)}</strong>: {stage.summary}
              </li>
            ))}
          </ol>
          <p>Then the cycle starts again with the next customer.</p>
          <p>
            <strong>Where it breaks:</strong> at step {breakIndex + 1}. {breakPart.summary}
          </p>
        </>
      }
    />
  );
}
