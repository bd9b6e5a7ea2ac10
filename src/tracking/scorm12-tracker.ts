import { STANDING_ELEMENTS } from '../domain/lms/lms-standing';
import { scorm12InteractionValues, scorm12ObjectiveValues } from '../domain/lms/scorm-interactions';
import { formatScorm12Time } from '../domain/lms/scorm-time';
import { SCORM12_SUSPEND_BUDGET } from '../domain/lms/suspend-data';
import type { Scorm12Api } from './scorm-api';
import { createScormTracker } from './scorm-runtime';
import type { ScormTracker, ScormTrackerOptions } from './scorm-runtime';
import { rawScore } from './scorm-status';
import type { CourseStatus } from './scorm-status';

/**
 * cmi.core.lesson_status: "passed" once every lesson is complete and the final assessment is passed,
 * "failed" when every lesson is complete and the assessment was taken but not yet passed (a later pass
 * replaces it), otherwise "incomplete".
 */
export function scorm12LessonStatus(status: CourseStatus): 'passed' | 'failed' | 'incomplete' {
  if (status.complete) return 'passed';
  const lessonsDone = status.lessonsTotal > 0 && status.lessonsCompleted === status.lessonsTotal;
  return lessonsDone && status.attempted && !status.passed ? 'failed' : 'incomplete';
}

export function createScorm12Tracker(api: Scorm12Api, options?: ScormTrackerOptions): ScormTracker {
  return createScormTracker(
    {
      kind: 'scorm12',
      suspendBudget: SCORM12_SUSPEND_BUDGET,
      maxLocation: 255,
      elements: {
        location: 'cmi.core.lesson_location',
        suspendData: 'cmi.suspend_data',
        entry: 'cmi.core.entry',
        mode: 'cmi.core.lesson_mode',
        exit: 'cmi.core.exit',
        sessionTime: 'cmi.core.session_time',
        learnerName: 'cmi.core.student_name',
        learnerId: 'cmi.core.student_id',
        objectiveStatus: 'status',
      },
      standing: STANDING_ELEMENTS.scorm12,
      initialize: () => api.LMSInitialize(''),
      terminate: () => api.LMSFinish(''),
      commit: () => api.LMSCommit(''),
      getValue: (element) => api.LMSGetValue(element),
      setValue: (element, value) => api.LMSSetValue(element, value),
      lastError: () => api.LMSGetLastError(),
      errorString: (code) => api.LMSGetErrorString(code),
      // SCORM 1.2 LMSs differ on cmi.core.entry, and an empty suspend_data reads as "" without error.
      hasStoredData: () => true,
      notInitialisedCode: null,
      statusValues: (status) => {
        const values: [string, string][] = [['cmi.core.lesson_status', scorm12LessonStatus(status)]];
        if (status.score !== undefined) {
          values.push(
            ['cmi.core.score.min', '0'],
            ['cmi.core.score.max', '100'],
            ['cmi.core.score.raw', rawScore(status.score)],
          );
        }
        return values;
      },
      exitValue: (complete) => (complete ? '' : 'suspend'),
      sessionTime: formatScorm12Time,
      interactionValues: scorm12InteractionValues,
      objectiveValues: scorm12ObjectiveValues,
    },
    options,
  );
}
