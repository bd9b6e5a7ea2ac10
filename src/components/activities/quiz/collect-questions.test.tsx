import { render } from '@testing-library/react';
import type { ComponentType, ReactNode } from 'react';
import { collectQuestions, QuizContentError } from './collect-questions';
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

describe('collectQuestions', () => {
  it('reads every kind of question, in the order written, with its options, items and pairs', () => {
    const questions = collectQuestions(
      <>
        <SingleChoice
          id="q1"
          prompt="Who is an internal customer?"
          attempts={3}
          explanation="Colleagues count."
        >
          <Option id="a" correct feedback="Yes.">
            A colleague in payroll
          </Option>
          <Option id="b" feedback="No.">
            A shopper
          </Option>
        </SingleChoice>
        <MultipleChoice id="q2" prompt="Select all that apply">
          <Option id="a" correct feedback="Yes.">
            <p>
              Accurate <strong>billing</strong>
            </p>
          </Option>
          <Option id="b" feedback="No.">
            Slow replies
          </Option>
        </MultipleChoice>
        {'\n'}
        <TrueFalse
          id="q3"
          prompt="Is it true?"
          answer={false}
          feedbackTrue="Not so."
          feedbackFalse="Right."
        />
        <Ordering id="q4" prompt="Put these in order">
          <Item id="greet">Greet</Item>
          <Item id="listen">Listen</Item>
        </Ordering>
        <Matching id="q5" prompt="Match them">
          <Pair id="p1" left="Customer" right="Anyone you serve" />
          <Pair id="p2" left="Culture" right="How things are done" />
        </Matching>
        <ShortText
          id="q6"
          prompt="One word?"
          accept={['perception']}
          feedbackCorrect="Yes."
          feedbackIncorrect="It is perception."
        />
      </>,
      'check',
    );
    expect(questions).toEqual([
      {
        id: 'q1',
        kind: 'single',
        prompt: 'Who is an internal customer?',
        attempts: 3,
        explanation: 'Colleagues count.',
        options: [
          { id: 'a', text: 'A colleague in payroll', correct: true, feedback: 'Yes.' },
          { id: 'b', text: 'A shopper', correct: false, feedback: 'No.' },
        ],
      },
      {
        id: 'q2',
        kind: 'multiple',
        prompt: 'Select all that apply',
        options: [
          { id: 'a', text: 'Accurate billing', correct: true, feedback: 'Yes.' },
          { id: 'b', text: 'Slow replies', correct: false, feedback: 'No.' },
        ],
      },
      {
        id: 'q3',
        kind: 'truefalse',
        prompt: 'Is it true?',
        answer: false,
        feedbackTrue: 'Not so.',
        feedbackFalse: 'Right.',
      },
      {
        id: 'q4',
        kind: 'ordering',
        prompt: 'Put these in order',
        items: [
          { id: 'greet', text: 'Greet' },
          { id: 'listen', text: 'Listen' },
        ],
      },
      {
        id: 'q5',
        kind: 'matching',
        prompt: 'Match them',
        pairs: [
          { id: 'p1', left: 'Customer', right: 'Anyone you serve' },
          { id: 'p2', left: 'Culture', right: 'How things are done' },
        ],
      },
      {
        id: 'q6',
        kind: 'short',
        prompt: 'One word?',
        accept: ['perception'],
        feedbackCorrect: 'Yes.',
        feedbackIncorrect: 'It is perception.',
      },
    ]);
  });

  const cases: [string, ReactNode, RegExp][] = [
    [
      'a choice question with no options',
      <SingleChoice key="1" id="q1" prompt="Pick one" />,
      /Quiz "check", question "q1": a choice question needs at least two <Option>s/,
    ],
    [
      'no correct option',
      <MultipleChoice key="1" id="q2" prompt="Pick">
        <Option id="a">A</Option>
        <Option id="b">B</Option>
      </MultipleChoice>,
      /Quiz "check", question "q2": no <Option> is marked correct/,
    ],
    [
      'two correct options in a single choice',
      <SingleChoice key="1" id="q1" prompt="Pick">
        <Option id="a" correct>
          A
        </Option>
        <Option id="b" correct>
          B
        </Option>
      </SingleChoice>,
      /exactly one correct <Option>/,
    ],
    [
      'duplicate option ids',
      <SingleChoice key="1" id="q1" prompt="Pick">
        <Option id="a" correct>
          A
        </Option>
        <Option id="a">B</Option>
      </SingleChoice>,
      /question "q1": the <Option> id "a" is used twice/,
    ],
    [
      'duplicate question ids',
      [
        <TrueFalse key="1" id="q1" prompt="One" answer />,
        <TrueFalse key="2" id="q1" prompt="Two" answer={false} />,
      ],
      /Quiz "check", question "q1": this question id is used twice/,
    ],
    [
      'a question without an id',
      <TrueFalse key="1" id="" prompt="One" answer />,
      /Quiz "check" has a <TrueFalse> without an id/,
    ],
    [
      'a question without a prompt',
      <TrueFalse key="1" id="q1" prompt="" answer />,
      /question "q1": it needs a prompt/,
    ],
    [
      'something that is not a question',
      <p key="1">Stray paragraph</p>,
      /Quiz "check" contains <p>, which is not a question/,
    ],
    [
      'an item outside an ordering question',
      <Ordering key="1" id="q4" prompt="Order">
        <Option id="a">A</Option>
        <Item id="b">B</Item>
      </Ordering>,
      /question "q4": it contains <Option> where only <Item> belongs/,
    ],
    [
      'a pair without a right-hand side',
      <Matching key="1" id="q5" prompt="Match">
        <Pair id="p1" left="A" right="" />
        <Pair id="p2" left="B" right="b" />
      </Matching>,
      /question "q5": the <Pair id="p1"> needs both left/,
    ],
    [
      'a short-text question with nothing to accept',
      <ShortText key="1" id="q6" prompt="Word?" accept={[]} />,
      /question "q6": a short-text question needs accept/,
    ],
    [
      'attempts that are not a whole number',
      <TrueFalse key="1" id="q1" prompt="One" answer attempts={0} />,
      /question "q1": attempts must be a whole number/,
    ],
    ['no questions at all', null, /Quiz "check" has no questions/],
  ];

  it.each(cases)('rejects %s with a message naming the quiz and question', (_name, children, message) => {
    expect(() => collectQuestions(children, 'check')).toThrow(QuizContentError);
    expect(() => collectQuestions(children, 'check')).toThrow(message);
  });
});

describe('the quizzes in the course', () => {
  const lessons = import.meta.glob<{ default: ComponentType<{ components: Record<string, unknown> }> }>(
    '../../../../lessons/*.mdx',
    { eager: true },
  );

  it.each(Object.entries(lessons))('%s has quizzes the course can read', (_file, lesson) => {
    const found: { id: string; count: number }[] = [];
    function CollectingQuiz({ id, children }: { id: string; children?: ReactNode }) {
      found.push({ id, count: collectQuestions(children, id).length });
      return null;
    }
    const Stub = () => null;
    const Body = lesson.default;
    render(
      <Body
        components={{
          Quiz: CollectingQuiz,
          SingleChoice,
          MultipleChoice,
          Option,
          TrueFalse,
          Ordering,
          Item,
          Matching,
          Pair,
          ShortText,
          RolePlay: Stub,
          Reflection: Stub,
          DefinitionsExercise: Stub,
          KeyTakeaways: Stub,
          Callout: Stub,
          ServiceEnvironmentDiagram: Stub,
          DeliveryFactorsDiagram: Stub,
          ServiceChainDiagram: Stub,
          TensionCycleDiagram: Stub,
          CompleteDefinitionDiagram: Stub,
        }}
      />,
    );
    expect(found.length).toBeGreaterThan(0);
    for (const quiz of found) expect(quiz.count, quiz.id).toBeGreaterThanOrEqual(4);
  });
});
