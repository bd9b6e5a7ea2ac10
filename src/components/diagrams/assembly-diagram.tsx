import { useId } from 'react';
import type { AssemblyDiagramContent } from '../../domain/course/diagram-types';
import { ArrowMarker, DiagramFigure, DiagramSvg, partProps, useExplore } from './diagram-parts';

const W = 168;
const H = 64;
const SLOTS = [
  { x: 8, y: 8 },
  { x: 184, y: 8 },
  { x: 8, y: 84 },
  { x: 184, y: 84 },
];
const RESULT = { x: 40, y: 196, w: 280, h: 52 };

/** Building blocks that combine into one result; exploring a block marks the words it adds to the sentence. */
export function AssemblyDiagram({ content }: { content: AssemblyDiagramContent }) {
  const explore = useExplore();
  const { selected, toggle } = explore;
  const arrow = useId().replace(/:/g, '');
  const picture = (
    <DiagramSvg title={content.title} viewBox="0 0 360 256">
      <ArrowMarker id={arrow} />
      {content.parts.slice(0, SLOTS.length).map((part, i) => {
        const slot = SLOTS[i] ?? { x: 0, y: 0 };
        return (
          <g key={part.id} {...partProps(part.id, selected, toggle)}>
            <rect x={slot.x} y={slot.y} width={W} height={H} rx="10" className="diagram-box" />
            <text
              x={slot.x + W / 2}
              y={slot.y + 25}
              textAnchor="middle"
              className="diagram-label diagram-label-strong"
            >
              {part.label}
            </text>
            <text x={slot.x + W / 2} y={slot.y + 47} textAnchor="middle" className="diagram-note">
              {part.short}
            </text>
          </g>
        );
      })}
      <line
        x1="180"
        y1="154"
        x2="180"
        y2={RESULT.y - 4}
        className="diagram-line"
        markerEnd={`url(#${arrow})`}
      />
      <rect
        x={RESULT.x}
        y={RESULT.y}
        width={RESULT.w}
        height={RESULT.h}
        rx="12"
        className="diagram-box diagram-centre"
      />
      <text
        x="180"
        y={RESULT.y + RESULT.h / 2}
        textAnchor="middle"
        dominantBaseline="middle"
        className="diagram-label diagram-label-strong"
      >
        {content.resultLabel}
      </text>
    </DiagramSvg>
  );
  return (
    <DiagramFigure
      kind="assembly"
      content={content}
      picture={picture}
      parts={content.parts}
      explore={explore}
      after={
        <blockquote className="diagram-sentence" aria-label={content.resultLabel}>
          {content.sentence.map((piece, i) =>
            piece.part && piece.part === selected ? (
              <mark key={i} className="diagram-mark">
                {piece.text}
              </mark>
            ) : (
              <span key={i}>{piece.text}</span>
            ),
          )}
        </blockquote>
      }
      textVersion={
        <table>
          <thead>
            <tr>
              <th scope="col">Part</th>
              <th scope="col">What it means</th>
              <th scope="col">Words it adds to the definition</th>
            </tr>
          </thead>
          <tbody>
            {content.parts.map((part) => (
              <tr key={part.id}>
                <th scope="row">{part.label}</th>
                <td>{part.summary}</td>
                <td>
                  {content.sentence
                    .filter((piece) => piece.part === part.id)
                    .map((piece) => `“${piece.text}”`)
                    .join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
