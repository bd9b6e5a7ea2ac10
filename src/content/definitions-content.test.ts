import { readFileSync } from 'node:fs';
import { definitionsContent } from './definitions-content';
import { parseDefinitionsContent } from './definitions-schema';
import { readLessons } from './lessons-plugin';

const raw = () =>
  JSON.parse(readFileSync('lessons/definitions/definitions.json', 'utf8')) as Record<string, unknown>;

describe('lessons/definitions/definitions.json', () => {
  it('passes its schema', () => {
    expect(() => parseDefinitionsContent(raw())).not.toThrow();
    expect(definitionsContent.terms.map((t) => t.label)).toEqual([
      'Customer',
      'Service',
      'Delivery',
      'Excellence',
    ]);
    expect(definitionsContent.ideas.filter((i) => i.key)).toHaveLength(8);
  });

  it('says where each key idea is taught, at a section the lesson really has', () => {
    const lessons = readLessons('lessons');
    const places = definitionsContent.ideas
      .filter((i) => i.key)
      .map((i) => {
        const lesson = lessons.find((l) => l.slug === i.taught?.lesson);
        return lesson?.sections.some((s) => s.id === i.taught?.section) ? 'found' : `${i.id}: not found`;
      });
    expect(places).toEqual(Array(8).fill('found'));
  });

  it('keys the fairness gap as the complete definition has it: personal ethics do not cover it', () => {
    const ethics = definitionsContent.critique.definitions.find((d) => d.id === 'ethics-and-values');
    expect(ethics?.misses).toContain('fairness');
    expect(definitionsContent.critique.choices.find((c) => c.id === 'fairness')?.label).toMatch(/no bias/);
    expect(definitionsContent.complete).toContain('without bias');
  });

  it('names the file and the field of a malformed entry', () => {
    const broken = raw() as { ideas: { cues: string[] }[]; terms: { model: string }[] };
    broken.ideas[0]!.cues.push('~2 !');
    broken.terms[2]!.model = ' ';
    expect(() => parseDefinitionsContent(broken)).toThrow(
      [
        'Invalid definitions content:',
        '- lessons/definitions/definitions.json: terms[2].model: must not be empty',
        '- lessons/definitions/definitions.json: ideas[0].cues[7]: Cue "~2 !" has an empty slot.',
      ].join('\n'),
    );
  });

  it('names the file and the field of every broken cross-reference', () => {
    const broken = raw() as {
      terms: { goodAt: number; ideas: string[] }[];
      critique: { definitions: { misses: string[] }[] };
    };
    broken.terms[0]!.goodAt = 9;
    broken.terms[1]!.ideas.push('kindness');
    broken.critique.definitions[2]!.misses.push('ethics');
    expect(() => parseDefinitionsContent(broken)).toThrow(
      [
        'Invalid definitions content:',
        "- lessons/definitions/definitions.json: terms[0].goodAt: is more than the term's 2 ideas",
        '- lessons/definitions/definitions.json: terms[1].ideas[3]: names an unknown idea "kindness"',
        '- lessons/definitions/definitions.json: critique.definitions[2].misses[6]: names an unknown choice "ethics"',
      ].join('\n'),
    );
  });
});
