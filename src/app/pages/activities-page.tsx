import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { mdxComponents, preloadLessonParts } from '../../content/mdx-components';
import { TAG_CHUNK_ORDER } from '../../domain/course/tag-chunks';
import { LessonContext } from '../../components/activities/lesson-context';
import { PageHeading } from '../../components/layout/page-heading';
import './activities-page.css';

/** Activities here save under this slug, which no lesson uses, so trying them changes no lesson's progress. */
const SHOWCASE_SLUG = 'showcase';
const SHOWCASE_SCENARIO = 'billing-error';

/** Every part of the tag map, and the showcase's scenario, so the page appears whole and at once. */
export const preloadActivities = () =>
  preloadLessonParts({
    chunks: [...TAG_CHUNK_ORDER],
    activities: [{ id: SHOWCASE_SCENARIO, kind: 'roleplay', required: true }],
  });

function Showcase({
  id,
  title,
  tag,
  children,
}: {
  id: string;
  title: string;
  tag: string;
  children: ReactNode;
}) {
  return (
    <section className="showcase-section" id={id}>
      <h2>{title}</h2>
      <p className="showcase-tag">
        In a lesson: <code>{tag}</code>
      </p>
      {children}
    </section>
  );
}

function SampleQuiz() {
  const { Quiz, SingleChoice, MultipleChoice, Option, TrueFalse, Ordering, Item, Matching, Pair, ShortText } =
    mdxComponents;
  return (
    <Quiz id="showcase-quiz" mastery={0.8}>
      <SingleChoice
        id="showcase-q1"
        prompt="A colleague in finance needs your sales figures by noon to pay suppliers on time. Who is your customer here?"
      >
        <Option
          id="a"
          correct
          feedback="Yes. Anyone who relies on your work is your customer, colleagues included."
        >
          The colleague in finance
        </Option>
        <Option
          id="b"
          feedback="Not quite. Customers are not only people who pay: your colleague relies on you too."
        >
          Nobody: only people who buy from us are customers
        </Option>
      </SingleChoice>
      <MultipleChoice
        id="showcase-q2"
        prompt="Which of these belong in a complete definition of customer service? Select all that apply."
      >
        <Option id="a" correct feedback="Yes. Good service once is luck; it has to happen every time.">
          Consistency
        </Option>
        <Option id="b" correct feedback="Yes. Service carries on after the customer has paid.">
          Support after the sale
        </Option>
        <Option id="c" feedback="No. Cheapest is not the same as cost-effective.">
          The lowest possible price
        </Option>
        <Option id="d" correct feedback="Yes. Every customer gets the same care, whatever they spend.">
          Treating every customer without bias
        </Option>
      </MultipleChoice>
      <TrueFalse
        id="showcase-q3"
        prompt="Once the customer has paid, the service is over."
        answer={false}
        feedbackTrue="Not so. Support after the sale is part of what the customer is promised."
        feedbackFalse="Right. Service goes on before, during and after the purchase."
      />
      <Ordering id="showcase-q4" prompt="Put these moments of one purchase in the order they happen.">
        <Item id="before">Answer the customer’s questions while they decide</Item>
        <Item id="during">Take the order accurately</Item>
        <Item id="after">Call a week later to check all is well</Item>
      </Ordering>
      <Matching
        id="showcase-q5"
        prompt="Match each quality of excellent service to what it looks like at work."
      >
        <Pair id="timely" left="Timely" right="Help arrives when the customer needs it" />
        <Pair id="consistent" left="Consistent" right="As good on a busy Saturday as on a quiet Tuesday" />
        <Pair id="non-bias" left="Without bias" right="The same care whatever the customer spends" />
      </Matching>
      <ShortText
        id="showcase-q6"
        prompt="Fill the gap: service is any action that creates ____ for your customers."
        accept={['value', 'more value']}
        feedbackCorrect="Yes: value. If nobody gains anything from an action, it is hard to call it service."
        feedbackIncorrect="The word is value: service is any action that creates value for your customers."
      />
    </Quiz>
  );
}

/** Every kind of lesson activity on one page, for trainers and reviewers to try. */
export function ActivitiesPage() {
  const { Reflection, DefinitionsExercise, RolePlay } = mdxComponents;
  return (
    <div className="page activities-page">
      <header className="showcase-header">
        <p className="eyebrow">For trainers and reviewers</p>
        <PageHeading>Lesson activities</PageHeading>
        <p className="lead">
          Every kind of activity the course uses, working as it does in a lesson. Try them as a learner would.
          What you do here is saved under this page only and counts toward no lesson.
        </p>
        <nav className="showcase-contents" aria-label="On this page">
          <ul>
            <li>
              <a href="#showcase-quiz-section">Quiz</a>
            </li>
            <li>
              <a href="#showcase-reflection-section">Reflection</a>
            </li>
            <li>
              <a href="#showcase-definitions-section">Definitions exercise</a>
            </li>
            <li>
              <a href="#showcase-roleplay-section">Role-play</a>
            </li>
            <li>
              <Link to={paths.home.to()}>Back to the course</Link>
            </li>
          </ul>
        </nav>
      </header>
      <LessonContext value={SHOWCASE_SLUG}>
        <div className="showcase">
          <Showcase id="showcase-quiz-section" title="Quiz" tag='<Quiz id="…" mastery={0.8}>'>
            <p>
              One question of each of the six kinds: single choice, multiple choice, true or false, ordering,
              matching and short text.
            </p>
            <SampleQuiz />
          </Showcase>
          <Showcase
            id="showcase-reflection-section"
            title="Reflection"
            tag='<Reflection id="…" prompt="…" minWords={30} />'
          >
            <Reflection
              id="showcase-reflection"
              prompt="Think of the last time someone served you really well. What did they do that others do not?"
              minWords={30}
            />
          </Showcase>
          <Showcase
            id="showcase-definitions-section"
            title="Definitions exercise"
            tag='<DefinitionsExercise id="…" />'
          >
            <DefinitionsExercise id="showcase-definitions" />
          </Showcase>
          <Showcase id="showcase-roleplay-section" title="Role-play" tag='<RolePlay scenario="…" />'>
            <RolePlay id="showcase-roleplay" scenario={SHOWCASE_SCENARIO} />
          </Showcase>
        </div>
      </LessonContext>
    </div>
  );
}
