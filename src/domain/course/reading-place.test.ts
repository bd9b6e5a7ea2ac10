import { fragmentId, openingTarget, sectionAtLine, sectionToSave } from './reading-place';

const sections = [{ id: 'why' }, { id: 'how' }, { id: 'practice' }];

describe('where a lesson opens', () => {
  it('reads the address fragment, even with a malformed % escape', () => {
    expect(fragmentId('#how')).toBe('how');
    expect(fragmentId('#caf%C3%A9')).toBe('café');
    expect(fragmentId('#%E0%A4%A')).toBe('%E0%A4%A');
    expect(fragmentId('#%')).toBe('%');
    expect(fragmentId('')).toBeUndefined();
    expect(fragmentId('#')).toBeUndefined();
  });

  it('goes to the address’s target first, then the saved section of an unfinished lesson', () => {
    const base = { sections, complete: false, reloaded: false };
    expect(openingTarget({ ...base, fragment: 'practice', saved: 'how' })).toBe('practice');
    expect(openingTarget({ ...base, fragment: undefined, saved: 'how' })).toBe('how');
    expect(openingTarget({ ...base, fragment: undefined, saved: undefined })).toBeUndefined();
    // A section that no longer exists in the lesson is not a place to go.
    expect(openingTarget({ ...base, fragment: undefined, saved: 'gone' })).toBeUndefined();
  });

  it('opens a finished lesson at the top from a link, but keeps the place on a reload', () => {
    const done = { sections, complete: true, fragment: undefined, saved: 'practice' };
    expect(openingTarget({ ...done, reloaded: false })).toBeUndefined();
    expect(openingTarget({ ...done, reloaded: true })).toBe('practice');
  });
});

describe('the learner’s place', () => {
  it('is the last heading above the reading line, and none before the first heading', () => {
    const headings = [
      { id: 'why', top: -400 },
      { id: 'how', top: 90 },
      { id: 'practice', top: 700 },
    ];
    expect(sectionAtLine(headings, 250)).toBe('how');
    expect(sectionAtLine(headings, 50)).toBe('why');
    expect(sectionAtLine([{ id: 'why', top: 300 }], 250)).toBeUndefined();
  });

  it('is saved only after the learner has moved, and only when it changed', () => {
    expect(sectionToSave({ moved: false, inView: 'why', saved: 'how' })).toBeNull();
    expect(sectionToSave({ moved: true, inView: 'how', saved: 'how' })).toBeNull();
    expect(sectionToSave({ moved: true, inView: undefined, saved: 'how' })).toBeNull();
    expect(sectionToSave({ moved: true, inView: 'practice', saved: 'how' })).toBe('practice');
  });
});
