import { TAG_CHUNK_ORDER } from '../domain/course/tag-chunks';
import { TAG_CHUNKS } from './tag-chunks';

const chunkFiles = import.meta.glob<{ tags: Record<string, unknown> }>('./tags/*.tsx');

describe('the parts of the tag map', () => {
  it.each(TAG_CHUNK_ORDER)('src/content/tags/%s.tsx holds exactly the tags listed for it', async (chunk) => {
    const load = chunkFiles[`./tags/${chunk}.tsx`];
    expect(load, `src/content/tags/${chunk}.tsx`).toBeDefined();
    const { tags } = await load!();
    const listed = Object.entries(TAG_CHUNKS)
      .filter(([, where]) => where === chunk)
      .map(([name]) => name);
    expect(Object.keys(tags).sort()).toEqual(listed.sort());
    for (const name of listed) expect(typeof tags[name]).toBe('function');
  });

  it('has no chunk file outside the list', () => {
    const files = Object.keys(chunkFiles).map((file) => file.slice('./tags/'.length, -'.tsx'.length));
    expect(files.sort()).toEqual([...TAG_CHUNK_ORDER].sort());
  });
});
