import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { mdxComponents } from './mdx-components';

const PLACEMENT = [
  [
    'TensionCycleDiagram',
    'lessons/01-what-is-customer-service.mdx',
    'The tension cycle',
    /the tension cycle, and where an employee breaks it/i,
  ],
  [
    'ServiceEnvironmentDiagram',
    'lessons/02-service-environment.mdx',
    'Five parts of one environment',
    /five components of a service environment/i,
  ],
  [
    'DeliveryFactorsDiagram',
    'lessons/02-service-environment.mdx',
    'Choosing a delivery system',
    /five factors behind a delivery system/i,
  ],
  [
    'ServiceChainDiagram',
    'lessons/03-service-chain.mdx',
    'Internal and external customers',
    /from a back-office team to the paying customer/i,
  ],
  [
    'CompleteDefinitionDiagram',
    'lessons/04-definitions.mdx',
    'Building a complete definition',
    /complete definition, assembled from its parts/i,
  ],
] as const;

describe('diagram tags', () => {
  it.each(PLACEMENT)(
    '<%s /> loads lazily and renders its figure with a text version',
    async (tag, _file, _section, title) => {
      const Tag = mdxComponents[tag];
      render(
        <MemoryRouter>
          <Tag />
        </MemoryRouter>,
      );
      const figure = await screen.findByRole('figure', { name: title });
      expect(within(figure).getByText('The diagram in words')).toBeInTheDocument();
      expect(within(figure).getAllByRole('button', { expanded: false }).length).toBeGreaterThanOrEqual(4);
    },
  );

  it.each(PLACEMENT)('<%s /> sits in %s, in the section "%s" that teaches it', (tag, file, section) => {
    const source = readFileSync(file, 'utf8');
    const at = source.indexOf(`<${tag} />`);
    expect(at).toBeGreaterThan(-1);
    const headings = [...source.slice(0, at).matchAll(/^## (.+)$/gm)];
    expect(headings.at(-1)?.[1]).toBe(section);
  });
});
