/**
 * zod, set up for the course's Content-Security-Policy (no 'unsafe-eval'): zod compiles fast parsers with
 * `new Function` unless told not to, and even its probe for that counts as a violation. Every schema imports
 * `z` from here, so the setting is made before any schema runs, and zod loads only with the code that uses it
 * (never on the first screen).
 */
import { config, z } from 'zod';

config({ jitless: true });

export { z };
