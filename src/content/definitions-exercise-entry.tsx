import { DefinitionsExercise } from '../components/activities/definitions/definitions-exercise';
import { definitionsContent } from './definitions-content';

/** The definitions exercise with its content: its own chunk, loaded when a lesson shows the exercise. */
export default function DefinitionsExerciseWithContent({ id }: { id: string }) {
  return <DefinitionsExercise id={id} content={definitionsContent} />;
}
