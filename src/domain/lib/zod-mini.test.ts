import { lazySchema, z } from './zod-mini';

describe('lazySchema', () => {
  it('builds the schema only when first used, and once', () => {
    const build = vi.fn(() => z.string());
    const schema = lazySchema(build);
    expect(build).not.toHaveBeenCalled();
    expect(schema().safeParse('a').success).toBe(true);
    expect(schema().safeParse(1).success).toBe(false);
    expect(build).toHaveBeenCalledOnce();
  });
});
