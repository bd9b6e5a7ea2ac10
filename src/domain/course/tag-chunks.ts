/**
 * The parts of the lesson tag map that load as their own chunk, only for lessons that write one of their
 * tags. Prose, headings, links, callouts and the quiz's inner question tags (markers the quiz reads) stay
 * with the lesson page.
 */
export type TagChunk = 'quiz' | 'reflection' | 'role-play' | 'definitions' | 'diagrams';

/** Every chunk, in the order a lesson page asks for them. */
export const TAG_CHUNK_ORDER: readonly TagChunk[] = [
  'quiz',
  'reflection',
  'role-play',
  'definitions',
  'diagrams',
];

/**
 * The chunks the tags of one lesson need: each once, in `TAG_CHUNK_ORDER`. `table` says which chunk each
 * lazily loaded tag lives in; a tag not in it (prose, headings, `<Callout>`) needs none.
 */
export function chunksForTags(
  tags: Iterable<string>,
  table: Readonly<Partial<Record<string, TagChunk>>>,
): TagChunk[] {
  const wanted = new Set<TagChunk>();
  for (const tag of tags) {
    const chunk = Object.hasOwn(table, tag) ? table[tag] : undefined;
    if (chunk) wanted.add(chunk);
  }
  return TAG_CHUNK_ORDER.filter((chunk) => wanted.has(chunk));
}
