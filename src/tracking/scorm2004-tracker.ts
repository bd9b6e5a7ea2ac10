import { STANDING_ELEMENTS } from '../domain/lms/lms-standing';
import { scorm2004InteractionValues, scorm2004ObjectiveValues } from '../domain/lms/scorm-interactions';
import { formatScorm2004Duration } from '../domain/lms/scorm-time';
import { SCORM2004_SUSPEND_BUDGET } from '../domain/lms/suspend-data';
import type { Scorm2004Api } from './scorm-api';
import { createScormTracker } from './scorm-runtime';
import type { ScormTracker, ScormTrackerOptions } from './scorm-runtime';
import { rawScore, scaled } from './scorm-status';
import type { CourseStatus } from './scorm-status';

/**
 * cmi.completion_status is "completed" once every lesson is complete and the final assessment is
 * passed, else "incomplete"; cmi.success_status is "passed" once an attempt passed, "failed" after
 * attempts that did not, "unknown" before any.
 */
export function scorm2004Statuses(status: CourseStatus): {
  completion: 'completed' | 'incomplete';
  success: 'passed' | 'failed' | 'unknown';
} {
  return {
    completion: status.complete ? 'completed' : 'incomplete',
    success: status.passed ? 'passed' : status.attempted ? 'failed' : 'unknown',
  };
}

/**
 * cmi.progress_measure: the lessons and the final assessment as equal steps, so it reaches 1 only when
 * completion_status becomes "completed" (every lesson done and the assessment passed).
 */
export function progressMeasure(status: CourseStatus): number {
  if (status.complete) return 1;
  const steps = status.lessonsTotal + 1;
  return Math.min((status.lessonsCompleted + (status.passed ? 1 : 0)) / steps, (steps - 1) / steps);
}

export function createScorm2004Tracker(api: Scorm2004Api, options?: ScormTrackerOptions): ScormTracker {
  return createScormTracker(
    {
      kind: 'scorm2004',
      suspendBudget: SCORM2004_SUSPEND_BUDGET,
      maxLocation: 1000,
      elements: {
        location: 'cmi.location',
        suspendData: 'cmi.suspend_data',
        entry: 'cmi.entry',
        mode: 'cmi.mode',
        exit: 'cmi.exit',
        sessionTime: 'cmi.session_time',
        learnerName: 'cmi.learner_name',
        learnerId: 'cmi.learner_id',
        objectiveStatus: 'completion_status',
      },
      standing: STANDING_ELEMENTS.scorm2004,
      initialize: () => api.Initialize(''),
      terminate: () => api.Terminate(''),
      commit: () => api.Commit(''),
      getValue: (element) => api.GetValue(element),
      setValue: (element, value) => api.SetValue(element, value),
      lastError: () => api.GetLastError(),
      errorString: (code) => api.GetErrorString(code),
      // A first attempt ("ab-initio") has nothing stored; reading it would only raise error 403.
      hasStoredData: (entry) => entry !== 'ab-initio',
      notInitialisedCode: '403',
      statusValues: (status) => {
        const { completion, success } = scorm2004Statuses(status);
        const values: [string, string][] = [
          ['cmi.completion_status', completion],
          ['cmi.success_status', success],
        ];
        if (status.lessonsTotal > 0) values.push(['cmi.progress_measure', scaled(progressMeasure(status))]);
        if (status.score !== undefined) {
          values.push(
            ['cmi.score.min', '0'],
            ['cmi.score.max', '100'],
            ['cmi.score.raw', rawScore(status.score)],
            ['cmi.score.scaled', scaled(status.score)],
          );
        }
        return values;
      },
      exitValue: (complete) => (complete ? 'normal' : 'suspend'),
      sessionTime: formatScorm2004Duration,
      interactionValues: scorm2004InteractionValues,
      objectiveValues: scorm2004ObjectiveValues,
    },
    options,
  );
}
