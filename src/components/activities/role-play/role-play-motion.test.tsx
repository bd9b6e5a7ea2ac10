import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { scenarios } from '../../../../lessons/scenarios/index';
import { bestPath } from '../../../domain/activities/scenario-engine';
import type { Scenario } from '../../../domain/activities/scenario-types';
import { RolePlay } from './role-play';

// A controllable "prefers-reduced-motion" media query, read by framer-motion's useReducedMotion.
let reduce = false;
let onChange: (() => void) | undefined;
Object.defineProperty(window, 'matchMedia', {
  configurable: true,
  value: (query: string) => ({
    media: query,
    get matches() {
      return query.includes('reduced-motion') && reduce;
    },
    addEventListener: (_type: string, listener: () => void) => {
      onChange = listener;
    },
    removeEventListener: () => {},
  }),
});
const setReducedMotion = (value: boolean) => {
  reduce = value;
  onChange?.();
};

const best = bestPath(scenarios['internal-it-help'] as Scenario);
const hidden = (container: HTMLElement) =>
  [...container.querySelectorAll<HTMLElement>('.rp-item')].filter((item) => item.style.opacity === '0');

describe('RolePlay motion', () => {
  it('new lines fade in after a move; what was already there does not move', async () => {
    setReducedMotion(false);
    const { container } = render(
      <RolePlay scenarioId="internal-it-help" scenario={scenarios['internal-it-help']} />,
    );
    expect(hidden(container)).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: best.steps[0]!.choiceText }));
    const items = container.querySelectorAll('.rp-item');
    // The reply, the feedback, and the customer's next narration and line start hidden and animate in.
    expect(hidden(container).length).toBeGreaterThanOrEqual(3);
    expect(hidden(container)).not.toContain(items[0]);
  });

  it('with reduced motion, everything appears at once', async () => {
    setReducedMotion(true);
    const { container } = render(
      <RolePlay scenarioId="internal-it-help" scenario={scenarios['internal-it-help']} />,
    );
    await userEvent.click(screen.getByRole('button', { name: best.steps[0]!.choiceText }));
    expect(container.querySelectorAll('.rp-item').length).toBeGreaterThan(3);
    expect(hidden(container)).toHaveLength(0);
  });
});
