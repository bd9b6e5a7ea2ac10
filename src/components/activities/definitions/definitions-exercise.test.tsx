import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { MemoryRouter } from 'react-router';
import {
  checkCritique,
  goToStep,
  initialDefinitionsState,
  parseDefinitionsState,
  setBuild,
  setWord,
  toggleCritiqueChoice,
} from '../../../domain/activities/definitions-exercise';
import type {
  DefinitionsContent,
  DefinitionsState,
  DefinitionsStep,
} from '../../../domain/activities/definitions-exercise';

// The course's content reaches the component as a prop; here it is read as plain data.
const content = JSON.parse(
  readFileSync('lessons/definitions/definitions.json', 'utf8'),
) as DefinitionsContent;
const COMMON_DEFINITIONS = content.critique.definitions;
const BUILD_DISTRACTORS = content.build.distractors;
const KEY_CONCEPTS = content.ideas.filter((i) => i.key);
import { useProgress } from '../../../state/progress/progress-store';
import { DefinitionsExercise } from './definitions-exercise';
import { LessonContext } from '../lesson-context';

const ID = 'definitions';

function renderExercise() {
  return render(
    <MemoryRouter>
      <LessonContext value="definitions-lesson">
        <DefinitionsExercise id={ID} content={content} />
      </LessonContext>
    </MemoryRouter>,
  );
}

const savedState = () => parseDefinitionsState(content, useProgress.getState().activities[ID]?.answers);

function seed(state: DefinitionsState) {
  useProgress.getState().saveActivity(ID, {
    lesson: 'definitions-lesson',
    kind: 'definitions',
    answers: state,
    completed: false,
  });
}

const WORDS = {
  customer: 'Anyone who needs what we offer',
  service: 'Helping people quickly with good quality',
  delivery: 'Getting it to them on time, every time',
  excellence: 'Going a little further than they hoped',
} as const;

function withWords(state = initialDefinitionsState(content)): DefinitionsState {
  return (Object.keys(WORDS) as (keyof typeof WORDS)[]).reduce(
    (s, term) => setWord(s, term, WORDS[term]),
    state,
  );
}

function withCritiques(state: DefinitionsState): DefinitionsState {
  return COMMON_DEFINITIONS.reduce(
    (s, d) => checkCritique(toggleCritiqueChoice(content, s, d.id, 'fairness'), d.id),
    state,
  );
}

const completeBuild = (state: DefinitionsState) =>
  setBuild(
    content,
    state,
    KEY_CONCEPTS.map((c) => c.id),
  );

const atStep = (state: DefinitionsState, step: DefinitionsStep) => goToStep(state, step);

const nextButton = () => screen.getByRole('button', { name: /^next:/i });

describe('DefinitionsExercise', () => {
  it('shows the four steps, the current one marked, later ones locked', () => {
    const { container } = renderExercise();
    expect(container.querySelector(`#${ID}`)).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: /steps/i });
    const steps = within(nav).getAllByRole('button');
    expect(steps).toHaveLength(4);
    expect(steps[0]).toHaveAttribute('aria-current', 'step');
    expect(steps[1]).toHaveAttribute('aria-disabled', 'true');
    expect(steps[1]).toHaveAccessibleName(/step 2:\s*spot the gaps\s*\(locked/i);
    expect(screen.getByRole('heading', { name: 'Step 1 of 4: In your own words' })).toBeInTheDocument();
  });

  describe('step 1: own words', () => {
    it('asks for all four words before going on, and saves them as typed', async () => {
      renderExercise();
      expect(nextButton()).toHaveAttribute('aria-disabled', 'true');
      expect(nextButton()).toHaveAccessibleDescription(/write at least 3 words .* \(0 of 4 done\)/i);
      await userEvent.click(nextButton());
      expect(screen.getByRole('heading', { name: /step 1 of 4/i })).toBeInTheDocument();

      for (const [label, text] of [
        ['Customer', WORDS.customer],
        ['Service', WORDS.service],
        ['Delivery', WORDS.delivery],
      ] as const) {
        await userEvent.type(screen.getByRole('textbox', { name: label }), text);
      }
      expect(nextButton()).toHaveAccessibleDescription(/3 of 4 done/);
      await userEvent.type(screen.getByRole('textbox', { name: 'Excellence' }), 'Too short');
      expect(screen.getByText('2 words (at least 3)')).toBeInTheDocument();
      await userEvent.type(screen.getByRole('textbox', { name: 'Excellence' }), ' still');
      await waitFor(() => expect(savedState().words.excellence).toBe('Too short still'), { timeout: 2000 });
      expect(savedState().words.customer).toBe(WORDS.customer);

      expect(nextButton()).not.toHaveAttribute('aria-disabled');
      await userEvent.click(nextButton());
      const heading = screen.getByRole('heading', { name: 'Step 2 of 4: Spot the gaps' });
      await waitFor(() => expect(heading).toHaveFocus());
      expect(savedState().step).toBe(2);
      expect(useProgress.getState().activities[ID]).toMatchObject({
        lesson: 'definitions-lesson',
        kind: 'definitions',
        completed: false,
      });
    }, 15_000);
  });

  describe('step 2: critique', () => {
    it('judges the ticks for one definition and explains what it misses', async () => {
      seed(atStep(withWords(), 2));
      renderExercise();
      expect(screen.getByRole('heading', { name: 'Definition 1 of 7' })).toBeInTheDocument();
      expect(screen.getByText(COMMON_DEFINITIONS[0]!.text)).toBeInTheDocument();

      await userEvent.click(screen.getByRole('button', { name: 'Check' }));
      expect(screen.getByText(/tick at least one thing/i)).toBeInTheDocument();
      expect(savedState().critiques['wants-and-needs']?.checked).toBe(false);

      const group = screen.getByRole('group', { name: /what does this definition leave out/i });
      await userEvent.click(within(group).getByRole('checkbox', { name: 'Customer expectations' }));
      await userEvent.click(
        within(group).getByRole('checkbox', { name: 'Fairness: no bias towards anyone' }),
      );
      await userEvent.click(screen.getByRole('button', { name: 'Check' }));

      expect(screen.getByText('You spotted 2 of 8 gaps.')).toBeInTheDocument();
      expect(screen.getByText(COMMON_DEFINITIONS[0]!.feedback)).toBeInTheDocument();
      expect(
        within(group).getByRole('checkbox', { name: /customer expectations:\s*gap spotted/i }),
      ).toBeDisabled();
      expect(
        within(group).getByRole('checkbox', { name: /consistency, every time:\s*missed gap/i }),
      ).not.toBeChecked();
      expect(screen.getByRole('button', { name: 'Checked' })).toHaveAttribute('aria-disabled', 'true');
      expect(savedState().critiques['wants-and-needs']).toEqual({
        selected: ['expectations', 'fairness'],
        checked: true,
      });
    });

    it('marks ticks the definition does cover, and moves on one definition at a time', async () => {
      seed(atStep(withWords(), 2));
      renderExercise();
      await userEvent.click(screen.getByRole('button', { name: 'Next definition' }));
      const heading = screen.getByRole('heading', { name: 'Definition 2 of 7' });
      await waitFor(() => expect(heading).toHaveFocus());
      await userEvent.click(screen.getByRole('checkbox', { name: 'Consistency, every time' }));
      await userEvent.click(screen.getByRole('checkbox', { name: 'Support after the sale' }));
      await userEvent.click(screen.getByRole('button', { name: 'Check' }));
      expect(screen.getByText('You spotted 1 of 6 gaps, and ticked 1 it does cover.')).toBeInTheDocument();
      expect(
        screen.getByRole('checkbox', { name: /consistency, every time:\s*it does cover this/i }),
      ).toBeChecked();
      expect(screen.getByText(/“reliably and every time”/)).toBeInTheDocument();
    });

    it('unlocks step 3 once all seven are checked', async () => {
      const almost = atStep(withCritiques(withWords()), 2);
      seed({ ...almost, critiques: { ...almost.critiques, 'sum-total': { selected: [], checked: false } } });
      renderExercise();
      expect(screen.getByRole('heading', { name: 'Definition 6 of 7' })).toBeInTheDocument();
      expect(nextButton()).toHaveAccessibleDescription(/6 of 7 checked/);
      await userEvent.click(screen.getByRole('checkbox', { name: 'Consistency, every time' }));
      await userEvent.click(screen.getByRole('button', { name: 'Check' }));
      expect(nextButton()).not.toHaveAttribute('aria-disabled');
      await userEvent.click(nextButton());
      expect(
        screen.getByRole('heading', { name: 'Step 3 of 4: Build a complete definition' }),
      ).toBeInTheDocument();
    });
  });

  describe('step 3: build', () => {
    it('adds and removes elements in any order, without moving up or down, showing the sentence as it grows', async () => {
      seed(atStep(withCritiques(withWords()), 3));
      renderExercise();
      expect(screen.getByText(/in any order you like/)).toBeInTheDocument();
      const choices = screen.getByRole('group', { name: /choose the elements/i });
      expect(within(choices).getAllByRole('checkbox')).toHaveLength(12);
      await userEvent.click(within(choices).getByRole('checkbox', { name: 'Timely' }));
      await userEvent.click(within(choices).getByRole('checkbox', { name: 'Consistency' }));
      expect(screen.getByText(/our products and services on time and consistently\./)).toBeInTheDocument();

      const order = screen.getByRole('list', { name: 'Your definition' });
      expect(
        within(order)
          .getAllByRole('listitem')
          .map((li) => li.firstChild?.textContent),
      ).toEqual(['Timely', 'Consistency']);
      expect(screen.queryByRole('button', { name: /Move up/ })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /Move down/ })).not.toBeInTheDocument();
      expect(savedState().build).toEqual(['timely', 'consistency']);

      await userEvent.click(screen.getByRole('button', { name: 'Remove: Timely' }));
      expect(screen.getByRole('button', { name: 'Remove: Consistency' })).toHaveFocus();
      expect(screen.getByText('Timely removed.')).toHaveAttribute('role', 'status');
      expect(within(choices).getByRole('checkbox', { name: 'Timely' })).not.toBeChecked();
      expect(savedState().build).toEqual(['consistency']);
    });

    it('after a first check, points to where each missing idea is taught instead of giving it away', async () => {
      seed(atStep(setBuild(content, withCritiques(withWords()), ['consistency']), 3));
      render(
        <LessonContext value="definitions">
          <DefinitionsExercise
            id={ID}
            content={content}
            sections={{
              'definitions#building-a-complete-definition': {
                lesson: 'Defining customer service',
                section: 'Building a complete definition',
              },
            }}
          />
        </LessonContext>,
      );
      await userEvent.click(screen.getByRole('button', { name: 'Check my definition' }));
      const feedback = screen.getByText(/still missing 7 ideas/i).parentElement as HTMLElement;
      for (const idea of KEY_CONCEPTS.filter((c) => c.id !== 'consistency')) {
        expect(feedback).not.toHaveTextContent(idea.explanation);
      }
      const hints = within(feedback).getAllByRole('listitem');
      expect(hints.map((li) => li.textContent)).toEqual([
        '2 ideas taught under Excellence in Building a complete definition',
        'One idea taught under Service in Building a complete definition',
        '3 ideas taught under Delivery in Building a complete definition',
        'One idea taught under Customer in Building a complete definition',
      ]);
      const links = within(feedback).getAllByRole('link', { name: 'Building a complete definition' });
      expect(links[0]).toHaveAttribute('href', '#building-a-complete-definition');

      // Still stuck after three checks: the hints also say what each missing idea is.
      await userEvent.click(screen.getByRole('button', { name: 'Check my definition' }));
      expect(screen.getByText(/still missing 7 ideas/i).parentElement).not.toHaveTextContent(
        KEY_CONCEPTS.find((c) => c.id === 'timely')!.explanation,
      );
      await userEvent.click(screen.getByRole('button', { name: 'Check my definition' }));
      expect(screen.getByText(/still missing 7 ideas/i).parentElement).toHaveTextContent(
        KEY_CONCEPTS.find((c) => c.id === 'timely')!.explanation,
      );
    });

    it('explains traps and hints at missing ideas, then unlocks step 4 when complete', async () => {
      seed(atStep(setBuild(content, withCritiques(withWords()), ['consistency', 'lowest-price']), 3));
      renderExercise();
      await userEvent.click(screen.getByRole('button', { name: 'Check my definition' }));
      expect(screen.getByText('1 of 8 elements, and 1 trap. Not complete yet.')).toBeInTheDocument();
      expect(screen.getByText(BUILD_DISTRACTORS[0]!.explanation)).toBeInTheDocument();
      expect(screen.getByText(/still missing 7 ideas/i)).toBeInTheDocument();
      expect(screen.getAllByRole('link', { name: 'the lesson' })[0]).toHaveAttribute(
        'href',
        '/lessons/definitions#building-a-complete-definition',
      );
      expect(nextButton()).toHaveAttribute('aria-disabled', 'true');

      const choices = screen.getByRole('group', { name: /choose the elements/i });
      await userEvent.click(within(choices).getByRole('checkbox', { name: 'The lowest possible price' }));
      for (const concept of KEY_CONCEPTS.filter((c) => c.id !== 'consistency')) {
        await userEvent.click(within(choices).getByRole('checkbox', { name: concept.label }));
      }
      await userEvent.click(screen.getByRole('button', { name: 'Check my definition' }));
      expect(screen.getByText(/complete: all eight elements, and no traps/i)).toBeInTheDocument();
      expect(nextButton()).not.toHaveAttribute('aria-disabled');
      expect(useProgress.getState().activities[ID]?.completed).toBe(false);
    });
  });

  describe('step 4: compare', () => {
    it('shows every term beside its model definition, reads the words on request, lets them revise and re-check, and completes', async () => {
      seed(atStep(completeBuild(withCritiques(withWords())), 4));
      renderExercise();
      expect(screen.getByRole('textbox', { name: 'Customer' })).toHaveValue(WORDS.customer);
      const customer = screen.getByRole('region', { name: 'Customer: your words and the model definition' });
      expect(customer).toHaveTextContent(content.terms[0]!.model);
      expect(customer).toHaveTextContent(WORDS.customer);
      await userEvent.click(screen.getByRole('button', { name: 'Check my words' }));

      expect(
        await screen.findByText('Your words cover 4 of 8 key ideas.', {}, { timeout: 5000 }),
      ).toBeInTheDocument();
      expect(screen.getByText(/This is an automatic reading of your words/)).toBeInTheDocument();
      const covered = screen.getByRole('heading', { name: 'Ideas you covered' })
        .nextElementSibling as HTMLElement;
      expect(within(covered).getByText(/you wrote “Anyone who needs”/)).toHaveTextContent(
        'Every person who needs it',
      );
      expect(within(covered).getByText(/you wrote “quickly”/)).toBeInTheDocument();
      const missing = screen.getByRole('heading', { name: 'Ideas to add' }).nextElementSibling as HTMLElement;
      expect(within(missing).getAllByRole('listitem')).toHaveLength(4);
      expect(missing).toHaveTextContent(`Non-bias: ${KEY_CONCEPTS[6]!.explanation}`);
      expect(customer).toHaveTextContent('Automatic reading: Carries some of the ideas.');
      expect(customer).toHaveTextContent(content.terms[0]!.model);

      expect(useProgress.getState().activities[ID]?.completed).toBe(true);
      expect(savedState().compareChecks).toBe(1);
      expect(screen.getByText(/exercise complete/i)).toBeInTheDocument();

      const service = screen.getByRole('textbox', { name: 'Service' });
      await userEvent.type(service, ', fair to all and without bias');
      expect(screen.getByText(/changed your words since you last checked/i)).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: 'Check again' }));
      expect(await screen.findByText('Your words cover 5 of 8 key ideas.')).toBeInTheDocument();
      expect(savedState().words.service).toBe(`${WORDS.service}, fair to all and without bias`);
      expect(savedState().compareChecks).toBe(2);
    });

    it('does not credit an idea the learner negates, and says so', async () => {
      const words = setWord(
        withWords(),
        'excellence',
        'Service does not need to be consistent or cost-effective.',
      );
      seed(atStep(completeBuild(withCritiques(words)), 4));
      renderExercise();
      await userEvent.click(screen.getByRole('button', { name: 'Check my words' }));
      const excellence = await screen.findByRole('region', {
        name: 'Excellence: your words and the model definition',
      });
      await within(excellence).findByText(/Automatic reading/, {}, { timeout: 5000 });
      expect(excellence).toHaveTextContent(
        'Consistency, negated: “does not need to be consistent” is not counted',
      );
      expect(excellence).toHaveTextContent('Automatic reading: None of the ideas found yet.');
    });
  });

  it('goes back and keeps its place on return', async () => {
    seed(atStep(completeBuild(withCritiques(withWords())), 3));
    const first = renderExercise();
    await userEvent.click(screen.getByRole('button', { name: /back/i }));
    const heading = screen.getByRole('heading', { name: /step 2 of 4/i });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getAllByRole('button', { name: /step 2:\s*spot the gaps/i })[0]).toHaveAttribute(
      'aria-current',
      'step',
    );
    first.unmount();
    renderExercise();
    expect(screen.getByRole('heading', { name: /step 2 of 4/i })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /step 4:\s*compare/i }));
    expect(screen.getByRole('heading', { name: /step 4 of 4/i })).toBeInTheDocument();
  });

  it('opens at the furthest step the learner may reach when a save points past it', () => {
    seed(atStep(withWords(), 4));
    renderExercise();
    expect(screen.getByRole('heading', { name: 'Step 2 of 4: Spot the gaps' })).toBeInTheDocument();
  });
});
