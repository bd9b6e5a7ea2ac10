import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import type { LearningEvent } from '../../../domain/course/learning-events';
import { onLearningEvent } from '../../../state/progress/learning-event-bus';
import { useProgress } from '../../../state/progress/progress-store';
import { LessonContext } from '../lesson-context';
import { Quiz } from './quiz';
import { MultipleChoice, Option, SingleChoice, TrueFalse } from './quiz-tags';

type User = ReturnType<typeof userEvent.setup>;

function twoQuestions() {
  return [
    <SingleChoice key="1" id="q1" prompt="Who is an internal customer?" attempts={1}>
      <Option id="a" correct feedback="Yes.">
        A colleague
      </Option>
      <Option id="b" feedback="No, that is an external customer.">
        A shopper
      </Option>
    </SingleChoice>,
    <TrueFalse
      key="2"
      id="q2"
      prompt="Only the front desk serves customers."
      answer={false}
      attempts={1}
      feedbackTrue="Not so."
      feedbackFalse="Right."
      explanation="Every role is a link in the chain."
    />,
  ];
}

function renderQuiz(props: { mastery?: number; children?: ReactNode } = {}) {
  return render(
    <LessonContext.Provider value="chain">
      <Quiz id="chain-check" {...(props.mastery === undefined ? {} : { mastery: props.mastery })}>
        {props.children ?? twoQuestions()}
      </Quiz>
    </LessonContext.Provider>,
  );
}

const checkButtons = () => screen.getAllByRole('button', { name: 'Check answer' });

async function answerBoth(user: User, first: 'A colleague' | 'A shopper', second: 'True' | 'False') {
  await user.click(screen.getByRole('radio', { name: first }));
  await user.click(checkButtons()[0] as HTMLElement);
  await user.click(screen.getByRole('radio', { name: second }));
  await user.click(checkButtons()[0] as HTMLElement);
}

describe('Quiz', () => {
  it('is a named region with the activity id, introducing its rules', () => {
    renderQuiz({ mastery: 0.75 });
    const region = screen.getByRole('region', { name: 'Knowledge check' });
    expect(region).toHaveAttribute('id', 'chain-check');
    expect(region).toHaveTextContent(
      '2 questions. You have one attempt at each question, and you reach mastery with 75% or more.',
    );
    expect(screen.getByRole('group', { name: 'Who is an internal customer?' })).toBeInTheDocument();
    expect(screen.getByText('0 of 2 questions answered.')).toBeInTheDocument();
  });

  it('asks for an answer before checking', async () => {
    const user = userEvent.setup();
    renderQuiz();
    await user.click(checkButtons()[0] as HTMLElement);
    expect(screen.getByRole('status', { name: 'Feedback on question 1' })).toHaveTextContent(
      'Choose an answer, then check it.',
    );
    expect(useProgress.getState().activities['chain-check']).toBeUndefined();
  });

  it('moves focus to the feedback after a right answer and shows the explanation once settled', async () => {
    const user = userEvent.setup();
    renderQuiz();
    await user.click(screen.getByRole('radio', { name: 'False' }));
    await user.click(checkButtons()[1] as HTMLElement);
    const feedback = screen.getByRole('status', { name: 'Feedback on question 2' });
    expect(feedback).toHaveFocus();
    expect(feedback).toHaveTextContent('Every role is a link in the chain.');
  });

  it('scores the quiz and says whether mastery was reached', async () => {
    const user = userEvent.setup();
    renderQuiz();
    await answerBoth(user, 'A colleague', 'True');
    expect(screen.getByText(/Your score:/)).toHaveTextContent('Your score: 1 out of 2 (50%)');
    expect(screen.getByText(/Not mastered yet/)).toHaveTextContent('Mastery needs 80%');
    const saved = useProgress.getState().activities['chain-check'];
    expect(saved).toMatchObject({ lesson: 'chain', kind: 'quiz', completed: true, score: 0.5, attempts: 1 });
    expect(saved?.answers).toMatchObject({
      version: 1,
      questions: {
        q1: { response: { kind: 'single', optionId: 'a' }, attempts: 1, status: 'correct', credit: 1 },
        q2: { response: { kind: 'truefalse', value: true }, attempts: 1, status: 'incorrect', credit: 0 },
      },
    });
  });

  it('uses the mastery the lesson sets', async () => {
    const user = userEvent.setup();
    renderQuiz({ mastery: 0.5 });
    await answerBoth(user, 'A colleague', 'True');
    expect(screen.getByText(/Mastery reached/)).toHaveTextContent('Mastery reached. You needed 50%.');
  });

  it('counts partial credit for "select all that apply" in the score', async () => {
    const user = userEvent.setup();
    renderQuiz({
      children: (
        <MultipleChoice id="m" prompt="Pick the right ones" attempts={1}>
          <Option id="a" correct feedback="Yes, a.">
            Alpha
          </Option>
          <Option id="b" correct feedback="Yes, b.">
            Bravo
          </Option>
          <Option id="c" feedback="No, c.">
            Charlie
          </Option>
        </MultipleChoice>
      ),
    });
    expect(screen.getByText(/Each right option you pick earns an equal share/)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Alpha' }));
    await user.click(checkButtons()[0] as HTMLElement);
    expect(screen.getByRole('status', { name: 'Feedback on question 1' })).toHaveTextContent(
      '◐ Partly right: 50% of the mark',
    );
    expect(screen.getByText(/Your score:/)).toHaveTextContent('0.5 out of 1 (50%)');
  });

  it('publishes what the learner answered, in words', async () => {
    const user = userEvent.setup();
    const events: LearningEvent[] = [];
    const stop = onLearningEvent((e) => events.push(e));
    renderQuiz();
    await answerBoth(user, 'A shopper', 'False');
    stop();
    expect(events.filter((e) => e.type === 'question-answered')).toEqual([
      expect.objectContaining({
        lesson: 'chain',
        activity: 'chain-check',
        question: 'q1',
        response: 'A shopper',
        correct: false,
        credit: 0,
        // By content ids, for LMS and LRS interaction records.
        interaction: expect.objectContaining({ type: 'choice', response: ['b'], correct: ['a'] }),
        latencyMs: expect.any(Number),
      }),
      expect.objectContaining({
        question: 'q2',
        response: 'False',
        correct: true,
        credit: 1,
        interaction: expect.objectContaining({ type: 'true-false', response: false }),
      }),
    ]);
    expect(events).toContainEqual(
      expect.objectContaining({
        type: 'activity-completed',
        activity: 'chain-check',
        kind: 'quiz',
        score: 0.5,
      }),
    );
  });

  it('shows the past answers and result when the learner comes back', async () => {
    const user = userEvent.setup();
    const first = renderQuiz();
    await answerBoth(user, 'A colleague', 'False');
    first.unmount();

    renderQuiz();
    expect(screen.getByRole('radio', { name: /A colleague/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: /False/ })).toBeChecked();
    expect(screen.getByText(/Your score:/)).toHaveTextContent('2 out of 2 (100%)');
    expect(screen.getByText(/Mastery reached/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Check answer' })).not.toBeInTheDocument();
  });

  it('starts again on request, keeping the last result until the new attempt is finished', async () => {
    const user = userEvent.setup();
    renderQuiz();
    await answerBoth(user, 'A shopper', 'False');
    await user.click(screen.getByRole('button', { name: 'Try the quiz again' }));

    expect(screen.getByRole('heading', { name: 'Knowledge check' })).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'A shopper' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'A shopper' })).toBeEnabled();
    expect(checkButtons()).toHaveLength(2);
    expect(screen.getByText('Your last finished attempt').parentElement).toHaveTextContent(
      '1 out of 2 (50%)',
    );
    expect(useProgress.getState().activities['chain-check']).toMatchObject({ completed: true, score: 0.5 });

    await answerBoth(user, 'A colleague', 'False');
    expect(screen.getByText(/Your score:/)).toHaveTextContent('2 out of 2 (100%)');
    expect(screen.queryByText('Your last finished attempt')).not.toBeInTheDocument();
    expect(useProgress.getState().activities['chain-check']).toMatchObject({ score: 1, attempts: 2 });
  });

  it('starts fresh, without crashing, from saved answers it cannot read', () => {
    act(() =>
      useProgress.getState().saveActivity('chain-check', {
        lesson: 'chain',
        kind: 'quiz',
        answers: { version: 1, questions: { q1: { response: 'nonsense', attempts: 'many' } } },
        completed: false,
      }),
    );
    renderQuiz();
    expect(screen.getByRole('radio', { name: 'A shopper' })).toBeEnabled();
    expect(screen.getByText('0 of 2 questions answered.')).toBeInTheDocument();
  });

  it('explains, in place, a quiz written in a way it cannot use', () => {
    renderQuiz({
      children: (
        <SingleChoice id="broken" prompt="Pick">
          <Option id="a">A</Option>
          <Option id="b">B</Option>
        </SingleChoice>
      ),
    });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Quiz "chain-check", question "broken": no <Option> is marked correct.',
    );
  });
});
