import { useId } from 'react';
import type { ChainDiagramContent } from '../../domain/course/diagram-types';
import { ArrowMarker, DiagramFigure, DiagramSvg, oneLine, partProps, useExplore } from './diagram-parts';

const BOX = { x: 30, w: 300, h: 62, gap: 34, top: 8 };

/** Links from top to bottom, each serving the one below it. */
export function ChainDiagram({ content }: { content: ChainDiagramContent }) {
  const explore = useExplore();
  const { selected, toggle } = explore;
  const arrow = useId().replace(/:/g, '');
  const n = content.links.length;
  const height = BOX.top * 2 + n * BOX.h + (n - 1) * BOX.gap;
  const last = n - 1;
  const picture = (
    <DiagramSvg title={content.title} viewBox={`0 0 360 ${height}`}>
      <ArrowMarker id={arrow} />
      {content.links.map((link, i) => {
        const y = BOX.top + i * (BOX.h + BOX.gap);
        return (
          <g key={link.id} {...partProps(link.id, selected, toggle)}>
            {i < last && (
              <>
                <line
                  x1={180}
                  y1={y + BOX.h}
                  x2={180}
                  y2={y + BOX.h + BOX.gap - 3}
                  className="diagram-line"
                  markerEnd={`url(#${arrow})`}
                />
                <text x={192} y={y + BOX.h + BOX.gap / 2} dominantBaseline="middle" className="diagram-note">
                  serves
                </text>
              </>
            )}
            <rect
              x={BOX.x}
              y={y}
              width={BOX.w}
              height={BOX.h}
              rx="10"
              className={i === last ? 'diagram-box diagram-centre' : 'diagram-box'}
            />
            <text x={180} y={y + 24} textAnchor="middle" className="diagram-label diagram-label-strong">
              {oneLine(link.label)}
            </text>
            <text x={180} y={y + 46} textAnchor="middle" className="diagram-note">
              {link.role}
            </text>
          </g>
        );
      })}
    </DiagramSvg>
  );
  return (
    <DiagramFigure
      kind="chain"
      content={content}
      picture={picture}
      parts={content.links}
      explore={explore}
      textVersion={
        <ol>
          {content.links.map((link, i) => (
            <li key={link.id}>
              <strong>{oneLine(link.label)}</strong> ({link.role.toLowerCase()}): {link.summary}
              {i < last && <> It serves the next link.</>}
            </li>
          ))}
        </ol>
      }
    />
  );
}
