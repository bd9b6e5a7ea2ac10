import { useState } from 'react';
import type { ComponentType } from 'react';
import { renderPhase } from '../components/hydration';
import { lazyComponent, lazyFrom, loadOnce } from '../components/load-once';
import type { Settling } from '../components/load-once';
import type { LessonEntry, MdxProps } from './lesson-types';
import { preloadLessonParts } from './mdx-components';

type Body = ComponentType<MdxProps>;
interface Loaders {
  code: () => Settling<Body>;
  whole: () => Settling<Body>;
}
const loaders = new Map<string, Loaders>();
const bodies = new Map<string, Body>();
/** Each lesson's objectives, which come with its body's code. */
const objectivesOf = new Map<string, string[]>();
const objectiveLists = new Map<string, ComponentType>();

function loadersOf(lesson: LessonEntry): Loaders {
  let found = loaders.get(lesson.slug);
  if (!found) {
    const code = loadOnce(() =>
      lesson.load().then((module) => {
        objectivesOf.set(lesson.slug, module.objectives);
        return module.default;
      }),
    );
    const whole = loadOnce(() => Promise.all([code(), preloadLessonParts(lesson)]).then(([body]) => body));
    found = { code, whole };
    loaders.set(lesson.slug, found);
  }
  return found;
}

/**
 * A lesson's body. `parts: true` (opening a lesson in the course) also loads the parts of the tag map it uses
 * and its scenarios, side by side, so the body appears whole and at once. A prerendered lesson needs only
 * its code to hydrate: its activities are already on screen and load when the reader comes near them.
 */
export function loadLessonBody(lesson: LessonEntry, { parts }: { parts: boolean }): Settling<Body> {
  const { code, whole } = loadersOf(lesson);
  return parts ? whole() : code();
}

/** The lesson's body as a component (one per lesson): it suspends only while the body is loading. */
export function lessonBody(lesson: LessonEntry): Body {
  let body = bodies.get(lesson.slug);
  if (!body) {
    const Whole = lazyComponent(() => loadLessonBody(lesson, { parts: true }));
    const Code = lazyComponent(() => loadLessonBody(lesson, { parts: false }));
    body = function LessonBody(props: MdxProps) {
      // Hydrating, the activities are already on screen as HTML: the body's own code is enough.
      const [parts] = useState(() => renderPhase() !== 'hydrate');
      return parts ? <Whole {...props} /> : <Code {...props} />;
    };
    bodies.set(lesson.slug, body);
  }
  return body;
}

/**
 * What the lesson teaches, as the lesson page's header lists it. The objectives come with the lesson's body, so
 * the list waits for the body's code the first time (a prerendered lesson has it before hydrating).
 */
export function lessonObjectives(lesson: LessonEntry): ComponentType {
  let list = objectiveLists.get(lesson.slug);
  if (!list) {
    list = lazyFrom(
      () => loadersOf(lesson).code(),
      () =>
        function Objectives() {
          return (
            <div className="objectives">
              <h2 className="objectives-title">You will be able to</h2>
              <ul>
                {(objectivesOf.get(lesson.slug) ?? []).map((objective) => (
                  <li key={objective}>{objective}</li>
                ))}
              </ul>
            </div>
          );
        },
    );
    objectiveLists.set(lesson.slug, list);
  }
  return list;
}
