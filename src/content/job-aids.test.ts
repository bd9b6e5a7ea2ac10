import { readLessons } from './lessons-plugin';
import { jobAids as authoredCards } from '../../lessons/job-aids';
import { trainerGuide as authoredGuide } from '../../lessons/trainer-guide';
import { checkJobAids, checkTrainerGuide } from './job-aid-schema';
import { findJobAid, jobAids, trainerGuide } from './job-aids';

const lessons = readLessons('lessons');

describe('job aids and trainer guide content', () => {
  it('shows the cards and the guide exactly as their schema reads them', () => {
    expect(checkJobAids(authoredCards)).toEqual(jobAids);
    expect(checkTrainerGuide(authoredGuide)).toEqual(trainerGuide);
  });

  it('has one card for every lesson, with the lesson’s title', () => {
    expect(jobAids.map((c) => c.slug).sort()).toEqual(lessons.map((l) => l.slug).sort());
    for (const lesson of lessons) expect(findJobAid(lesson.slug)?.title).toBe(lesson.title);
  });

  it('has a session plan for every module, in course order, and checklist items that name real lessons', () => {
    expect(trainerGuide.sessions.map((s) => s.slug)).toEqual(lessons.map((l) => l.slug));
    const slugs = new Set(lessons.map((l) => l.slug));
    for (const item of trainerGuide.checklist) expect(slugs.has(item.slug), item.behaviour).toBe(true);
    expect(trainerGuide.followUp.at(-1)?.day).toBe(30);
  });

  it('names the file, the card and the field when a card is wrong', () => {
    const good = jobAids[0];
    expect(() => checkJobAids([{ ...good, ideas: ['one'] }])).toThrow(
      /lessons\/job-aids\.ts: card 1 \(what-is-customer-service\) field "ideas": needs at least 3 ideas/,
    );
    expect(() => checkJobAids([good, good])).toThrow(/two cards for the lesson "what-is-customer-service"/);
  });

  it('rejects a session whose steps do not add up to its minutes', () => {
    const [first, ...rest] = trainerGuide.sessions;
    const broken = { ...trainerGuide, sessions: [{ ...first, minutes: 999 }, ...rest] };
    expect(() => checkTrainerGuide(broken)).toThrow(
      /field "sessions\.0\.minutes": the steps’ minutes must add up/,
    );
  });
});
