import { measureLesson } from './lesson-measure';

const body = `
Intro with five words here.

## A heading counts too

- one item
- two items

| Factor | Question |
| --- | --- |
| Costs | Can we afford it? |

<Callout title="Note">Callout words count as prose.</Callout>

<ServiceEnvironmentDiagram />

<Reflection id="r" prompt="A long prompt whose words are covered by the reflection allowance" minWords={20} />

<RolePlay scenario="billing-error" />

<Quiz id="q">
  <SingleChoice id="q1" prompt="Pick one > or another">
    <Option id="a" correct feedback="Yes">Many words that belong to the question, not the prose</Option>
  </SingleChoice>
  <TrueFalse id="q2" prompt="True?" answer={true} feedbackTrue="a" feedbackFalse="b" />
  <ShortText id="q3" prompt="Word?" accept={['a', 'b']} />
</Quiz>

<DefinitionsExercise id="definitions" />

\`\`\`mdx
<Quiz id="in-code"><TrueFalse id="x" /></Quiz>
\`\`\`
`;

describe('measureLesson', () => {
  it('counts prose words outside activities and code, and each kind of activity', () => {
    expect(measureLesson(body)).toEqual({
      // intro 5 + heading 4 + list 2 + 2 + table header 2 + row 5 + callout 5
      words: 25,
      quizQuestions: 3,
      rolePlays: 1,
      reflections: 1,
      definitionsExercises: 1,
      diagrams: 1,
    });
  });

  it('does not count punctuation-only tokens as words', () => {
    expect(measureLesson('One — two · three.').words).toBe(3);
  });
});
