import { offersStaffPages, siteNavigation } from './navigation';

describe('the trainer and HR pages', () => {
  it('are offered in the stand-alone course', () => {
    expect(offersStaffPages('local')).toBe(true);
    expect(offersStaffPages('local', 'local')).toBe(true);
  });

  it('are not offered when the course was launched from an LMS or an LRS', () => {
    expect(offersStaffPages('scorm12')).toBe(false);
    expect(offersStaffPages('scorm2004')).toBe(false);
    expect(offersStaffPages('xapi')).toBe(false);
  });

  it('are not offered by a SCORM package or an xAPI build, even opened outside its LMS', () => {
    expect(offersStaffPages('local', 'scorm12')).toBe(false);
    expect(offersStaffPages('local', 'scorm2004')).toBe(false);
    expect(offersStaffPages('local', 'xapi')).toBe(false);
  });
});

describe('the site navigation', () => {
  it('shows the learner the lessons and the assessment, and "Lessons" as current on a lesson', () => {
    expect(siteNavigation({ page: 'lessons', passed: false, staffPages: true })).toEqual({
      entries: ['lessons', 'assessment'],
      current: 'lessons',
      showProgress: true,
      staffLinks: true,
    });
  });

  it('adds the certificate once the assessment is passed', () => {
    const nav = siteNavigation({ page: 'certificate', passed: true, staffPages: true });
    expect(nav.entries).toEqual(['lessons', 'assessment', 'certificate']);
    expect(nav.current).toBe('certificate');
  });

  it('keeps trainer and reports out of the learner header, and the learner progress off the staff pages', () => {
    expect(siteNavigation({ page: 'assessment', passed: false, staffPages: true }).entries).not.toContain(
      'trainer',
    );
    expect(siteNavigation({ page: 'reports', passed: true, staffPages: true })).toEqual({
      entries: ['lessons', 'trainer', 'reports'],
      current: 'reports',
      showProgress: false,
      staffLinks: true,
    });
  });

  it('offers no trainer or HR entry anywhere inside an LMS, even on their addresses', () => {
    expect(siteNavigation({ page: 'trainer', passed: false, staffPages: false })).toEqual({
      entries: ['lessons', 'assessment'],
      current: null,
      showProgress: true,
      staffLinks: false,
    });
  });

  it('highlights nothing on a page outside the navigation', () => {
    expect(siteNavigation({ page: null, passed: false, staffPages: true }).current).toBeNull();
  });
});
