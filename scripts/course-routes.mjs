// The course's routes as a static host serves them, and for each the modules its first load asks for
// beyond the entry chunk (its page, its lesson body and the parts of the tag map that lesson uses).
// `npm run size` counts these from the build manifest; the prerender writes one HTML file per route.
import { tsImport } from 'tsx/esm/api';

const APP = 'src/main.tsx';
const FRAMEWORK = 'src/framework.ts';

/** Where each lazily loaded page lives: src/app/pages/<name>-page.tsx. The not-found page is in the entry. */
const page = (name) => `src/app/pages/${name}-page.tsx`;
/**
 * Where each part of the tag map lives (src/content/tag-chunks.ts), with what it loads as soon as it is on
 * screen: the role-play fetches its animations when it mounts.
 */
const tagChunkModules = (chunk) => [
  `src/content/tags/${chunk}.tsx`,
  ...(chunk === 'role-play' ? ['src/content/motion-features.ts'] : []),
];

/**
 * @typedef {{ key: string, path: string, file: string, audience: 'learner' | 'staff', modules: string[],
 *   later: string[] }} CourseRoute
 * `file` is where the prerendered page is written in dist/; `modules` are manifest keys (source paths) the
 * first load asks for; `later` what the page loads only as the reader comes to it (a lesson's activities,
 * once near the screen; the assessment's sitting, once the assessment is open).
 */

/** Every route of the course (one per lesson, per job aid), read from the lessons and the route table. */
export async function courseRoutes(lessonsDir = process.env.SERVEWELL_LESSONS ?? 'lessons') {
  const load = (file) => tsImport(file, import.meta.url);
  const [{ readLessons }, { paths }, { TAG_CHUNK_ORDER }, { jobAids }] = await Promise.all([
    load('../src/content/lessons-plugin.ts'),
    load('../src/config/paths.ts'),
    load('../src/domain/course/tag-chunks.ts'),
    load('../lessons/job-aids.ts'),
  ]);
  const lessons = readLessons(lessonsDir);
  const at = (path) => (path === '/' ? 'index.html' : `${path.slice(1)}/index.html`);
  /** @type {CourseRoute[]} */
  const routes = [];
  // The page's entry (src/boot.ts) fetches the course's code once the page has loaded: React and the router
  // (src/framework.ts), then src/main.tsx.
  const add = (key, path, audience, modules, later = []) => {
    routes.push({ key, path, file: at(path), audience, modules: [FRAMEWORK, APP, ...modules], later });
  };
  add('home', paths.home.to(), 'learner', [page('home')]);
  for (const lesson of lessons) {
    // A prerendered lesson shows its activities as HTML; their chunks load when the reader comes near.
    const activities = [
      ...lesson.chunks.flatMap(tagChunkModules),
      ...lesson.activities.filter((a) => a.kind === 'roleplay').map((a) => `lessons/scenarios/${a.id}.ts`),
    ];
    add('lesson', paths.lesson.to(lesson.slug), 'learner', [page('lesson'), lesson.file], activities);
  }
  for (const card of jobAids) {
    if (lessons.some((lesson) => lesson.slug === card.slug))
      add('lessonCard', paths.lessonCard.to(card.slug), 'learner', [page('lesson-card')]);
  }
  // Prerendered, the activities page shows them all as HTML; their chunks load as the reader comes near.
  add(
    'activities',
    paths.activities.to(),
    'learner',
    [page('activities')],
    [...TAG_CHUNK_ORDER.flatMap(tagChunkModules), 'lessons/scenarios/billing-error.ts'],
  );
  // The sitting, with the question bank, loads once the assessment is open to the learner.
  add(
    'assessment',
    paths.assessment.to(),
    'learner',
    [page('assessment')],
    ['src/app/pages/assessment-sitting.tsx'],
  );
  // A due set, with its questions from the bank, loads once the saved progress shows one.
  add('review', paths.review.to(), 'learner', [page('review')], ['src/content/review-entry.tsx']);
  add('certificate', paths.certificate.to(), 'learner', [page('certificate')]);
  add('assignment', paths.assignment.to(), 'learner', [page('assignment')]);
  add('trainer', paths.trainer.to(), 'staff', [page('trainer')]);
  add('trainerGuide', paths.trainerGuide.to(), 'staff', [page('trainer-guide')]);
  // The report itself (table, charts, filters) loads with the first records.
  add('reports', paths.reports.to(), 'staff', [page('reports')], ['src/components/reports/report-views.ts']);
  // Every route of the table is listed here (a course without job aids has no card pages).
  const listed = new Set([...routes.map((route) => route.key), 'lessonCard']);
  const missing = Object.keys(paths).filter((key) => !listed.has(key));
  if (missing.length > 0)
    throw new Error(`scripts/course-routes.mjs has no route for paths.${missing.join(', paths.')}`);
  routes.push({
    key: 'notFound',
    path: '/404',
    file: '404.html',
    audience: 'learner',
    modules: [FRAMEWORK, APP],
    later: [],
  });
  return routes;
}
