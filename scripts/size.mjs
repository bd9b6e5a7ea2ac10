// Per route, the JavaScript and CSS (gzip) that the first load of that route asks for: the entry chunk and
// its static imports, and the route's lazy chunks (page, lesson body) with their static imports; and the
// stylesheet its prerendered page links. A lesson's activities are prerendered HTML whose code loads when the
// reader comes near: their CSS is in the page's stylesheet, their JavaScript is shown apart. Fails over the budgets in
// scripts/size-budget.json, when a lesson is not its own lazy chunk, or when the language chunk is too big
// or reaches a first screen.
// Usage: npm run size            (builds first)
//        node scripts/size.mjs --no-build
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { courseRoutes } from './course-routes.mjs';

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const budget = JSON.parse(readFileSync(new URL('./size-budget.json', import.meta.url), 'utf8'));
const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'));
const sizes = new Map();
const gz = (file) => {
  if (!sizes.has(file)) sizes.set(file, gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length);
  return sizes.get(file);
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const failures = [];

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry && key.endsWith('index.html'));
if (!entryKey) {
  console.error('No index.html entry in the build manifest.');
  process.exit(1);
}

/** A chunk plus everything it imports statically: what the browser loads along with it. */
function staticClosure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key].imports ?? []) staticClosure(dep, seen);
  return seen;
}
const closureOf = (keys) => {
  const seen = new Set();
  for (const key of keys) staticClosure(key, seen);
  return seen;
};
const jsFiles = (keys) => [
  ...new Set([...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'))),
];
const total = (files) => files.reduce((sum, file) => sum + gz(file), 0);

/** The stylesheets a prerendered page asks for before its first paint: its enabled `<link rel=stylesheet>`s. */
function pageStylesheets(route) {
  let html;
  try {
    html = readFileSync(`dist/${route.file}`, 'utf8');
  } catch {
    failures.push(`${route.path}: no prerendered page at dist/${route.file}`);
    return [];
  }
  const base = html.match(/<script type="module"[^>]*src="([^"]*)assets\//)?.[1] ?? '/';
  return [...html.matchAll(/<link rel="stylesheet"[^>]*>/g)]
    .map((match) => match[0])
    .filter((link) => !/\sdisabled\b/.test(link))
    .map((link) => link.match(/href="([^"]+)"/)?.[1] ?? '')
    .filter((href) => href.startsWith(base))
    .map((href) => href.slice(base.length));
}

const routes = await courseRoutes();
const firstScreen = staticClosure(entryKey);
const rows = [];
for (const route of routes) {
  const missing = route.modules.filter((key) => !manifest[key]);
  for (const key of missing) failures.push(`${route.path}: ${key} is not a chunk of the build`);
  const lazy = route.modules.filter((key) => manifest[key]);
  for (const key of lazy) {
    if (!manifest[key].isDynamicEntry) failures.push(`${route.path}: ${key} is not its own lazy chunk`);
  }
  const keys = closureOf([entryKey, ...lazy]);
  const js = total(jsFiles(keys));
  // The prerendered page links one stylesheet (its route's styles, its activities' and its moved style
  // attributes, see scripts/prerender.ts); the separate files stay linked but disabled, never fetched.
  const css = pageStylesheets(route).reduce((sum, file) => sum + gz(file), 0);
  const jsBudget =
    budget.routeJsGzipKB[route.key] ??
    (route.audience === 'staff' ? budget.staffRouteJsGzipKB : budget.learnerRouteJsGzipKB);
  const laterKeys = route.later.filter((key) => manifest[key]);
  for (const key of route.later.filter((k) => !manifest[k]))
    failures.push(`${route.path}: ${key} is not a chunk of the build`);
  const whole = closureOf([...keys, ...laterKeys]);
  const wholeJs = laterKeys.length > 0 ? total(jsFiles(whole)) : undefined;
  rows.push({ route, js, css, jsBudget, wholeJs });
  if (js > jsBudget * 1024) failures.push(`${route.path} loads ${kb(js)} of JavaScript, over ${jsBudget} KB`);
  if (css > budget.routeCssGzipKB * 1024)
    failures.push(`${route.path} loads ${kb(css)} of CSS, over ${budget.routeCssGzipKB} KB`);
}

console.log('First load of each route, gzip:\n');
console.log('| route | JS | CSS | JS budget | CSS budget | JS with what loads later |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const { route, js, css, jsBudget, wholeJs } of rows) {
  const mark = (over) => (over ? ' ✗' : '');
  const whole = wholeJs === undefined ? '–' : kb(wholeJs);
  console.log(
    `| \`${route.path}\` | ${kb(js)}${mark(js > jsBudget * 1024)} | ${kb(css)}${mark(css > budget.routeCssGzipKB * 1024)} | ${jsBudget} KB | ${budget.routeCssGzipKB} KB | ${whole} |`,
  );
}

const lessonKeys = Object.keys(manifest).filter((key) => key.endsWith('.mdx'));
console.log('\nLesson chunks, gzip:');
for (const key of lessonKeys) {
  const size = gz(manifest[key].file);
  console.log(`  ${kb(size).padStart(8)}  ${key}`);
  if (size > budget.lessonChunkGzipKB * 1024)
    failures.push(`${key} is ${kb(size)}, over ${budget.lessonChunkGzipKB} KB`);
  if (firstScreen.has(key)) failures.push(`${key} is loaded by the first screen; lessons must load lazily`);
  if (!manifest[key].isDynamicEntry) failures.push(`${key} is not its own lazily loaded chunk`);
}
if (lessonKeys.length === 0) failures.push('no lesson chunks found in the build');

// The English reader (compromise) loads only at a free-text turn or the definitions exercise.
const languageKey = Object.keys(manifest).find((key) =>
  key.endsWith('src/components/activities/language/coach.ts'),
);
if (!languageKey) failures.push('no language chunk (language/coach.ts) found in the build');
else {
  const elsewhere = new Set(
    Object.keys(manifest)
      .filter((k) => k !== languageKey && (manifest[k].isEntry || manifest[k].isDynamicEntry))
      .flatMap((k) => [...staticClosure(k)]),
  );
  const files = jsFiles(
    [...staticClosure(languageKey)].filter((k) => k === languageKey || !elsewhere.has(k)),
  );
  const size = total(files);
  console.log(`\nLanguage chunk, gzip (loaded on demand):\n  ${kb(size).padStart(8)}  ${languageKey}`);
  if (size > budget.languageChunkGzipKB * 1024)
    failures.push(`the language chunk is ${kb(size)}, over ${budget.languageChunkGzipKB} KB`);
  if (!manifest[languageKey].isDynamicEntry) failures.push('the language chunk is not loaded on demand');
  for (const { route } of rows) {
    if (closureOf([entryKey, ...route.modules.filter((k) => manifest[k])]).has(languageKey))
      failures.push(`${route.path} loads the language chunk on its first screen; it must load on demand`);
  }
  const firstCode = jsFiles(firstScreen)
    .map((f) => readFileSync(`dist/${f}`, 'utf8'))
    .join('\n');
  if (/compromise|preTagger|\bnlp\.plugin\b/.test(firstCode))
    failures.push('the first screen holds code of the language library');
}

if (failures.length > 0) {
  console.error(`\nSize budget exceeded:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('\nWithin budget.');
