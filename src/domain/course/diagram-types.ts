/**
 * The content of the course's diagrams, written in `lessons/diagrams.ts` and drawn by
 * `src/components/diagrams/`. Every part has a stable id, a one-line summary (read in the diagram's
 * text version) and a longer detail (shown when a learner explores that part).
 */

export interface DiagramPart {
  id: string;
  /** Short name drawn in the picture; `\n` splits it over two lines. */
  label: string;
  summary: string;
  detail: string;
}

interface DiagramText {
  title: string;
  caption: string;
}

/** One part at the centre, the others around it. */
export interface HubDiagramContent extends DiagramText {
  centre: DiagramPart;
  ringLabel: string;
  parts: DiagramPart[];
}

/** Several factors that feed one decision. */
export interface FactorsDiagramContent extends DiagramText {
  decision: string;
  exampleHeading: string;
  factors: (DiagramPart & { question: string; example: string })[];
}

/** A chain of links, each serving the next. */
export interface ChainDiagramContent extends DiagramText {
  links: (DiagramPart & { role: string })[];
}

/** Stages that run in a loop, and the one place a person can break it. */
export interface CycleDiagramContent extends DiagramText {
  stages: DiagramPart[];
  /** The stage the break replaces. */
  breakAt: string;
  breakPart: DiagramPart;
}

/** Parts assembled into one sentence; each stretch of the sentence names the part it comes from. */
export interface AssemblyDiagramContent extends DiagramText {
  parts: (DiagramPart & { short: string })[];
  resultLabel: string;
  sentence: { text: string; part?: string }[];
}
