import { useId } from 'react';
import type { FactorsDiagramContent } from '../../domain/course/diagram-types';
import {
  ArrowMarker,
  DiagramFigure,
  DiagramSvg,
  SvgLabel,
  oneLine,
  partProps,
  useExplore,
} from './diagram-parts';

const BOX = { x: 4, w: 200, h: 52, gap: 10, top: 8 };
const DECISION = { x: 244, w: 112, h: 96 };

/** Several factors, each an arrow into one decision. */
export function FactorsDiagram({ content }: { content: FactorsDiagramContent }) {
  const explore = useExplore();
  const { selected, toggle } = explore;
  const arrow = useId().replace(/:/g, '');
  const n = content.factors.length;
  const height = BOX.top * 2 + n * BOX.h + (n - 1) * BOX.gap;
  const decisionY = (height - DECISION.h) / 2;
  const picture = (
    <DiagramSvg title={content.title} viewBox={`0 0 360 ${height}`}>
      <ArrowMarker id={arrow} />
      {content.factors.map((factor, i) => {
        const y = BOX.top + i * (BOX.h + BOX.gap);
        return (
          <g key={factor.id} {...partProps(factor.id, selected, toggle)}>
            <line
              x1={BOX.x + BOX.w}
              y1={y + BOX.h / 2}
              x2={DECISION.x - 4}
              y2={decisionY + DECISION.h / 2 + (i - (n - 1) / 2) * 12}
              className="diagram-line"
              markerEnd={`url(#${arrow})`}
            />
            <rect x={BOX.x} y={y} width={BOX.w} height={BOX.h} rx="10" className="diagram-box" />
            <SvgLabel x={BOX.x + BOX.w / 2} y={y + BOX.h / 2} label={factor.label} />
          </g>
        );
      })}
      <rect
        x={DECISION.x}
        y={decisionY}
        width={DECISION.w}
        height={DECISION.h}
        rx="12"
        className="diagram-box diagram-centre"
      />
      <SvgLabel
        x={DECISION.x + DECISION.w / 2}
        y={decisionY + DECISION.h / 2}
        label={content.decision}
        className="diagram-label diagram-label-strong"
      />
    </DiagramSvg>
  );
  return (
    <DiagramFigure
      kind="factors"
      content={content}
      picture={picture}
      parts={content.factors.map((f) => ({
        ...f,
        detail: `${f.question} ${content.exampleHeading}: ${f.example} ${f.detail}`,
      }))}
      explore={explore}
      textVersion={
        <table>
          <thead>
            <tr>
              <th scope="col">Factor</th>
              <th scope="col">The question it asks</th>
              <th scope="col">{content.exampleHeading}</th>
            </tr>
          </thead>
          <tbody>
            {content.factors.map((f) => (
              <tr key={f.id}>
                <th scope="row">{oneLine(f.label)}</th>
                <td>{f.question}</td>
                <td>{f.example}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
