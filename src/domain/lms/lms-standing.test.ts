import { learnerDisplayName, lmsRecordsComplete, noDowngrade } from './lms-standing';

describe('never lowering what the LMS holds', () => {
  it('keeps a SCORM 1.2 passed or completed status, and lets a pass replace a failure', () => {
    expect(noDowngrade('cmi.core.lesson_status', 'passed', 'incomplete')).toBe('passed');
    expect(noDowngrade('cmi.core.lesson_status', 'completed', 'failed')).toBe('completed');
    expect(noDowngrade('cmi.core.lesson_status', 'completed', 'passed')).toBe('passed');
    expect(noDowngrade('cmi.core.lesson_status', 'failed', 'passed')).toBe('passed');
    expect(noDowngrade('cmi.core.lesson_status', 'not attempted', 'incomplete')).toBe('incomplete');
    expect(noDowngrade('cmi.core.lesson_status', undefined, 'incomplete')).toBe('incomplete');
  });

  it('keeps SCORM 2004 completion, success, score and progress', () => {
    expect(noDowngrade('cmi.completion_status', 'completed', 'incomplete')).toBe('completed');
    expect(noDowngrade('cmi.success_status', 'passed', 'failed')).toBe('passed');
    expect(noDowngrade('cmi.success_status', 'failed', 'unknown')).toBe('failed');
    expect(noDowngrade('cmi.score.scaled', '0.92', '0.4')).toBe('0.92');
    expect(noDowngrade('cmi.score.raw', '40', '92')).toBe('92');
    expect(noDowngrade('cmi.progress_measure', '', '0.5')).toBe('0.5');
    expect(noDowngrade('cmi.location', 'a', 'b')).toBe('b');
  });

  it('knows when the LMS already records the course as finished', () => {
    expect(lmsRecordsComplete({ 'cmi.core.lesson_status': 'passed' })).toBe(true);
    expect(lmsRecordsComplete({ 'cmi.core.lesson_status': 'failed' })).toBe(false);
    expect(lmsRecordsComplete({ 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed' })).toBe(
      true,
    );
    expect(lmsRecordsComplete({ 'cmi.completion_status': 'completed', 'cmi.success_status': 'failed' })).toBe(
      false,
    );
  });
});

describe('the learner name an LMS gives', () => {
  it('turns "Last, First" into "First Last" and tidies spacing', () => {
    expect(learnerDisplayName('Okafor, Amelia')).toBe('Amelia Okafor');
    expect(learnerDisplayName('  van der Berg ,   Jan  ')).toBe('Jan van der Berg');
    expect(learnerDisplayName('Amelia Okafor')).toBe('Amelia Okafor');
  });

  it('is null when there is no name, and strips invisible and direction-changing characters', () => {
    expect(learnerDisplayName('')).toBeNull();
    expect(learnerDisplayName(' , ')).toBeNull();
    expect(learnerDisplayName('\u202eOkafor\u200b, Amelia')).toBe('Amelia Okafor');
  });
});
