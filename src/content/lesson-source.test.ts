import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkCourse, LessonError, parseLessonSource } from './lesson-source';
import { readLessons } from './lessons-plugin';

const front = (fields: Record<string, string>) =>
  `---\n${Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n---\n`;

const good = {
  slug: 'service-chain',
  title: 'The service chain',
  order: '3',
  summary: 'Every role serves someone.',
  objectives: '\n  - Tell internal from external customers',
};

const body = `
Intro.

## Who is your customer?

<Quiz id="chain-check">
  <SingleChoice id="q1" prompt="Pick one">
    <Option id="a" correct feedback="Yes">A</Option>
  </SingleChoice>
</Quiz>

## Key takeaways

<Reflection id="chain-reflect" prompt="Why?" minWords={20} optional />
<RolePlay scenario="billing-error" />

\`\`\`mdx
## Not a section
<Quiz id="in-code" />
\`\`\`
`;

describe('reading a lesson file', () => {
  it('reads frontmatter, sections and activities with their ids', () => {
    const meta = parseLessonSource('lessons/03-service-chain.mdx', front(good) + body);
    expect(meta).toMatchObject({
      slug: 'service-chain',
      order: 3,
      // computed, not written: 1 question + 1 reflection (3) + 1 role-play (5) + 7 words, rounded up
      minutes: 10,
      file: 'lessons/03-service-chain.mdx',
    });
    expect(meta.sections).toEqual([
      { id: 'who-is-your-customer', title: 'Who is your customer?' },
      { id: 'key-takeaways', title: 'Key takeaways' },
    ]);
    expect(meta.activities).toEqual([
      { id: 'chain-check', kind: 'quiz', required: true },
      { id: 'chain-reflect', kind: 'reflection', required: false },
      { id: 'billing-error', kind: 'roleplay', required: true },
    ]);
  });

  it('names the chunks of the tag map its body needs, and none for a tag shown inside a code block', () => {
    const meta = parseLessonSource('lessons/03-service-chain.mdx', front(good) + body);
    expect(meta.chunks).toEqual(['quiz', 'reflection', 'role-play']);
    const withDiagram = parseLessonSource(
      'a.mdx',
      front(good) + '## One\n\n<Callout title="Note">Hi</Callout>\n\n<ServiceChainDiagram />\n',
    );
    expect(withDiagram.chunks).toEqual(['diagrams']);
  });

  it.each([
    ['minutes', { ...good, minutes: '12' }, /lessons\/x\.mdx: frontmatter field "minutes": is computed/],
    ['slug', { ...good, slug: 'Service Chain' }, /frontmatter field "slug": must be lowercase/],
    ['objectives', { ...good, objectives: '[]' }, /frontmatter field "objectives": needs at least one/],
  ])('names the file and the field when %s is wrong', (_field, fields, message) => {
    expect(() => parseLessonSource('lessons/x.mdx', front(fields) + body)).toThrow(message);
  });

  it('names a missing field', () => {
    const { title: _title, ...missing } = good;
    expect(() => parseLessonSource('lessons/x.mdx', front(missing) + body)).toThrow(
      /lessons\/x\.mdx: .*"title"/,
    );
  });

  it('rejects unknown fields, missing frontmatter and broken YAML', () => {
    expect(() => parseLessonSource('a.mdx', front({ ...good, colour: 'red' }) + body)).toThrow(
      /a\.mdx: .*colour/,
    );
    expect(() => parseLessonSource('a.mdx', body)).toThrow(/a\.mdx: no frontmatter/);
    expect(() => parseLessonSource('a.mdx', '---\ntitle: [oops\n---\n')).toThrow(
      /a\.mdx: the frontmatter is not valid YAML/,
    );
  });

  it('rejects an activity without an id, and duplicate ids or headings', () => {
    expect(() => parseLessonSource('a.mdx', front(good) + '<Quiz>\n</Quiz>')).toThrow(
      /a\.mdx: a <Quiz> has no id/,
    );
    expect(() =>
      parseLessonSource('a.mdx', front(good) + '<Quiz id="q">\n</Quiz>\n<Quiz id="q">\n</Quiz>'),
    ).toThrow(/"q" is used twice/);
    expect(() => parseLessonSource('a.mdx', front(good) + '## Same\n\n## Same\n')).toThrow(
      /two sections are headed "Same"/,
    );
  });

  it('reads tags whose attributes hold ">" and headings with inline marks', () => {
    const source =
      front(good) +
      '## *Before* and `after`\n\n<Reflection prompt="If the wait is > 5 minutes, what then?" id="gt" />\n\n<Quiz id="after-gt">\n</Quiz>\n';
    const meta = parseLessonSource('a.mdx', source);
    expect(meta.activities.map((a) => a.id)).toEqual(['gt', 'after-gt']);
    expect(meta.sections).toEqual([{ id: 'before-and-after', title: 'Before and after' }]);
  });

  it('says where the MDX cannot be read', () => {
    expect(() => parseLessonSource('a.mdx', front(good) + '<Quiz id="q">\n')).toThrow(
      /a\.mdx: the lesson cannot be read as MDX/,
    );
  });

  it('throws LessonError so the build reports it plainly', () => {
    expect(() => parseLessonSource('a.mdx', body)).toThrow(LessonError);
  });
});

describe('checking a course', () => {
  const lesson = (slug: string, order: number, activityId = `${slug}-q`) =>
    parseLessonSource(
      `${slug}.mdx`,
      front({ ...good, slug, order: String(order) }) + `<Quiz id="${activityId}">\n</Quiz>`,
    );

  it('orders lessons by their order field', () => {
    expect(checkCourse([lesson('b', 2), lesson('a', 1)]).map((l) => l.slug)).toEqual(['a', 'b']);
  });

  it('rejects duplicate slugs, orders and activity ids across lessons', () => {
    expect(() => checkCourse([lesson('a', 1), lesson('a', 2)])).toThrow(/slug.*already used by a\.mdx/);
    expect(() => checkCourse([lesson('a', 1), lesson('b', 1)])).toThrow(/b\.mdx: frontmatter field "order"/);
    expect(() => checkCourse([lesson('a', 1, 'same'), lesson('b', 2, 'same')])).toThrow(/activity id "same"/);
  });

  it('reads a folder of lesson files, failing on the first bad one', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lessons-'));
    writeFileSync(path.join(dir, '01-a.mdx'), front({ ...good, slug: 'a', order: '1' }));
    expect(readLessons(dir, dir).map((l) => l.slug)).toEqual(['a']);
    writeFileSync(path.join(dir, '02-b.mdx'), front({ ...good, slug: 'b', order: '-2' }));
    expect(() => readLessons(dir, dir)).toThrow(/02-b\.mdx: frontmatter field "order": must be 1 or more/);
  });

  it('accepts the fixture lessons', () => {
    expect(readLessons('tests/fixtures/lessons').length).toBeGreaterThanOrEqual(3);
  });
});
