/**
 * Where a lesson opens and which section counts as the learner's place. A reload or a return to an unfinished
 * lesson opens at the section the learner was reading; the saved place changes only once the learner moves.
 */

/** The id an address's fragment names (`#section`), decoded; a malformed `%` escape is kept as written. */
export function fragmentId(hash: string): string | undefined {
  const raw = hash.replace(/^#/, '');
  if (raw === '') return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export interface OpeningInput {
  /** The id after `#` in the address, if any (a section or an activity). */
  fragment: string | undefined;
  /** The section saved as the learner's place in this lesson. */
  saved: string | undefined;
  sections: readonly { id: string }[];
  complete: boolean;
  /** The page was reloaded (or restored from history) rather than opened from a link. */
  reloaded: boolean;
}

/**
 * What the lesson scrolls to when it opens: the address's own target first; else the saved section when the
 * lesson is unfinished or the page was reloaded; else nothing (the top). A completed lesson opened again
 * from a link starts at the top, for review.
 */
export function openingTarget({ fragment, saved, sections, complete, reloaded }: OpeningInput) {
  if (fragment) return fragment;
  if (!saved || !sections.some((s) => s.id === saved)) return undefined;
  return !complete || reloaded ? saved : undefined;
}

/** The section being read: the last heading whose top has passed the reading line; none above the first. */
export function sectionAtLine(headings: readonly { id: string; top: number }[], line: number) {
  let id: string | undefined;
  for (const heading of headings) if (heading.top <= line) id = heading.id;
  return id;
}

/** The section to save now, or null: only after the learner has moved, and only when it changed. */
export function sectionToSave(input: {
  moved: boolean;
  inView: string | undefined;
  saved: string | undefined;
}) {
  return input.moved && input.inView && input.inView !== input.saved ? input.inView : null;
}
