import type { Ref } from 'react';

export interface ReviewResultProps {
  ref?: Ref<HTMLDivElement>;
  /** False until the learner finishes: the live region is there from the start, so its news is read out. */
  shown: boolean;
  right: number;
  total: number;
  /** What comes next, in a sentence. */
  next: string;
}

/** How a warm-up or review set went, announced to screen readers as it appears and given focus. */
export function ReviewResult({ ref, shown, right, total, next }: ReviewResultProps) {
  return (
    <div ref={ref} className="review-result" role="status" tabIndex={-1}>
      {shown && (
        <>
          <p className="review-score">
            <strong>
              {right} of {total} right.
            </strong>{' '}
            {right === total
              ? 'All of it came back to you.'
              : 'Each answer above shows what to remember; those questions come up more often in later reviews.'}
          </p>
          <p>{next}</p>
        </>
      )}
    </div>
  );
}
