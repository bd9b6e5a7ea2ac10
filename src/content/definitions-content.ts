import raw from '../../lessons/definitions/definitions.json';
import type { DefinitionsContent } from '../domain/activities/definitions-exercise';

/**
 * The definitions exercise's content. The build stops when it fails its schema (definitions-schema.ts, run by
 * vite.config.ts and definitions-content.test.ts); here it is only typed, so the validation library stays off
 * the lesson's first screen.
 */
export const definitionsContent = raw as DefinitionsContent;
