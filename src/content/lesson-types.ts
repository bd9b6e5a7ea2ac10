import type { ComponentType } from 'react';
import type { LessonMeta } from './lesson-schema';

export interface MdxProps {
  components?: Record<string, ComponentType<never>>;
}

/**
 * A lesson as the course's code knows it before loading the lesson: its objectives come with its body (the
 * lesson's own chunk), or from `virtual:lesson-objectives` for the pages that list every lesson's.
 */
export interface LessonEntry extends Omit<LessonMeta, 'objectives'> {
  load: () => Promise<{ default: ComponentType<MdxProps>; objectives: string[] }>;
}
