import { chunksForTags } from './tag-chunks';
import type { TagChunk } from './tag-chunks';

const table: Record<string, TagChunk> = {
  Quiz: 'quiz',
  Reflection: 'reflection',
  RolePlay: 'role-play',
  DefinitionsExercise: 'definitions',
  ServiceChainDiagram: 'diagrams',
  TensionCycleDiagram: 'diagrams',
};

describe('chunksForTags', () => {
  it('names each chunk a lesson needs once, in a fixed order', () => {
    expect(
      chunksForTags(['TensionCycleDiagram', 'RolePlay', 'Quiz', 'ServiceChainDiagram', 'Quiz'], table),
    ).toEqual(['quiz', 'role-play', 'diagrams']);
  });

  it('needs no chunk for prose-only tags', () => {
    expect(chunksForTags(['h2', 'a', 'Callout', 'KeyTakeaways', 'SingleChoice'], table)).toEqual([]);
  });

  it('ignores names inherited from Object, which are not tags', () => {
    expect(chunksForTags(['toString', 'constructor', 'Reflection'], table)).toEqual(['reflection']);
  });
});
