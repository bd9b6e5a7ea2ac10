import type { LearningEvent } from '../../domain/course/learning-events';

type Listener = (event: LearningEvent) => void;
const listeners = new Set<Listener>();

/** Trackers listen here. Returns a function that stops listening. */
export function onLearningEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function publishLearningEvent(event: LearningEvent): void {
  for (const listener of listeners) {
    try {
      listener(event);
    } catch (error) {
      console.warn('A tracker failed to handle a learning event', error);
    }
  }
}
