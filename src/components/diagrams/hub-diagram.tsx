import { useId } from 'react';
import type { HubDiagramContent } from '../../domain/course/diagram-types';
import { ArrowMarker, DiagramFigure, DiagramSvg, SvgLabel, partProps, useExplore } from './diagram-parts';

const W = 150;
const H = 64;
const CENTRE = { x: 180, y: 177, r: 64 };
const SLOTS = [
  { x: 14, y: 14 },
  { x: 196, y: 14 },
  { x: 14, y: 270 },
  { x: 196, y: 270 },
];

/** From the edge of a part's box to the edge of the centre circle. */
function spoke(slot: { x: number; y: number }) {
  const sx = slot.x + W / 2;
  const sy = slot.y < CENTRE.y ? slot.y + H : slot.y;
  const dx = CENTRE.x - sx;
  const dy = CENTRE.y - sy;
  const len = Math.hypot(dx, dy);
  return {
    x1: sx,
    y1: sy,
    x2: CENTRE.x - (dx / len) * (CENTRE.r + 4),
    y2: CENTRE.y - (dy / len) * (CENTRE.r + 4),
  };
}

/** One part at the centre and four around it, inside a frame naming what the organisation controls. */
export function HubDiagram({ content }: { content: HubDiagramContent }) {
  const explore = useExplore();
  const { selected, toggle } = explore;
  const arrow = useId().replace(/:/g, '');
  const { centre, parts } = content;
  const picture = (
    <DiagramSvg title={content.title} viewBox="0 0 360 372">
      <ArrowMarker id={arrow} />
      <rect x="4" y="4" width="352" height="362" rx="18" className="diagram-frame" />
      <text x="180" y="352" textAnchor="middle" className="diagram-note">
        {content.ringLabel}
      </text>
      {parts.slice(0, SLOTS.length).map((part, i) => {
        const slot = SLOTS[i] ?? { x: 0, y: 0 };
        return (
          <g key={part.id} {...partProps(part.id, selected, toggle)}>
            <line {...spoke(slot)} className="diagram-line" markerEnd={`url(#${arrow})`} />
            <rect x={slot.x} y={slot.y} width={W} height={H} rx="10" className="diagram-box" />
            <SvgLabel x={slot.x + W / 2} y={slot.y + H / 2} label={part.label} />
          </g>
        );
      })}
      <g {...partProps(centre.id, selected, toggle)}>
        <circle cx={CENTRE.x} cy={CENTRE.y} r={CENTRE.r} className="diagram-box diagram-centre" />
        <SvgLabel
          x={CENTRE.x}
          y={CENTRE.y}
          label={centre.label}
          className="diagram-label diagram-label-strong"
        />
      </g>
    </DiagramSvg>
  );
  return (
    <DiagramFigure
      kind="hub"
      content={content}
      picture={picture}
      parts={[centre, ...parts]}
      explore={explore}
      textVersion={
        <ul>
          <li>
            At the centre, <strong>{centre.label.replace(/\n/g, ' ')}</strong>: {centre.summary}
          </li>
          <li>
            {content.ringLabel}:
            <ul>
              {parts.map((part) => (
                <li key={part.id}>
                  <strong>{part.label.replace(/\n/g, ' ')}</strong>: {part.summary}
                </li>
              ))}
            </ul>
          </li>
        </ul>
      }
    />
  );
}
