import { Reflection } from '../../components/activities/reflection/reflection';

/** The `<Reflection>` tag, loaded only by lessons that write one (src/content/tag-chunks.ts). */
export const tags = { Reflection };
