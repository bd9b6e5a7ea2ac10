import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { useProgress } from '../../../state/progress/progress-store';
import { LessonContext } from '../lesson-context';
import { Quiz } from './quiz';
import {
  Item,
  Matching,
  MultipleChoice,
  Option,
  Ordering,
  Pair,
  ShortText,
  SingleChoice,
  TrueFalse,
} from './quiz-tags';

type User = ReturnType<typeof userEvent.setup>;

function renderQuiz(question: ReactElement) {
  return render(
    <LessonContext.Provider value="l">
      <Quiz id="check">{question}</Quiz>
    </LessonContext.Provider>,
  );
}

const feedback = () => screen.getByRole('status', { name: 'Feedback on question 1' });
const check = (user: User) => user.click(screen.getByRole('button', { name: 'Check answer' }));
const saved = () => useProgress.getState().activities.check;

/** The ordering list as shown, by item text. */
function shownOrder(): string[] {
  return within(screen.getByRole('group'))
    .getAllByRole('listitem')
    .map((li) => ORDER.find((text) => li.textContent?.includes(text)) ?? '');
}

/** Puts the ordering list in the wanted order with the Move up buttons, as a keyboard user would. */
async function sortWithButtons(user: User, wanted: string[]) {
  for (const [target, text] of wanted.entries()) {
    while (shownOrder().indexOf(text) > target) {
      screen.getByRole('button', { name: `Move “${text}” up` }).focus();
      await user.keyboard('{Enter}');
    }
  }
}

async function tick(user: User, name: string, on: boolean) {
  const box = screen.getByRole('checkbox', { name });
  if ((box as HTMLInputElement).checked !== on) await user.click(box);
}

interface KindCase {
  kind: string;
  question: ReactElement;
  answerRight: (user: User) => Promise<void>;
  answerWrong: (user: User) => Promise<void>;
  rightFeedback: RegExp;
  wrongFeedback: RegExp;
  /** What "Show the answer" lists, in order. */
  answer: string[];
  /** After a remount, the wrong answer given before is still in the controls. */
  expectWrongAnswerShown: () => void;
}

const ORDER = ['Greet the customer', 'Listen to the problem', 'Solve it', 'Thank them'];

const cases: KindCase[] = [
  {
    kind: 'single choice',
    question: (
      <SingleChoice id="q" prompt="Who is an internal customer?">
        <Option id="a" correct feedback="Yes: colleagues who depend on you are customers.">
          A colleague in payroll
        </Option>
        <Option id="b" feedback="A shopper is an external customer.">
          A shopper at the till
        </Option>
      </SingleChoice>
    ),
    answerRight: (user) => user.click(screen.getByRole('radio', { name: 'A colleague in payroll' })),
    answerWrong: (user) => user.click(screen.getByRole('radio', { name: 'A shopper at the till' })),
    rightFeedback: /colleagues who depend on you are customers/,
    wrongFeedback: /A shopper is an external customer/,
    answer: ['A colleague in payroll'],
    expectWrongAnswerShown: () => {
      const radio = screen.getByRole('radio', { name: /A shopper at the till/ });
      expect(radio).toBeChecked();
      expect(radio).toBeDisabled();
      expect(radio.closest('label')).toHaveTextContent('✗ Wrong');
    },
  },
  {
    kind: 'multiple choice',
    question: (
      <MultipleChoice id="q" prompt="What do customers expect? Select all that apply.">
        <Option id="a" correct feedback="Yes, a wrong bill hurts trust.">
          Accurate billing
        </Option>
        <Option id="b" feedback="No, speed alone is not enough.">
          A quick answer and nothing more
        </Option>
        <Option id="c" correct feedback="Yes, support after the sale matters.">
          After-sale support
        </Option>
      </MultipleChoice>
    ),
    // A retry starts from the answer given before, so each box is set as it should be.
    answerRight: async (user) => {
      await tick(user, 'Accurate billing', true);
      await tick(user, 'A quick answer and nothing more', false);
      await tick(user, 'After-sale support', true);
    },
    answerWrong: (user) =>
      user.click(screen.getByRole('checkbox', { name: 'A quick answer and nothing more' })),
    rightFeedback: /a wrong bill hurts trust.*support after the sale matters/,
    wrongFeedback: /speed alone is not enough.*2 more right options/,
    answer: ['Accurate billing', 'After-sale support'],
    expectWrongAnswerShown: () => {
      expect(screen.getByRole('checkbox', { name: /A quick answer/ })).toBeChecked();
      expect(screen.getByRole('checkbox', { name: /Accurate billing/ })).not.toBeChecked();
    },
  },
  {
    kind: 'true/false',
    question: (
      <TrueFalse
        id="q"
        prompt="Following the procedure means the service was good."
        answer={false}
        feedbackTrue="Not so: the customer's view is what counts."
        feedbackFalse="Right: perception is what counts."
      />
    ),
    answerRight: (user) => user.click(screen.getByRole('radio', { name: 'False' })),
    answerWrong: (user) => user.click(screen.getByRole('radio', { name: 'True' })),
    rightFeedback: /perception is what counts/,
    wrongFeedback: /the customer's view is what counts/,
    answer: ['False'],
    expectWrongAnswerShown: () => {
      expect(screen.getByRole('radio', { name: /True/ })).toBeChecked();
      expect(screen.getByRole('radio', { name: /True/ })).toBeDisabled();
    },
  },
  {
    kind: 'ordering',
    question: (
      <Ordering id="q" prompt="Put the steps in order">
        {ORDER.map((text, i) => (
          <Item key={text} id={`i${i}`}>
            {text}
          </Item>
        ))}
      </Ordering>
    ),
    answerRight: (user) => sortWithButtons(user, ORDER),
    answerWrong: (user) => sortWithButtons(user, [...ORDER].reverse()),
    rightFeedback: /4 of 4 in the right place/,
    wrongFeedback: /0 of 4 in the right place/,
    answer: ORDER,
    expectWrongAnswerShown: () => {
      expect(shownOrder()).toEqual([...ORDER].reverse());
      expect(screen.getAllByText(/Out of place/)).toHaveLength(4);
    },
  },
  {
    kind: 'matching',
    question: (
      <Matching id="q" prompt="Match each term to its meaning">
        <Pair id="customer" left="Customer" right="Anyone who needs what you offer" />
        <Pair id="culture" left="Culture" right="How things are done here" />
        <Pair id="chain" left="Chain" right="Work passed from role to role" />
      </Matching>
    ),
    answerRight: async (user) => {
      await user.selectOptions(
        screen.getByRole('combobox', { name: 'Customer' }),
        'Anyone who needs what you offer',
      );
      await user.selectOptions(screen.getByRole('combobox', { name: 'Culture' }), 'How things are done here');
      await user.selectOptions(
        screen.getByRole('combobox', { name: 'Chain' }),
        'Work passed from role to role',
      );
    },
    answerWrong: async (user) => {
      await user.selectOptions(
        screen.getByRole('combobox', { name: 'Customer' }),
        'How things are done here',
      );
      await user.selectOptions(
        screen.getByRole('combobox', { name: 'Culture' }),
        'Work passed from role to role',
      );
      await user.selectOptions(
        screen.getByRole('combobox', { name: 'Chain' }),
        'Anyone who needs what you offer',
      );
    },
    rightFeedback: /3 of 3 matched correctly/,
    wrongFeedback: /0 of 3 matched correctly/,
    answer: [
      'Customer → Anyone who needs what you offer',
      'Culture → How things are done here',
      'Chain → Work passed from role to role',
    ],
    expectWrongAnswerShown: () => {
      // Once checked, each match reads in full, with its mark.
      expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
      expect(screen.getByText('How things are done here').parentElement).toHaveTextContent('✗ Wrong');
    },
  },
  {
    kind: 'short text',
    question: (
      <ShortText
        id="q"
        prompt="In one word: what is the only reality that counts?"
        accept={['perception', 'customer perception']}
        feedbackCorrect="Yes: perception decides."
        feedbackIncorrect="The answer is perception."
      />
    ),
    // Case, spacing and punctuation do not matter.
    answerRight: async (user) => {
      await user.clear(screen.getByRole('textbox'));
      await user.type(screen.getByRole('textbox'), '  Customer-Perception! ');
    },
    answerWrong: async (user) => {
      await user.clear(screen.getByRole('textbox'));
      await user.type(screen.getByRole('textbox'), 'reality');
    },
    rightFeedback: /perception decides/,
    wrongFeedback: /The answer is perception/,
    answer: ['perception'],
    expectWrongAnswerShown: () => {
      expect(screen.getByRole('textbox')).toHaveValue('reality');
      expect(screen.getByRole('textbox')).toBeDisabled();
    },
  },
];

describe.each(cases)('a $kind question', (c) => {
  it('says so when answered right, scores it and locks the answer', async () => {
    const user = userEvent.setup();
    renderQuiz(c.question);
    await c.answerRight(user);
    await check(user);
    expect(feedback()).toHaveTextContent('✓ Correct');
    expect(feedback()).toHaveTextContent(c.rightFeedback);
    expect(screen.queryByRole('button', { name: 'Check answer' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(screen.getByText(/Your score:/)).toHaveTextContent('Your score: 1 out of 1 (100%)');
    expect(screen.getByText(/Mastery reached/)).toBeInTheDocument();
    expect(saved()).toMatchObject({ lesson: 'l', kind: 'quiz', completed: true, score: 1, attempts: 1 });
  });

  it('explains a wrong answer and offers another attempt', async () => {
    const user = userEvent.setup();
    renderQuiz(c.question);
    await c.answerWrong(user);
    await check(user);
    expect(feedback()).toHaveTextContent('✗ Not quite');
    expect(feedback()).toHaveTextContent(c.wrongFeedback);
    expect(feedback()).toHaveTextContent('You have one more attempt.');
    expect(screen.getByRole('button', { name: 'Try again' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Show the answer' })).not.toBeInTheDocument();
    expect(screen.getByText('1 of 1 questions answered.')).toBeInTheDocument();
    expect(saved()).toMatchObject({ completed: false, score: 0 });
  });

  it('lets the learner try again and get it right', async () => {
    const user = userEvent.setup();
    renderQuiz(c.question);
    await c.answerWrong(user);
    await check(user);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Attempt 2 of 2')).toBeInTheDocument();
    expect(feedback()).toHaveTextContent('');
    await c.answerRight(user);
    await check(user);
    expect(feedback()).toHaveTextContent('✓ Correct');
    expect(screen.getByText(/Your score:/)).toHaveTextContent('1 out of 1');
  });

  it('shows the answer after the last attempt', async () => {
    const user = userEvent.setup();
    renderQuiz(c.question);
    await c.answerWrong(user);
    await check(user);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await check(user);
    expect(feedback()).toHaveTextContent('That was your last attempt');
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show the answer' }));
    expect(feedback()).toHaveFocus();
    expect(feedback()).toHaveTextContent('The answer');
    const shown = within(feedback()).getByText('The answer').nextElementSibling as HTMLElement;
    const lines =
      shown.tagName === 'P'
        ? [shown.textContent]
        : within(shown)
            .getAllByRole('listitem')
            .map((li) => li.textContent);
    expect(lines).toEqual(c.answer);
    expect(screen.getByText(/Answer shown/)).toBeInTheDocument();
    expect(screen.getByText(/Your score:/)).toHaveTextContent('(0%)');
    expect(screen.getByText(/Not mastered yet/)).toBeInTheDocument();
    expect(saved()?.completed).toBe(true);
  });

  it('shows the past answer and its feedback after a remount, with a way to try again', async () => {
    const user = userEvent.setup();
    const first = renderQuiz(c.question);
    await c.answerWrong(user);
    await check(user);
    first.unmount();

    renderQuiz(c.question);
    c.expectWrongAnswerShown();
    expect(feedback()).toHaveTextContent('✗ Not quite');
    expect(feedback()).toHaveTextContent(c.wrongFeedback);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await c.answerRight(user);
    await check(user);
    expect(feedback()).toHaveTextContent('✓ Correct');
  });
});

describe('an ordering question left as first shown', () => {
  it('is not checked as an answer: the learner is asked to move the items first', async () => {
    const user = userEvent.setup();
    renderQuiz(
      <Ordering id="q" prompt="Put the steps in order">
        {ORDER.map((text, i) => (
          <Item key={text} id={`i${i}`}>
            {text}
          </Item>
        ))}
      </Ordering>,
    );
    const before = shownOrder();
    expect(before).not.toEqual(ORDER);
    await check(user);
    expect(screen.getByText(/Move the items into order, then check it/)).toBeInTheDocument();
    expect(saved()).toBeUndefined();
    expect(shownOrder()).toEqual(before);
  });
});

describe('quiz wording', () => {
  it('never says "Not quite" twice in one feedback', async () => {
    const user = userEvent.setup();
    renderQuiz(
      <SingleChoice id="q" prompt="Is the IT helpdesk serving customers?">
        <Option id="a" correct feedback="Yes. Colleagues who rely on it are its customers.">
          Yes, its colleagues
        </Option>
        <Option id="b" feedback="Not quite. Anyone who relies on your work counts as a customer.">
          No, nobody pays it
        </Option>
      </SingleChoice>,
    );
    await user.click(screen.getByRole('radio', { name: 'No, nobody pays it' }));
    await check(user);
    expect(feedback()).toHaveTextContent('✗ Not quite');
    expect(feedback()).toHaveTextContent('Anyone who relies on your work counts as a customer.');
    expect(feedback().textContent?.match(/not quite/gi)).toHaveLength(1);
  });

  it('states the multiple-choice marking rule in one short line, with the full rule behind a disclosure', async () => {
    const user = userEvent.setup();
    renderQuiz(
      <MultipleChoice id="q" prompt="What do customers expect? Select all that apply.">
        <Option id="a" correct feedback="Yes.">
          Accurate billing
        </Option>
        <Option id="b" feedback="No.">
          Nothing more
        </Option>
      </MultipleChoice>,
    );
    const group = screen.getByRole('group', { name: /What do customers expect/ });
    expect(group).toHaveAccessibleDescription('Wrong picks take marks away.');
    const summary = screen.getByText('How is this marked?');
    const details = summary.closest('details');
    expect(details).not.toHaveAttribute('open');
    expect(within(details as HTMLElement).getByText(/never goes below zero/)).not.toBeVisible();
    // A native <details>: Enter and Space open it in a browser (checked in the e2e quiz walk).
    await user.click(summary);
    expect(details).toHaveAttribute('open');
    expect(within(details as HTMLElement).getByText(/never goes below zero/)).toBeVisible();
  });

  it('shows a pick marked wrong as wrong, no longer as chosen', async () => {
    const user = userEvent.setup();
    renderQuiz(
      <MultipleChoice id="q" prompt="What do customers expect? Select all that apply.">
        <Option id="a" correct feedback="Yes.">
          Accurate billing
        </Option>
        <Option id="b" feedback="No.">
          Nothing more
        </Option>
      </MultipleChoice>,
    );
    await tick(user, 'Accurate billing', true);
    await tick(user, 'Nothing more', true);
    const label = (name: string) => screen.getByRole('checkbox', { name: new RegExp(name) }).closest('label');
    expect(label('Nothing more')).toHaveClass('is-chosen');
    await check(user);
    expect(label('Nothing more')).toHaveTextContent('✗ Wrong');
    expect(label('Nothing more')).not.toHaveClass('is-chosen');
    expect(label('Nothing more')).toHaveClass('is-wrong');
    expect(label('Accurate billing')).toHaveClass('is-right');
  });
});
