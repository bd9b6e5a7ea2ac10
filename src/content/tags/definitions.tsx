import { DefinitionsExercise } from '../../components/activities/definitions/definitions-exercise';
import { courseLessons } from '../course';
import { definitionsContent } from '../definitions-content';

/** Lesson and section titles by "lesson#section", for the links in the build step's hints. */
const sections = Object.fromEntries(
  courseLessons.flatMap((lesson) =>
    lesson.sections.map((s) => [`${lesson.slug}#${s.id}`, { lesson: lesson.title, section: s.title }]),
  ),
);

/** `<DefinitionsExercise id="…" />`, with its content from lessons/definitions/. */
function DefinitionsExerciseWithContent({ id }: { id: string }) {
  return <DefinitionsExercise id={id} content={definitionsContent} sections={sections} />;
}

/** Loaded only by lessons that show the exercise (src/content/tag-chunks.ts). */
export const tags = { DefinitionsExercise: DefinitionsExerciseWithContent };
