import { useCallback, useId, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import type { DiagramPart } from '../../domain/course/diagram-types';
import './diagrams.css';

/** Which part a learner is exploring: one at a time; choosing it again, or Escape, closes it. */
export function useExplore() {
  const [selected, setSelected] = useState<string | null>(null);
  const toggle = useCallback((id: string) => setSelected((s) => (s === id ? null : id)), []);
  const clear = useCallback(() => setSelected(null), []);
  return { selected, toggle, clear };
}

export const oneLine = (label: string) => label.replace(/\n/g, ' ');

/** Text in the picture, one `<tspan>` per line of the label, centred on (x, y). */
export function SvgLabel({
  x,
  y,
  label,
  className,
  lineHeight = 18,
}: {
  x: number;
  y: number;
  label: string;
  className?: string;
  lineHeight?: number;
}) {
  const lines = label.split('\n');
  const first = y - ((lines.length - 1) * lineHeight) / 2;
  return (
    <text
      x={x}
      y={first}
      className={className ?? 'diagram-label'}
      textAnchor="middle"
      dominantBaseline="middle"
    >
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** An arrowhead marker for the picture's lines. */
export function ArrowMarker({ id }: { id: string }) {
  return (
    <defs>
      <marker
        id={id}
        viewBox="0 0 10 10"
        refX="9"
        refY="5"
        markerWidth="7"
        markerHeight="7"
        orient="auto-start-reverse"
      >
        <path d="M 0 0 L 10 5 L 0 10 z" className="diagram-arrowhead" />
      </marker>
    </defs>
  );
}

/** The drawn picture: an image to assistive technology, named by the diagram's title. */
export function DiagramSvg({
  title,
  viewBox,
  children,
}: {
  title: string;
  viewBox: string;
  children: ReactNode;
}) {
  return (
    <svg
      className="diagram-svg"
      viewBox={viewBox}
      role="img"
      aria-label={`${title}. Picture; the same content follows in words.`}
    >
      {children}
    </svg>
  );
}

/**
 * Buttons to explore the diagram by keyboard or touch: each opens its part's detail in one panel.
 * The picture's parts open the same panel when tapped or clicked.
 */
function DiagramExplorer({
  name,
  parts,
  selected,
  onToggle,
  onClose,
}: {
  name: string;
  parts: DiagramPart[];
  selected: string | null;
  onToggle: (id: string) => void;
  onClose: () => void;
}) {
  const panel = useId();
  const current = parts.find((p) => p.id === selected);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && current) {
      event.preventDefault();
      onClose();
    }
  };
  return (
    <div className="diagram-explore" onKeyDown={onKeyDown}>
      <p className="diagram-explore-hint">Explore: choose a part to read about it.</p>
      <ul className="diagram-buttons" aria-label={`Explore ${name}`}>
        {parts.map((part) => (
          <li key={part.id}>
            <button
              type="button"
              className="diagram-button"
              aria-expanded={selected === part.id}
              aria-controls={panel}
              onClick={() => onToggle(part.id)}
            >
              {oneLine(part.label)}
            </button>
          </li>
        ))}
      </ul>
      <div id={panel} className="diagram-detail" aria-live="polite">
        {current && (
          <>
            <p className="diagram-detail-title">{oneLine(current.label)}</p>
            <p>{current.detail}</p>
          </>
        )}
      </div>
    </div>
  );
}

/** A diagram's frame: picture, explorer, caption, and the text version a screen reader (or a printout) reads. */
export function DiagramFigure({
  kind,
  content,
  picture,
  parts,
  explore,
  before,
  after,
  textVersion,
}: {
  kind: string;
  content: { title: string; caption: string };
  picture: ReactNode;
  /** The parts a learner can explore, and the selection state from `useExplore()`. */
  parts: DiagramPart[];
  explore: ReturnType<typeof useExplore>;
  /** Controls shown above the explorer, and what follows it (both optional). */
  before?: ReactNode;
  after?: ReactNode;
  textVersion: ReactNode;
}) {
  const captionId = useId();
  return (
    <figure className={`diagram diagram-${kind}`} aria-labelledby={captionId}>
      <div className="diagram-picture">{picture}</div>
      {before}
      <DiagramExplorer
        name={content.title}
        parts={parts}
        selected={explore.selected}
        onToggle={explore.toggle}
        onClose={explore.clear}
      />
      {after}
      <figcaption id={captionId} className="diagram-caption">
        <strong>{content.title}.</strong> {content.caption}
      </figcaption>
      <div className="diagram-text">
        <p className="diagram-text-title">The diagram in words</p>
        {textVersion}
      </div>
    </figure>
  );
}

/** Props for a drawn part: selected state and the tap/click that explores it. */
export function partProps(id: string, selected: string | null, toggle: (id: string) => void) {
  return {
    className: selected === id ? 'diagram-part is-selected' : 'diagram-part',
    'data-part': id,
    onClick: () => toggle(id),
  };
}
