/** A one-page card a new hire keeps beside them after a lesson: the ideas, and what to say and not say. */
export interface JobAid {
  slug: string;
  title: string;
  ideas: string[];
  phrasesThatWork: { say: string; why: string }[];
  phrasesToAvoid: { say: string; instead: string }[];
}

/** One module's classroom session. */
interface SessionPlan {
  slug: string;
  title: string;
  minutes: number;
  goal: string;
  steps: { minutes: number; what: string }[];
  questions: string[];
}

/** The trainer guide: a session per module, what to watch for on the floor, and the month after. */
export interface TrainerGuide {
  intro: string;
  sessions: SessionPlan[];
  checklist: { behaviour: string; lookFor: string; slug: string }[];
  followUp: { day: number; title: string; actions: string[] }[];
}
