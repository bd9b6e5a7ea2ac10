/**
 * The course runs under a Content-Security-Policy without 'unsafe-eval'. zod compiles fast parsers with
 * `new Function` unless told not to, and even its probe for that counts as a policy violation; this turns
 * it off. It must run before any schema is built, so main.tsx imports it first.
 */
import { config } from 'zod';

config({ jitless: true });
