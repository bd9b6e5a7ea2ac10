/**
 * A coach for typed service replies, run on the device with no network.
 *
 * It looks for the five moves of a good reply to an unhappy customer:
 *   1. acknowledge the problem   ("I can see the order arrived broken")
 *   2. show empathy               ("that must be so frustrating")
 *   3. own it or apologise        ("I'm sorry, that's our mistake")
 *   4. offer a concrete resolution("I'll send a replacement")
 *   5. agree the next step        ("you'll have it by Friday; does that work?")
 * and for defensive language that starts the tension cycle: deflecting ("not my department"),
 * blaming ("you should have"), dismissing ("calm down"), hiding behind policy ("policy says"),
 * and refusing ("there's nothing I can do").
 *
 * How it decides: each move and each defensive habit is a list of phrase patterns below. A move
 * counts when one of its patterns appears and is not negated: a "not", "never", "don't", "can't"
 * and the like within the four words before it, in the same clause, cancels it, so "I'm not
 * sorry" is no apology. "Not only", "no problem" and "no worries" do not negate. Defensive
 * phrases are never cancelled by negation. Apostrophes are optional ("im sorry", "ill fix it").
 *
 * Its limits, stated plainly: it reads words, not meaning. It cannot hear tone, sarcasm or
 * whether a promise is realistic; a warm reply in words it does not know scores low, and a
 * list of stock phrases scores high. "Our policy is 30 days, but I'll make an exception" is
 * flagged for "our policy" even though the reply is helpful. It knows English only. Treat the
 * result as a prompt to reflect, never as a mark.
 */
import type { RubricProfile } from './scenario-types';

export type ServiceMove = 'acknowledge' | 'empathy' | 'ownership' | 'resolution' | 'next-step';

export type DefensiveKind = 'deflecting' | 'blaming' | 'dismissing' | 'policy' | 'refusing';

export interface MoveInfo {
  move: ServiceMove;
  label: string;
  /** A nudge shown when the move is missing. */
  tip: string;
}

export const SERVICE_MOVES: readonly MoveInfo[] = [
  {
    move: 'acknowledge',
    label: 'Acknowledge the problem',
    tip: 'say back what went wrong, so they know you heard it',
  },
  { move: 'empathy', label: 'Show empathy', tip: 'name how it must feel for them' },
  {
    move: 'ownership',
    label: 'Own it or apologise',
    tip: 'apologise or take ownership, even if you did not cause it',
  },
  {
    move: 'resolution',
    label: 'Offer a concrete resolution',
    tip: 'say exactly what you will do to put it right',
  },
  { move: 'next-step', label: 'Agree the next step', tip: 'agree what happens next, and when' },
];

export const DEFENSIVE_KINDS: Record<DefensiveKind, string> = {
  deflecting: 'passes the problem to someone else instead of owning it',
  blaming: 'puts the fault on the customer',
  dismissing: 'brushes aside how the customer feels',
  policy: 'hides behind a rule instead of looking for what you can do',
  refusing: 'shuts the door without offering another way',
};

export interface MoveEvidence {
  move: ServiceMove;
  /** The words in the reply that showed the move, as typed. */
  phrase: string;
}

export interface DefensiveFlag {
  kind: DefensiveKind;
  phrase: string;
  /** Why this language hurts, in one clause. */
  why: string;
}

export interface RubricResult {
  /** Moves found, in the order of SERVICE_MOVES, each with its evidence. */
  found: MoveEvidence[];
  missing: ServiceMove[];
  defensive: DefensiveFlag[];
  /** 0..100: 20 points a move, minus 25 a defensive phrase. */
  quality: number;
  profile: RubricProfile;
  /** Two or three plain sentences for the learner. */
  explanation: string;
  wordCount: number;
}

// Phrase lists. Patterns run on lower-case text with curly apostrophes made straight.
// Contractions are written out in full (i'll, we're) so the lists read as phrases.

const WILL = String.raw`(?:i'll|i will|i can|i could|i'm going to|i am going to|let me|we'll|we will|we can|we're going to|i'd like to|i'm happy to|i've|i have|we've)`;
const FIX_VERB = String.raw`(?:replac|refund|fix|sort|correct|credit|reset|send|sent|swap|exchang|revers|waiv|arrang|book|order|repair|restor|unlock|updat(?!e you\b)|cancel|reissu|rebook|remov|reimburs|cover|upgrad|escalat|organi[sz]|process|test|honour|match|get you|set you up|find you|give you|bring you|put (?:it|this|that) right|deliver|ship|install|transfer(?! you\b)|adjust|bump|fetch|get (?:it|that|this|them|one))\w*`;
const FEELING = String.raw`(?:frustrating|annoying|stressful|worrying|upsetting|maddening|infuriating|disappointing|inconvenient|exhausting|awkward|embarrassing|unsettling|horrible|awful|a pain|a worry|a nightmare|a hassle|a shock)`;

/** Apostrophes are optional, so "ill fix it" and "im sorry" are read like "I'll" and "I'm". */
const rx = (source: string) => new RegExp(source.replace(/'/g, "'?"), 'g');

const MOVE_PATTERNS: Record<ServiceMove, RegExp[]> = {
  acknowledge: [
    rx(String.raw`\bi (?:can |do )?(?:completely |totally |fully |really )?understand\b`),
    rx(String.raw`\bi (?:can )?see (?:that|why|what|how|the|your|you|it|from)\b`),
    rx(String.raw`\bi hear (?:you|what|that)\b`),
    rx(String.raw`\byou(?:'re| are) (?:absolutely |quite |completely |so )?right\b`),
    rx(
      String.raw`\b(?:thank you|thanks) for (?:telling|letting me know|bringing|explaining|raising|flagging|pointing|coming|your patience|waiting|bearing)`,
    ),
    rx(
      String.raw`\b(?:if i(?:'ve| have)? understood|if i understand|just to check|let me (?:make sure|check) i(?:'ve| have)? (?:got|understood))`,
    ),
    rx(
      String.raw`\bso (?:it|the|your|you've|you were|you have)\b[^.?!]{0,50}\b(?:stopped|broke|broken|failed|died|working|charged|billed|locked|missing|late|wrong|twice|waiting)\b`,
    ),
    rx(String.raw`\bthat(?:'s| is| was)? (?:not|n't) (?:what|how) (?:you|it)\b`),
  ],
  empathy: [
    rx(
      String.raw`\b(?:that|this|it) (?:must (?:be|have been)|sounds|is|was|feels|would be)(?: so| really| very| incredibly| pretty| extremely| genuinely)? ${FEELING}`,
    ),
    rx(
      String.raw`\bi(?:'d| would) (?:be|feel) (?:just as |exactly |pretty |really |very )?(?:frustrated|annoyed|upset|worried|cross|angry|fed up|the same)\b`,
    ),
    rx(String.raw`\bi can (?:only )?imagine\b`),
    rx(
      String.raw`\bi (?:completely |totally |really )?(?:understand|get|see) (?:how|why) (?:you|that|this|it)\b`,
    ),
    rx(String.raw`\bno wonder you(?:'re| are)\b`),
    rx(String.raw`\b(?:completely|totally|perfectly|entirely) (?:understandable|fair|reasonable)\b`),
    rx(String.raw`\bi know how (?:frustrating|annoying|stressful|worrying|upsetting|hard|difficult|much)\b`),
    rx(
      String.raw`\b(?:frustrating|annoying|stressful|worrying|upsetting|inconvenient|disappointing|hard) for you\b`,
    ),
    rx(String.raw`\bsorry (?:you(?:'ve| have)? (?:had|been|gone)|to hear|that you)\b`),
    rx(String.raw`\bi appreciate (?:your patience|how|that (?:this|it|you)|you)\b`),
    rx(String.raw`\bhow (?:frustrating|annoying|stressful|awful|worrying|upsetting)\b`),
    rx(String.raw`\bthe last thing you (?:need|needed|want|wanted)\b`),
  ],
  ownership: [
    rx(String.raw`\bsorry\b`),
    rx(String.raw`\bapolog(?:y|ies|i[sz]e)\b`),
    rx(String.raw`\bcan(?:'t|not) apologi[sz]e enough\b`),
    rx(String.raw`\b(?:my|our) (?:mistake|fault|error|bad)\b`),
    rx(
      String.raw`\b(?:i|we) (?:got (?:it|this|that) wrong|made (?:a|an|the) (?:mistake|error)|messed (?:it |this |that )?up|slipped up|dropped the ball|let you down)`,
    ),
    rx(String.raw`\bthat(?:'s| is) on (?:us|me)\b`),
    rx(String.raw`\b(?:take|taking) (?:full )?(?:ownership|responsibility)\b`),
    rx(
      String.raw`\b(?:i'll|i will) (?:personally )?(?:own|look after|handle|deal with|see to) (?:this|it|that)\b`,
    ),
    rx(String.raw`\bleave (?:it|this|that) with me\b`),
    rx(String.raw`\b(?:that|this|it) (?:should(?:n't| not)|should never) have happened\b`),
    rx(String.raw`\b(?:that|this|it)(?:'s not| is not| isn't| wasn't| was not) good enough\b`),
    rx(String.raw`\byou should(?:n't| not) have (?:had to|to)\b`),
    rx(String.raw`\b(?:we|i) should have\b`),
  ],
  resolution: [
    rx(String.raw`\b${WILL}\s+(?:\w+ly\s+|also\s+|now\s+|just\s+|personally\s+|already\s+)?${FIX_VERB}`),
    rx(String.raw`\bhere(?:'s| is) what (?:i|we)(?:'ll| will| can)? ?(?:do|can do)\b`),
    rx(
      String.raw`\byou(?:'ll| will) (?:get|have|receive|see)\b[^.!?]{0,25}\b(?:refund|replacement|credit|new one|money back|corrected|access|password|discount)\b`,
    ),
    rx(String.raw`\b(?:full|partial) refund\b`),
    rx(String.raw`\bmoney back\b`),
    rx(String.raw`\b(?:a|the) (?:replacement|refund|credit|exchange)\b`),
  ],
  'next-step': [
    rx(
      String.raw`\bby (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the end of|end of|close of|lunchtime|lunch|midday|noon|\d{1,2}(?::\d{2})?\s?(?:am|pm|o'clock)?)\b`,
    ),
    rx(
      String.raw`\b(?:within|in) (?:the next )?(?:\d+|a|an|one|two|three|four|five|ten|twenty|a couple of|a few) (?:minutes?|hours?|days?|working days?|business days?|weeks?)\b`,
    ),
    rx(
      String.raw`\b(?:today|tomorrow|this (?:morning|afternoon|evening|week)|first thing|before you (?:leave|go)|straight away|right away|right now)\b`,
    ),
    rx(
      String.raw`\b(?:i'll|i will) (?:call|ring|phone|email|e-mail|text|message|update|contact|follow up with|get back to|check in with|come back to) you\b`,
    ),
    rx(
      String.raw`\b(?:call|ring|phone|email|text|update) you (?:back|tomorrow|later|by|at|when|once|as soon)\b`,
    ),
    rx(
      String.raw`\byou(?:'ll| will) (?:hear|get an? (?:email|text|call|message|confirmation)|receive an? (?:email|text|confirmation))\b`,
    ),
    rx(
      String.raw`\b(?:does|would|will) (?:that|this) (?:work|suit|sound|help|be (?:ok|okay|alright|all right))\b`,
    ),
    rx(String.raw`\bis (?:that|this) (?:ok|okay|alright|all right|fine)\b`),
    rx(String.raw`\bhow does that sound\b`),
    rx(String.raw`\b(?:which|what) would (?:you prefer|you like|suit|work)\b`),
    rx(String.raw`\b(?:reference|ticket|case) (?:number|is)\b`),
    rx(String.raw`\b(?:i'll|i will) (?:confirm|follow up|check back)\b`),
    rx(String.raw`\bkeep you (?:posted|updated|informed)\b`),
    rx(String.raw`\b(?:the next step|what happens next)\b`),
  ],
};

const DEFENSIVE_PATTERNS: Record<DefensiveKind, RegExp[]> = {
  deflecting: [
    rx(String.raw`\bnot (?:my|our) (?:department|job|area|team|problem|responsibility|call|decision)\b`),
    rx(
      String.raw`\byou(?:'ll| will|'d| would) (?:have|need) to (?:call|ring|phone|contact|email|speak to|talk to|go to|ask|raise it with)\b`,
    ),
    rx(String.raw`\btake (?:it|that|this) up with\b`),
    rx(String.raw`\b(?:ask|try|call|contact|go to) (?:another|the other|a different) (?:department|team)\b`),
    rx(String.raw`\bi just work here\b`),
    rx(String.raw`\bnothing to do with (?:me|us)\b`),
    rx(String.raw`\b(?:i|we) don't (?:deal with|handle|do) (?:that|those|this)\b`),
  ],
  blaming: [
    rx(
      String.raw`\byou should(?:'ve| have| of) (?:\w+ly )?(?:read|checked|kept|called|told|asked|looked|known|bought|used|followed|contacted|reported|noticed|thought|waited|paid|registered|saved|backed|come|brought|taken|gone|said|done|listened|updated|rung|phoned|emailed|tried|realised|realized)\b`,
    ),
    rx(String.raw`\byou shouldn't have (?!had to\b|to\b|been\b)`),
    rx(String.raw`\byou must have\b`),
    rx(String.raw`\bdid you (?:even |actually )?(?:read|check|try|follow|look)\b`),
    rx(String.raw`\byou (?:obviously|clearly) (?:didn't|did not|don't|haven't)\b`),
    rx(String.raw`\b(?:user|customer|operator) error\b`),
    rx(String.raw`\bread the (?:terms|instructions|manual|small print|fine print|email|guide)\b`),
    rx(String.raw`\bif you had (?:read|checked|followed|listened)\b`),
    rx(String.raw`\beveryone else (?:manages|seems|can|has)\b`),
    rx(String.raw`\b(?:it's|that's|it is|that is) (?:on you|your (?:fault|problem|responsibility))\b`),
    rx(String.raw`\bnot (?:my|our) fault\b`),
  ],
  dismissing: [
    rx(String.raw`\bcalm down\b`),
    rx(
      String.raw`\bno need to (?:shout|get (?:upset|angry|worked up|emotional)|be (?:upset|angry|rude|like that))`,
    ),
    rx(String.raw`\bnot (?:a|that) big (?:of )?(?:a )?deal\b`),
    rx(String.raw`\bwhat do you expect\b`),
    rx(String.raw`\bi don't care\b`),
    rx(String.raw`\bthese things happen\b`),
    rx(String.raw`\bover-?reacting\b`),
    rx(String.raw`\b(?:as i (?:said|told you|already said|explained)|like i said)\b`),
  ],
  policy: [
    rx(String.raw`\bpolicy (?:says|is|states|doesn't|does not|won't)\b`),
    rx(String.raw`\b(?:it's|that's|it is|that is|our|company|against) (?:our |company |the )?policy\b`),
    rx(String.raw`\brules are rules\b`),
    rx(String.raw`\b(?:my|our) hands are tied\b`),
    rx(String.raw`\bthe system (?:won't|doesn't|does not|can't) (?:let|allow)\b`),
    rx(String.raw`\bi(?:'m| am) not allowed to\b`),
  ],
  refusing: [
    rx(String.raw`\bnothing (?:i|we) can do\b`),
    rx(String.raw`\b(?:there's|there is) nothing (?:i|we|more)\b`),
    rx(String.raw`\b(?:i|we) can(?:'t|not) (?:help you|help with|do anything)\b`),
    rx(String.raw`\bthat's (?:just )?the way it is\b`),
  ],
};

const NEGATOR = /\b(?:not|no|never|cannot|hardly|nothing|nobody|neither|nor|without|dont|cant|wont)\b|n't\b/;
const NEGATION_IDIOMS = /\b(?:no (?:problem|worries|trouble|doubt)|not (?:a problem|only|just))\b/g;
const CLAUSE_BREAK = /[.!?;,:\n—–]|\s-\s|\b(?:but|and|because|although|though)\b/g;
const NEGATION_WINDOW = 4;

/** Lower case with straight apostrophes; the same length as the input so evidence maps back. */
function normalise(text: string): string {
  const out = text.replace(/[\u2018\u2019\u02bc]/g, "'").toLowerCase();
  return out.length === text.length ? out : text.replace(/[\u2018\u2019\u02bc]/g, "'");
}

/** True when a negating word sits within a few words before `index`, in the same clause. */
export function isNegatedAt(lower: string, index: number): boolean {
  const before = lower.slice(0, index);
  let clauseStart = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) clauseStart = m.index + m[0].length;
  const clause = before.slice(clauseStart).replace(NEGATION_IDIOMS, ' ');
  const words = clause.trim().split(/\s+/).slice(-NEGATION_WINDOW).join(' ');
  return NEGATOR.test(words);
}

function firstMatch(
  lower: string,
  original: string,
  patterns: RegExp[],
  allowNegated: boolean,
): string | null {
  let best: { index: number; phrase: string } | null = null;
  for (const pattern of patterns) {
    for (const m of lower.matchAll(pattern)) {
      if (!allowNegated && isNegatedAt(lower, m.index)) continue;
      if (!best || m.index < best.index) {
        best = { index: m.index, phrase: original.slice(m.index, m.index + m[0].length).trim() };
      }
      break;
    }
  }
  return best?.phrase ?? null;
}

function profileFor(moves: ServiceMove[], flags: number): RubricProfile {
  const count = moves.length;
  if (flags > 0) return count >= 3 ? 'partial' : 'defensive';
  if (count >= 4 && moves.includes('resolution')) return 'excellent';
  if (count >= 3) return 'good';
  if (count >= 1) return 'partial';
  return 'weak';
}

const OPENERS: Record<RubricProfile, string> = {
  excellent: 'A strong reply: it covers the moves that turn an unhappy customer around.',
  good: 'A good reply with most of the moves in place.',
  partial: 'A start, but the customer is still missing part of what they need to hear.',
  weak: 'This reply does not yet show the customer you have heard them or will act.',
  defensive: 'This reply sounds defensive, and defensiveness tends to raise the tension.',
};

const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

function explain(
  profile: RubricProfile,
  found: MoveEvidence[],
  missing: ServiceMove[],
  flags: DefensiveFlag[],
  words: number,
) {
  if (words === 0)
    return 'Write a reply to the customer and the coach will look for the moves of a good answer.';
  const parts = [OPENERS[profile]];
  if (found.length > 0) {
    const labels = found.map(
      (f) => SERVICE_MOVES.find((m) => m.move === f.move)?.label.toLowerCase() ?? f.move,
    );
    parts.push(`You did well to ${list(labels)}.`);
  }
  const flag = flags[0];
  if (flag) parts.push(`“${flag.phrase}” ${flag.why}; try saying what you can do instead.`);
  const tips = missing.slice(0, 2).map((move) => SERVICE_MOVES.find((m) => m.move === move)?.tip ?? move);
  if (tips.length > 0 && profile !== 'excellent') parts.push(`To make it stronger: ${tips.join('; and ')}.`);
  return parts.join(' ');
}

/** Reads a typed reply and reports the service moves it makes, what is missing and any defensive language. */
export function assessReply(text: string): RubricResult {
  const lower = normalise(text);
  const wordCount = text.trim() === '' ? 0 : text.trim().split(/\s+/).length;
  const found: MoveEvidence[] = [];
  for (const { move } of SERVICE_MOVES) {
    const phrase = firstMatch(lower, text, MOVE_PATTERNS[move], false);
    if (phrase !== null) found.push({ move, phrase });
  }
  const defensive: DefensiveFlag[] = [];
  for (const kind of Object.keys(DEFENSIVE_PATTERNS) as DefensiveKind[]) {
    const phrase = firstMatch(lower, text, DEFENSIVE_PATTERNS[kind], true);
    if (phrase !== null) defensive.push({ kind, phrase, why: DEFENSIVE_KINDS[kind] });
  }
  const moves = found.map((f) => f.move);
  const missing = SERVICE_MOVES.map((m) => m.move).filter((m) => !moves.includes(m));
  const profile = wordCount === 0 ? 'weak' : profileFor(moves, defensive.length);
  const quality = Math.max(0, Math.min(100, moves.length * 20 - defensive.length * 25));
  return {
    found,
    missing,
    defensive,
    quality,
    profile,
    explanation: explain(profile, found, missing, defensive, wordCount),
    wordCount,
  };
}
