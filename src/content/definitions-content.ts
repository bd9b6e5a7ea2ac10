import raw from '../../lessons/definitions/definitions.json';
import { parseDefinitionsContent } from './definitions-schema';

/** The definitions exercise's content, checked against its schema (the build checks it first). */
export const definitionsContent = parseDefinitionsContent(raw);
