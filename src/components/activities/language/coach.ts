/**
 * Everything that reads free text, in one chunk loaded on demand (see `load-reader.ts`): the English
 * reader over compromise and the reply coach with its cues. Nothing imports this module statically.
 */
import { judgeReply } from '../../../domain/activities/reply-rubric';
import { readEnglish } from '../../../domain/lib/language/compromise-reader';

export const coach = { read: readEnglish, judgeReply };

export type Coach = typeof coach;
