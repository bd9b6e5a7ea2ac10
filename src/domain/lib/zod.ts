/**
 * Classic zod, for the content schemas (src/content/*-schema.ts) that run when the course is built and in
 * the tests, never in the browser: the schemas the browser runs use zod/mini (zod-mini.ts), a fraction of the
 * size. Set up as the browser would be all the same (no 'unsafe-eval': zod compiles fast parsers with
 * `new Function` unless told not to), so a schema moved into a page behaves as it did here.
 */
// eslint-disable-next-line no-restricted-imports -- the one classic import, for the build-time schemas
import { config, z } from 'zod';

config({ jitless: true });

export { z };
