// Prints the gzip size of the JavaScript the first screen (/) loads and of each lesson chunk,
// and fails when a budget in scripts/size-budget.json is exceeded or a lesson sits in the first chunk.
// Usage: npm run size            (builds first)
//        node scripts/size.mjs --no-build
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const budget = JSON.parse(readFileSync(new URL('./size-budget.json', import.meta.url), 'utf8'));
const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'));
const gz = (file) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(7) + ' KB';

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry && key.endsWith('index.html'));
if (!entryKey) {
  console.error('No index.html entry in the build manifest.');
  process.exit(1);
}

/** The entry plus everything it imports statically: what the browser loads before anything lazy. */
function staticClosure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key].imports ?? []) staticClosure(dep, seen);
  return seen;
}

const firstScreen = [...staticClosure(entryKey)];
const firstFiles = firstScreen.map((key) => manifest[key].file).filter((f) => f.endsWith('.js'));
const firstTotal = firstFiles.reduce((sum, file) => sum + gz(file), 0);
const failures = [];

console.log('First screen (/) JavaScript, gzip:');
for (const file of firstFiles) console.log(`  ${kb(gz(file))}  ${file}`);
console.log(`  ${kb(firstTotal)}  total (budget ${budget.firstScreenGzipKB} KB)`);
if (firstTotal > budget.firstScreenGzipKB * 1024)
  failures.push(`first screen is ${kb(firstTotal).trim()}, over ${budget.firstScreenGzipKB} KB`);

const lessonKeys = Object.keys(manifest).filter((key) => key.endsWith('.mdx'));
console.log('\nLesson chunks, gzip:');
for (const key of lessonKeys) {
  const size = gz(manifest[key].file);
  console.log(`  ${kb(size)}  ${key}`);
  if (size > budget.lessonChunkGzipKB * 1024)
    failures.push(`${key} is ${kb(size).trim()}, over ${budget.lessonChunkGzipKB} KB`);
  if (firstScreen.includes(key))
    failures.push(`${key} is loaded by the first screen; lessons must load lazily`);
  if (!manifest[key].isDynamicEntry) failures.push(`${key} is not its own lazily loaded chunk`);
}
if (lessonKeys.length === 0) failures.push('no lesson chunks found in the build');

const lazyPages = Object.keys(manifest).filter(
  (key) => /src\/app\/pages\/.+-page\.tsx$/.test(key) && manifest[key].isDynamicEntry,
);
if (lazyPages.length > 0) console.log('\nPages loaded on demand, gzip (with their own imports):');
for (const key of lazyPages) {
  const files = [...staticClosure(key)]
    .filter((k) => !firstScreen.includes(k))
    .map((k) => manifest[k].file)
    .filter((f) => f.endsWith('.js'));
  const size = files.reduce((sum, file) => sum + gz(file), 0);
  console.log(`  ${kb(size)}  ${key}`);
  if (size > budget.lazyPageGzipKB * 1024)
    failures.push(`${key} loads ${kb(size).trim()}, over ${budget.lazyPageGzipKB} KB`);
}

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
  const files = [...staticClosure(languageKey)]
    .filter((k) => k === languageKey || !elsewhere.has(k))
    .map((k) => manifest[k].file)
    .filter((f) => f.endsWith('.js'));
  const size = files.reduce((sum, file) => sum + gz(file), 0);
  console.log(`\nLanguage chunk, gzip (loaded on demand):\n  ${kb(size)}  ${languageKey}`);
  if (size > budget.languageChunkGzipKB * 1024)
    failures.push(`the language chunk is ${kb(size).trim()}, over ${budget.languageChunkGzipKB} KB`);
  if (firstScreen.includes(languageKey) || !manifest[languageKey].isDynamicEntry)
    failures.push('the language chunk is loaded by the first screen; it must load on demand');
  const firstCode = firstFiles.map((f) => readFileSync(`dist/${f}`, 'utf8')).join('\n');
  if (/compromise|preTagger|\bnlp\.plugin\b/.test(firstCode))
    failures.push('the first screen holds code of the language library');
}

if (failures.length > 0) {
  console.error(`\nSize budget exceeded:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('\nWithin budget.');
