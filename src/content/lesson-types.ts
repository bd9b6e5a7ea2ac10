import type { ComponentType } from 'react';
import type { LessonMeta } from './lesson-schema';

export interface MdxProps {
  components?: Record<string, ComponentType<never>>;
}

export interface LessonEntry extends LessonMeta {
  load: () => Promise<{ default: ComponentType<MdxProps> }>;
}
