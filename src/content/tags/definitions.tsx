import { DefinitionsExercise } from '../../components/activities/definitions/definitions-exercise';
import { definitionsContent } from '../definitions-content';

/** `<DefinitionsExercise id="…" />`, with its content from lessons/definitions/. */
function DefinitionsExerciseWithContent({ id }: { id: string }) {
  return <DefinitionsExercise id={id} content={definitionsContent} />;
}

/** Loaded only by lessons that show the exercise (src/content/tag-chunks.ts). */
export const tags = { DefinitionsExercise: DefinitionsExerciseWithContent };
