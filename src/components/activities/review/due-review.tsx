import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import type { BankItem } from '../../../domain/assessment/assessment';
import {
  dueInWords,
  dueReview,
  lessonNumbersText,
  nextReview,
  REVIEW_SET_SIZE,
  reviewSummary,
} from '../../../domain/course/review-schedule';
import type { DueReview as Due } from '../../../domain/course/review-schedule';
import { useProgressData } from '../../../state/progress/selectors';
import { ReviewSet } from './review-set';
import type { ReviewLesson } from './review-set';
import './review.css';

export interface DueReviewProps {
  lessons: readonly ReviewLesson[];
  bank: readonly BankItem[];
}

/** How many questions a set will ask: those it asked already, or a full set as far as its lessons have items. */
function questionCount(
  due: Due,
  open: { id: string; items: string[] } | undefined,
  bank: readonly BankItem[],
) {
  if (open?.id === due.id) return open.items.length;
  return Math.min(REVIEW_SET_SIZE, bank.filter((item) => due.lessons.includes(item.lesson)).length);
}

/** Text with its lesson ranges ("1–3") kept on one line: a phone would otherwise break after the dash. */
const unbroken = (text: string) =>
  text.split(/(\d+–\d+)/).map((part, i) =>
    i % 2 === 1 ? (
      <span key={i} className="review-nowrap">
        {part}
      </span>
    ) : (
      part
    ),
  );

/**
 * The home page's spaced review: the set due now ("Review: 5 questions from lessons 1–3, about 4 minutes"),
 * done right here or on its own page; when none is due, when the next one will be.
 */
export function DueReviewCard({ lessons, bank }: DueReviewProps) {
  const data = useProgressData();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [now] = useState(() => new Date());
  const [active, setActive] = useState<Due | null>(null);
  // Starting the set replaces the buttons: focus goes to the card's heading, just above the first question.
  useEffect(() => {
    if (active) heading.current?.focus();
  }, [active]);
  const due = active ?? dueReview(lessons, data, now);
  const numberOf = (slug: string) => lessons.find((l) => l.slug === slug)?.number ?? 0;

  if (!due) {
    const coming = nextReview(lessons, data, now);
    if (!coming || !bank.some((item) => coming.lessons.includes(item.lesson))) return null;
    return (
      <p className="review-next">
        Next spaced review: {lessonNumbersText(coming.lessons.map(numberOf))}, {dueInWords(coming.at, now)}.
      </p>
    );
  }
  const count = questionCount(due, data.review?.open, bank);
  if (count === 0) return null;

  return (
    <section className="review-box due-review" aria-labelledby={titleId}>
      <h2 id={titleId} ref={heading} tabIndex={-1} className="review-title">
        Review: {unbroken(reviewSummary(count, due.lessons.map(numberOf)))}
      </h2>
      <p className="review-intro">
        Lessons come back about 2, 7 and 30 days after you complete them: a few minutes of recall now keeps
        them with you. Questions you found hard come up more often.
      </p>
      {active ? (
        <ReviewSet set={active} lessons={lessons} bank={bank} />
      ) : (
        <div className="actions">
          <button type="button" className="button primary" onClick={() => setActive(due)}>
            {due.started ? 'Carry on with the review here' : 'Start the review here'}
          </button>
          <Link className="button secondary" to={paths.review.to()}>
            Open it on its own page
          </Link>
        </div>
      )}
    </section>
  );
}
