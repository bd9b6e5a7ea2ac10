import { readdirSync, readFileSync } from 'node:fs';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';

/**
 * Application practice for every objective: each objective whose verb is apply, respond, recognise or explain is
 * practised by at least one knowledge-check item set somewhere the lesson's own prose never goes (another
 * industry or channel). `setting` is the words that place the item; they must appear in the item's prompt and
 * nowhere in the lesson outside its quiz.
 */
const PRACTICE: Record<string, { objective: string; items: { id: string; setting: string }[] }[]> = {
  '01-what-is-customer-service': [
    {
      objective: 'Explain why service matters in a corner shop and in a large company alike',
      items: [{ id: 'l1-q7', setting: 'energy supplier' }],
    },
    {
      objective: 'Recognise the tension cycle and what it costs staff and the organisation',
      items: [{ id: 'l1-q6', setting: 'live chat' }],
    },
    {
      objective: 'Explain why service is a shared philosophy that has to be practised on purpose',
      items: [{ id: 'l1-q8', setting: 'dental practice' }],
    },
  ],
  '02-service-environment': [
    {
      objective: 'Explain how culture and people shape the way customers are treated',
      items: [
        { id: 'l2-q7', setting: 'airline' },
        { id: 'l2-q8', setting: 'bank branch' },
      ],
    },
    {
      objective: 'Apply the five factors an organisation weighs when choosing a delivery system',
      items: [{ id: 'l2-q6', setting: 'optician' }],
    },
  ],
  '03-service-chain': [
    {
      objective: "Explain why the customer's perception is the measure of service",
      items: [
        { id: 'l3-q6', setting: 'software company' },
        { id: 'l3-q7', setting: 'boiler' },
      ],
    },
  ],
  '04-definitions': [
    {
      objective: 'Explain each element of a complete definition of customer service',
      items: [{ id: 'l4-q6', setting: 'mobile network' }],
    },
  ],
  '05-exceeding-expectations': [
    {
      objective: 'Explain why satisfied customers are not enough and what makes a promoter',
      items: [{ id: 'l5-q7', setting: 'plumbing' }],
    },
    {
      objective: 'Respond to a mistake by owning it, apologising and putting it right',
      items: [{ id: 'l5-q6', setting: 'booking emails' }],
    },
  ],
  '06-service-culture': [
    {
      objective: 'Explain why great service is a difference competitors find hard to copy',
      items: [{ id: 'l6-q6', setting: 'bike shop' }],
    },
  ],
};

const APPLICATION_VERBS = new Set(['apply', 'respond', 'recognise', 'recognize', 'explain']);
const QUESTION_TAGS = new Set([
  'SingleChoice',
  'MultipleChoice',
  'TrueFalse',
  'Ordering',
  'Matching',
  'ShortText',
]);

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(remarkGfm);
const attr = (node: Node, name: string) => node.attributes?.find((a) => a.name === name)?.value;

/** A lesson read from its syntax tree: objectives, quiz questions with their prompts, and the prose outside quizzes. */
function readLesson(name: string) {
  const tree = parser.parse(readFileSync(`lessons/${name}.mdx`, 'utf8')) as Node;
  const yaml = tree.children?.find((n) => n.type === 'yaml');
  const { objectives } = parseYaml(String(yaml?.value ?? '')) as { objectives: string[] };
  const questions = new Map<string, string>();
  const prose: string[] = [];
  const walk = (node: Node, inQuiz: boolean) => {
    if (node.type === 'text' && !inQuiz) prose.push(String(node.value));
    if (inQuiz && QUESTION_TAGS.has(node.name ?? ''))
      questions.set(String(attr(node, 'id')), String(attr(node, 'prompt')));
    for (const child of node.children ?? []) walk(child, inQuiz || node.name === 'Quiz');
  };
  walk(tree, false);
  return { objectives, questions, prose: prose.join(' ').toLowerCase() };
}

describe.each(Object.keys(PRACTICE))('%s: application practice', (name) => {
  const lesson = readLesson(name);
  const table = PRACTICE[name] ?? [];

  it('maps every apply / respond / recognise / explain objective to at least one quiz item', () => {
    const needing = lesson.objectives.filter((o) =>
      APPLICATION_VERBS.has(o.split(' ')[0]?.toLowerCase() ?? ''),
    );
    expect(needing.length).toBeGreaterThan(0);
    expect(table.map((row) => row.objective).sort()).toEqual([...needing].sort());
    for (const row of table) expect(row.items.length, row.objective).toBeGreaterThanOrEqual(1);
  });

  it.each(table.flatMap((row) => row.items.map((item) => [item.id, item.setting, row.objective] as const)))(
    '%s is a question in the quiz, set in "%s", a setting the lesson itself never uses',
    (id, setting) => {
      const prompt = lesson.questions.get(id);
      expect(prompt, `${id} is not a question inside the lesson's <Quiz>`).toBeDefined();
      expect(prompt?.toLowerCase()).toContain(setting);
      expect(lesson.prose).not.toContain(setting);
    },
  );
});

it('covers every lesson in the course', () => {
  const files = readdirSync('lessons')
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''));
  expect(Object.keys(PRACTICE).sort()).toEqual(files.sort());
});
