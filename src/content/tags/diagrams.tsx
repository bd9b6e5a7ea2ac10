import { diagramTags } from '../diagram-tags';

/** The diagram tags, loaded only by lessons that place a diagram (src/content/tag-chunks.ts). */
export const tags = diagramTags;
