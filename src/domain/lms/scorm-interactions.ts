/**
 * Question-level and lesson-level records for an LMS: cmi.interactions and cmi.objectives, in the formats
 * each SCORM version defines and within each field's limit, as element/value pairs to set in order.
 *
 * SCORM 1.2 (RTE 3.4.2.9): identifiers up to 255 characters without spaces; choice, sequencing and
 * matching responses are single characters (0-9, a-z), so ids are mapped by their position in the
 * content; fill-in up to 255 characters; result `correct`/`wrong`; latency `HHHH:MM:SS.SS`; time of
 * day `HH:MM:SS`. SCORM 2004 (RTE 4.1.6): ids as written, joined with `[,]` and `[.]`; fill-in and
 * descriptions up to 250 characters; result `correct`/`incorrect`; ISO 8601 timestamp and duration.
 */
import type { QuestionInteraction } from '../activities/question-interaction';
import { formatScorm12Time, formatScorm2004Duration } from './scorm-time';

export interface InteractionRecord {
  /** Stable id: the activity and question ids (`final-assessment`, `l1-q3`). */
  id: string;
  interaction: QuestionInteraction;
  correct: boolean;
  /** The lesson the question teaches; linked as the interaction's objective. */
  lesson: string;
  latencyMs?: number;
  /** ISO timestamp of the answer. */
  at: string;
}

export interface ObjectiveRecord {
  /** The lesson slug. */
  id: string;
  title: string;
  status: 'not attempted' | 'incomplete' | 'completed';
}

type Pairs = [string, string][];

/** SCORM 1.2 CMIIdentifier as LMSs enforce it: 1–255 printable characters, no spaces. */
export function scorm12Identifier(text: string): string {
  const clean = text.replace(/[^A-Za-z0-9_.:-]/g, '-').slice(0, 255);
  return clean === '' ? 'x' : clean;
}

/** SCORM 2004 short_identifier_type: 1–250 URI characters, at least one word character. */
export function scorm2004Identifier(text: string): string {
  const clean = text.replace(/[^\w\-()+.:=@;$!*'%/#]/g, '-').slice(0, 250);
  return /\w/.test(clean) ? clean : `x${clean}`.slice(0, 250);
}

/** Text cut to `max` characters (code points), on one line. */
const fit = (text: string, max: number) =>
  Array.from(text.replace(/\s+/g, ' ').trim()).slice(0, max).join('').trimEnd();

const CODES = '0123456789abcdefghijklmnopqrstuvwxyz';

/** SCORM 1.2's single-character code for an id, by its position among `choices`. */
function code(choices: string[], id: string): string | null {
  const index = choices.indexOf(id);
  // a, b, c… first (what LMS reports show for options), then digits.
  const alphabet = CODES.slice(10) + CODES.slice(0, 10);
  return index >= 0 && index < alphabet.length ? alphabet[index]! : null;
}

const codes = (choices: string[], ids: string[]) =>
  ids.map((id) => code(choices, id)).filter((c): c is string => c !== null);

const codedPairs = (choices: string[], pairs: Pairs) =>
  pairs.flatMap(([source, target]) => {
    const s = code(choices, source);
    const t = code(choices, target);
    return s && t ? [`${s}.${t}`] : [];
  });

/** SCORM 1.2 student_response and correct patterns (CMIFeedback, at most 255 characters each). */
function scorm12Responses(i: QuestionInteraction): { response: string; patterns: string[] } {
  switch (i.type) {
    case 'choice':
      return {
        response: codes(i.choices, i.response).join(','),
        patterns: [codes(i.choices, i.correct).join(',')],
      };
    case 'sequencing':
      return {
        response: codes(i.choices, i.response).join(','),
        patterns: [codes(i.choices, i.correct).join(',')],
      };
    case 'matching':
      return {
        response: codedPairs(i.choices, i.response).join(','),
        patterns: [codedPairs(i.choices, i.correct).join(',')],
      };
    case 'true-false':
      return {
        response: i.response === null ? '' : i.response ? 't' : 'f',
        patterns: [i.correct ? 't' : 'f'],
      };
    case 'fill-in':
      return { response: fit(i.response, 255), patterns: i.correct.slice(0, 5).map((c) => fit(c, 255)) };
  }
}

/** SCORM 2004 fill-in text: at most 250 characters, no `[,]` delimiter and no leading `{` (a language tag). */
const fillIn = (text: string) => fit(text.replace(/\[[,.]\]/g, ' '), 250).replace(/^\{/, '(');

const ids2004 = (ids: string[]) => ids.map(scorm2004Identifier);

/** SCORM 2004 learner_response and correct patterns. */
function scorm2004Responses(i: QuestionInteraction): { response: string; patterns: string[] } {
  switch (i.type) {
    case 'choice':
      return {
        response: ids2004(i.response.slice(0, 36)).join('[,]'),
        patterns: [ids2004(i.correct.slice(0, 36)).join('[,]')],
      };
    case 'sequencing':
      return {
        response: ids2004(i.response.slice(0, 36)).join('[,]'),
        patterns: [ids2004(i.correct.slice(0, 36)).join('[,]')],
      };
    case 'matching': {
      const pairs = (list: Pairs) =>
        list
          .slice(0, 36)
          .map(([s, t]) => `${scorm2004Identifier(s)}[.]${scorm2004Identifier(t)}`)
          .join('[,]');
      return { response: pairs(i.response), patterns: [pairs(i.correct)] };
    }
    case 'true-false':
      return { response: i.response === null ? '' : String(i.response), patterns: [String(i.correct)] };
    case 'fill-in':
      return { response: fillIn(i.response), patterns: i.correct.slice(0, 5).map(fillIn) };
  }
}

/** Time of day for SCORM 1.2 (CMITime, `HH:MM:SS`), in UTC. */
const timeOfDay = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '00:00:00' : date.toISOString().slice(11, 19);
};

/** cmi.interactions.n for SCORM 1.2 (the elements are write-only there). */
export function scorm12InteractionValues(n: number, record: InteractionRecord): [string, string][] {
  const at = `cmi.interactions.${n}`;
  const { response, patterns } = scorm12Responses(record.interaction);
  const values: [string, string][] = [
    [`${at}.id`, scorm12Identifier(record.id)],
    [`${at}.objectives.0.id`, scorm12Identifier(record.lesson)],
    [`${at}.time`, timeOfDay(record.at)],
    [`${at}.type`, record.interaction.type],
  ];
  patterns.forEach((pattern, k) => values.push([`${at}.correct_responses.${k}.pattern`, pattern]));
  values.push([`${at}.weighting`, '1'], [`${at}.student_response`, response]);
  values.push([`${at}.result`, record.correct ? 'correct' : 'wrong']);
  if (record.latencyMs !== undefined) values.push([`${at}.latency`, formatScorm12Time(record.latencyMs)]);
  return values;
}

/** cmi.interactions.n for SCORM 2004. */
export function scorm2004InteractionValues(n: number, record: InteractionRecord): [string, string][] {
  const at = `cmi.interactions.${n}`;
  const { response, patterns } = scorm2004Responses(record.interaction);
  const timestamp = new Date(record.at);
  const values: [string, string][] = [
    [`${at}.id`, scorm2004Identifier(record.id)],
    [`${at}.type`, record.interaction.type],
    [`${at}.objectives.0.id`, scorm2004Identifier(record.lesson)],
  ];
  if (!Number.isNaN(timestamp.getTime())) values.push([`${at}.timestamp`, timestamp.toISOString()]);
  patterns.forEach((pattern, k) => values.push([`${at}.correct_responses.${k}.pattern`, pattern]));
  values.push([`${at}.weighting`, '1']);
  if (response !== '') values.push([`${at}.learner_response`, response]);
  values.push([`${at}.result`, record.correct ? 'correct' : 'incorrect']);
  if (record.latencyMs !== undefined)
    values.push([`${at}.latency`, formatScorm2004Duration(record.latencyMs)]);
  const description = fillIn(record.interaction.description);
  if (description !== '') values.push([`${at}.description`, description]);
  return values;
}

/** cmi.objectives.n for SCORM 1.2: one per lesson, its id and status. */
export function scorm12ObjectiveValues(n: number, objective: ObjectiveRecord): [string, string][] {
  return [
    [`cmi.objectives.${n}.id`, scorm12Identifier(objective.id)],
    [`cmi.objectives.${n}.status`, objective.status],
  ];
}

/** cmi.objectives.n for SCORM 2004: id, completion status and the lesson's title. */
export function scorm2004ObjectiveValues(n: number, objective: ObjectiveRecord): [string, string][] {
  return [
    [`cmi.objectives.${n}.id`, scorm2004Identifier(objective.id)],
    [`cmi.objectives.${n}.completion_status`, objective.status],
    [`cmi.objectives.${n}.description`, fillIn(objective.title)],
  ];
}
