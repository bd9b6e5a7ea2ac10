import type { TagChunk } from '../domain/course/tag-chunks.ts';

/**
 * Which chunk each lazily loaded lesson tag lives in. Each chunk is `src/content/tags/<chunk>.tsx`, exporting
 * `tags` with exactly the tags listed here for it (tag-chunks.test.ts checks both).
 */
export const TAG_CHUNKS = {
  Quiz: 'quiz',
  Reflection: 'reflection',
  RolePlay: 'role-play',
  DefinitionsExercise: 'definitions',
  ServiceEnvironmentDiagram: 'diagrams',
  DeliveryFactorsDiagram: 'diagrams',
  ServiceChainDiagram: 'diagrams',
  TensionCycleDiagram: 'diagrams',
  CompleteDefinitionDiagram: 'diagrams',
} as const satisfies Record<string, TagChunk>;

export type LazyTagName = keyof typeof TAG_CHUNKS;
