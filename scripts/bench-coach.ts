// Runs the labelled free-text corpus (tests/fixtures/free-text/) through the reply coach and the
// definitions reader, and prints, per free-text turn and per definitions term: agreement with the labels
// and how many stuffed, negated, rude, refusing, over-promising, off-topic, empty or other-language texts were judged good. Beside the new coach it prints the
// old keyword matcher on the same texts, and the same rules over wink-nlp instead of compromise.
//
// Usage: npm run bench:coach            Goals: >= 90% agreement everywhere, 0 bad texts judged good.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { scenarios } from '../lessons/scenarios/index';
import { definitionsContent } from '../src/content/definitions-content';
import { judgeDefinition } from '../src/domain/activities/concept-matcher';
import type { Term } from '../src/domain/activities/concept-matcher';
import { judgeReply } from '../src/domain/activities/reply-rubric';
import type { TurnNode } from '../src/domain/activities/scenario-types';
import { readEnglish } from '../src/domain/lib/language/compromise-reader';
import type { Reader } from '../src/domain/lib/language/reading';
import {
  NEVER_GOOD,
  loadDefinitionCorpora,
  loadHeldOutDefinitions,
  loadHeldOutReplies,
  loadReplyCorpora,
} from '../tests/fixtures/free-text/corpus';
import type {
  DefinitionCorpus,
  LabelledDefinition,
  LabelledReply,
  ReplyCorpus,
} from '../tests/fixtures/free-text/corpus';
import { matchConcepts } from '../tests/fixtures/free-text/old-coach/old-concept-matcher';
import { OLD_MATCHES } from '../tests/fixtures/free-text/old-coach/old-matches';
import { assessReply } from '../tests/fixtures/free-text/old-coach/old-reply-rubric';
import type { RubricProfile } from '../tests/fixtures/free-text/old-coach/old-reply-rubric';
import { readWithWink } from './bench-coach/wink-reader';

type Verdict = 'good' | 'partial' | 'weak' | 'harmful' | 'coached';
interface Judged {
  verdict: Verdict;
  choice: string | null;
}

const pct = (n: number, d: number) => (d === 0 ? '–' : `${Math.round((100 * n) / d)}%`);

interface Score {
  n: number;
  agree: number;
  badGood: number;
}

function score<T extends LabelledReply | LabelledDefinition>(
  items: readonly T[],
  judge: (item: T) => Judged,
): Score {
  let agree = 0;
  let badGood = 0;
  for (const item of items) {
    const got = judge(item);
    const wantChoice = 'choice' in item ? item.choice : undefined;
    if (got.verdict === item.expect && (wantChoice === undefined || got.choice === wantChoice)) agree++;
    if (NEVER_GOOD.includes(item.category) && got.verdict === 'good') badGood++;
  }
  return { n: items.length, agree, badGood };
}

const cell = (s: Score) => `${pct(s.agree, s.n).padStart(4)} (${s.agree}/${s.n}) | ${s.badGood}`;

// ------------------------------------------------------------------------------------- replies

const turns = Object.values(scenarios).flatMap((s) =>
  s.nodes
    .filter((n): n is TurnNode => n.kind === 'turn' && n.freeText !== undefined)
    .map((node) => ({ scenario: s.id, node })),
);

const newReply =
  (node: TurnNode, read: Reader) =>
  (r: LabelledReply): Judged => {
    const j = judgeReply(node, r.text, read(r.text));
    return { verdict: j.verdict, choice: j.choiceId };
  };

const OLD_VERDICT: Record<RubricProfile, Verdict> = {
  excellent: 'good',
  good: 'good',
  partial: 'partial',
  weak: 'weak',
  defensive: 'harmful',
};

const oldReply =
  (turn: string) =>
  (r: LabelledReply): Judged => {
    const profile = assessReply(r.text).profile;
    const matches = OLD_MATCHES[turn] ?? {};
    const choice = Object.entries(matches).find(([, profiles]) => profiles.includes(profile))?.[0] ?? null;
    return { verdict: OLD_VERDICT[profile], choice };
  };

function replyTable(title: string, corpora: readonly ReplyCorpus[], withOld: boolean) {
  console.log(`\n${title}`);
  console.log(
    `| turn | texts | compromise: agreement | bad judged good | wink-nlp: agreement | bad judged good${
      withOld ? ' | old matcher: agreement | bad judged good' : ''
    } |`,
  );
  console.log(`|---|---|---|---|---|---|${withOld ? '---|---|' : ''}`);
  for (const { scenario, node } of turns) {
    const corpus = corpora.find((c) => c.scenario === scenario && c.turn === node.id);
    if (!corpus) {
      console.log(`| ${scenario} / ${node.id} | no corpus yet | | | | |${withOld ? ' | |' : ''}`);
      continue;
    }
    const mine = score(corpus.replies, newReply(node, readEnglish));
    const wink = score(corpus.replies, newReply(node, readWithWink));
    const old =
      withOld && OLD_MATCHES[node.id]
        ? ` | ${cell(score(corpus.replies, oldReply(node.id)))}`
        : withOld
          ? ' | – | –'
          : '';
    console.log(
      `| ${scenario} / ${node.id} | ${corpus.replies.length} | ${cell(mine)} | ${cell(wink)}${old} |`,
    );
  }
}

// ------------------------------------------------------------------------------------- definitions

const newDefinition =
  (term: Term, read: Reader) =>
  (d: LabelledDefinition): Judged => ({
    verdict: judgeDefinition(term, d.text, read(d.text), definitionsContent.ideas).verdict,
    choice: null,
  });

/** The old matcher knew only the eight key ideas, with no negation scope beyond three words and no coaching. */
const oldDefinition =
  (term: Term) =>
  (d: LabelledDefinition): Judged => {
    const covered = new Set(matchConcepts(d.text).covered.map((c) => c.id as string));
    const found = term.ideas.filter((id) => covered.has(id)).length;
    const essentials = (term.essential ?? []).every((id) => covered.has(id));
    const verdict: Verdict = found >= term.goodAt && essentials ? 'good' : found > 0 ? 'partial' : 'weak';
    return { verdict, choice: null };
  };

function definitionTable(title: string, corpora: readonly DefinitionCorpus[], withOld: boolean) {
  console.log(`\n${title}`);
  console.log(
    `| term | texts | compromise: agreement | bad judged good | wink-nlp: agreement | bad judged good${
      withOld ? ' | old matcher: agreement | bad judged good' : ''
    } |`,
  );
  console.log(`|---|---|---|---|---|---|${withOld ? '---|---|' : ''}`);
  for (const term of definitionsContent.terms) {
    const corpus = corpora.find((c) => c.term === term.id);
    if (!corpus) {
      console.log(`| ${term.id} | no corpus yet | | | | |${withOld ? ' | |' : ''}`);
      continue;
    }
    const mine = score(corpus.definitions, newDefinition(term, readEnglish));
    const wink = score(corpus.definitions, newDefinition(term, readWithWink));
    const old = withOld ? ` | ${cell(score(corpus.definitions, oldDefinition(term)))}` : '';
    console.log(`| ${term.id} | ${corpus.definitions.length} | ${cell(mine)} | ${cell(wink)}${old} |`);
  }
}

// ------------------------------------------------------------------------------------- sizes

/** Minified and gzipped size of a library as a browser bundle would carry it. */
async function bundledGzipKB(entry: string): Promise<number> {
  const result = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return gzipSync(code, { level: 9 }).length / 1024;
}

async function librarySizes() {
  const compromise = await bundledGzipKB("import nlp from 'compromise/two'; globalThis.nlp = nlp;");
  const compromiseFull = await bundledGzipKB("import nlp from 'compromise'; globalThis.nlp = nlp;");
  const wink = await bundledGzipKB(
    "import winkNLP from 'wink-nlp'; import model from 'wink-eng-lite-web-model'; globalThis.nlp = winkNLP(model);",
  );
  let built = 'no build yet: run npm run size';
  if (existsSync('dist/.vite/manifest.json')) {
    const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Record<
      string,
      { file: string; src?: string }
    >;
    const entry = Object.values(manifest).find((m) => m.src?.endsWith('language/coach.ts'));
    if (entry) {
      const size = gzipSync(readFileSync(`dist/${entry.file}`), { level: 9 }).length / 1024;
      built = `${size.toFixed(1)} KB (${entry.file})`;
    }
  }
  console.log('\nLanguage library size, minified + gzip (budget for the language chunk: 200 KB)');
  console.log(
    `- compromise/two (tokens, tags, lemmas, sentences; the one used): ${compromiseFull > 0 ? compromise.toFixed(1) : '?'} KB`,
  );
  console.log(`- compromise (full build): ${compromiseFull.toFixed(1)} KB`);
  console.log(`- wink-nlp + wink-eng-lite-web-model: ${wink.toFixed(1)} KB`);
  console.log(`- the app's language chunk as built: ${built}`);
}

const start = performance.now();
console.log(
  'Free-text coach benchmark: agreement with the labels (verdict, and for replies the branch taken);',
);
console.log(
  '"bad judged good" counts stuffed, negated, rude (insults, sarcasm, blame), refusing, over-promising, off-topic, empty or other-language texts the coach judged good (goal: 0).',
);
replyTable('Typed replies: development corpus (the cues were written against it)', loadReplyCorpora(), true);
replyTable('Typed replies: held-out texts (written after, never tuned on)', loadHeldOutReplies(), true);
definitionTable('Definitions: development corpus', loadDefinitionCorpora(), true);
definitionTable('Definitions: held-out texts', loadHeldOutDefinitions(), true);
await librarySizes();
console.log(`\n(${((performance.now() - start) / 1000).toFixed(1)} s)`);
