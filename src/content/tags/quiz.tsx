import { Quiz } from '../../components/activities/quiz/quiz';

/** The `<Quiz>` tag, loaded only by lessons that write one (src/content/tag-chunks.ts). */
export const tags = { Quiz };
