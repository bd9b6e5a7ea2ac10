import { render } from '@testing-library/react';
import type { ComponentType } from 'react';
import { MemoryRouter } from 'react-router';
import { readLessons } from './lessons-plugin';
import { mdxComponents } from './mdx-components';

const bodies = import.meta.glob<{ default: ComponentType<{ components: Record<string, unknown> }> }>(
  '../../lessons/*.mdx',
  { eager: true },
);
const metas = readLessons('lessons');
const Nothing = () => null;
const components = {
  ...mdxComponents,
  Quiz: Nothing,
  Reflection: Nothing,
  RolePlay: Nothing,
  DefinitionsExercise: Nothing,
};

describe('section ids', () => {
  it.each(metas.map((meta) => [meta.file, meta] as const))(
    '%s shows its sections with the ids the build recorded',
    (file, meta) => {
      const body = Object.entries(bodies).find(([path]) => file.endsWith(path.replace('../../', '')));
      const Body = body?.[1].default;
      expect(Body).toBeDefined();
      const { container } = render(
        <MemoryRouter>{Body ? <Body components={components} /> : null}</MemoryRouter>,
      );
      const ids = [...container.querySelectorAll('h2')].map((h) => h.id);
      expect(ids).toEqual(meta.sections.map((s) => s.id));
    },
  );
});
