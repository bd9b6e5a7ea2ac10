import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type {
  AssemblyDiagramContent,
  ChainDiagramContent,
  CycleDiagramContent,
  FactorsDiagramContent,
  HubDiagramContent,
} from '../../domain/course/diagram-types';
import { AssemblyDiagram } from './assembly-diagram';
import { ChainDiagram } from './chain-diagram';
import { CycleDiagram } from './cycle-diagram';
import { FactorsDiagram } from './factors-diagram';
import { HubDiagram } from './hub-diagram';

const part = (id: string, label = id.toUpperCase()) => ({
  id,
  label,
  summary: `${id} in one line`,
  detail: `${id} explained at length`,
});

const hub: HubDiagramContent = {
  title: 'Hub title',
  caption: 'Hub caption.',
  centre: part('centre', 'The\ncentre'),
  ringLabel: 'Controlled four',
  parts: [part('a'), part('b'), part('c'), part('d')],
};

describe('diagrams', () => {
  it('has a caption, a named picture and a text version listing every part', () => {
    render(<HubDiagram content={hub} />);
    const figure = screen.getByRole('figure', { name: /hub title\. hub caption\./i });
    expect(within(figure).getByRole('img', { name: /hub title/i })).toBeInTheDocument();
    const words = within(figure).getByText('The diagram in words').parentElement as HTMLElement;
    expect(words).toHaveTextContent('At the centre, The centre: centre in one line');
    for (const id of ['a', 'b', 'c', 'd'])
      expect(words).toHaveTextContent(`${id.toUpperCase()}: ${id} in one line`);
    expect(words).toHaveTextContent('Controlled four');
  });

  it('is explored by keyboard: a button opens a part, again or Escape closes it', async () => {
    const user = userEvent.setup();
    render(<HubDiagram content={hub} />);
    await user.tab();
    const first = screen.getByRole('button', { name: 'The centre' });
    expect(first).toHaveFocus();
    expect(first).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{Enter}');
    expect(first).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('centre explained at length')).toBeInTheDocument();

    await user.tab();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'A' })).toHaveAttribute('aria-expanded', 'true');
    expect(first).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText('a explained at length')).toBeInTheDocument();
    expect(screen.queryByText('centre explained at length')).not.toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'A' })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('a explained at length')).not.toBeInTheDocument();
  });

  it('opens the same detail when a part of the picture is tapped', async () => {
    const user = userEvent.setup();
    const { container } = render(<HubDiagram content={hub} />);
    await user.click(container.querySelector('[data-part="c"]') as Element);
    expect(screen.getByRole('button', { name: 'C' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('c explained at length')).toBeInTheDocument();
  });

  it('gives the factors as a table of factor, question and example', () => {
    const factors: FactorsDiagramContent = {
      title: 'Factors',
      caption: 'Caption.',
      decision: 'Decide',
      exampleHeading: 'At the shop',
      factors: [
        { ...part('cost', 'Costs'), question: 'Can we afford it?', example: 'A fee' },
        { ...part('cap', 'Capa\nbilities'), question: 'Have we the means?', example: 'A van' },
      ],
    };
    render(<FactorsDiagram content={factors} />);
    const table = screen.getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'At the shop' })).toBeInTheDocument();
    const row = within(table).getByRole('row', { name: /capa bilities/i });
    expect(row).toHaveTextContent('Have we the means?');
    expect(row).toHaveTextContent('A van');
  });

  it('reads a chain in order, each link with its role', () => {
    const chain: ChainDiagramContent = {
      title: 'Chain',
      caption: 'Caption.',
      links: [
        { ...part('it', 'IT'), role: 'Back office' },
        { ...part('shopper', 'Shopper'), role: 'Paying customer' },
      ],
    };
    render(<ChainDiagram content={chain} />);
    const items = within(screen.getByRole('list', { name: '' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'IT (back office): it in one line It serves the next link.',
      'Shopper (paying customer): shopper in one line',
    ]);
  });

  it('shows where the cycle breaks with a toggle that reports its state', async () => {
    const user = userEvent.setup();
    const cycle: CycleDiagramContent = {
      title: 'Cycle',
      caption: 'Caption.',
      stages: [part('one'), part('two'), part('three'), part('four')],
      breakAt: 'three',
      breakPart: part('calm', 'Calm reply'),
    };
    render(<CycleDiagram content={cycle} />);
    expect(screen.getByText(/where it breaks:/i).parentElement).toHaveTextContent(
      'at step 3. calm in one line',
    );
    const toggle = screen.getByRole('button', { name: /where an employee breaks the cycle/i });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByTestId('cycle-break')).not.toBeInTheDocument();
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('cycle-break')).toBeInTheDocument();
  });

  it('marks the words each part adds to the assembled sentence', async () => {
    const user = userEvent.setup();
    const assembly: AssemblyDiagramContent = {
      title: 'Assembly',
      caption: 'Caption.',
      resultLabel: 'The result',
      parts: [
        { ...part('who', 'Who'), short: 'w' },
        { ...part('how', 'How'), short: 'h' },
      ],
      sentence: [
        { text: 'Serve ' },
        { text: 'everyone', part: 'who' },
        { text: ' ' },
        { text: 'on time', part: 'how' },
      ],
    };
    const { container } = render(<AssemblyDiagram content={assembly} />);
    expect(screen.getByRole('row', { name: /how/i })).toHaveTextContent('“on time”');
    expect(container.querySelector('mark')).toBeNull();
    screen.getByRole('button', { name: 'How' }).focus();
    await user.keyboard('{Enter}');
    expect(container.querySelector('mark')).toHaveTextContent('on time');
  });

  it('animates only when the learner has not asked for reduced motion', () => {
    const css = readFileSync(path.join(__dirname, 'diagrams.css'), 'utf8');
    const motionBlocks = [
      ...css.matchAll(/@media \(prefers-reduced-motion: no-preference\) \{([\s\S]*?)\n\}/g),
    ]
      .map((m) => m[1])
      .join('');
    const outside = css.replace(/@media \(prefers-reduced-motion: no-preference\) \{[\s\S]*?\n\}/g, '');
    expect(motionBlocks).toMatch(/transition/);
    expect(outside).not.toMatch(/\b(transition|animation)\s*:/);
  });
});
