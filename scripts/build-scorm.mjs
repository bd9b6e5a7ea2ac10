// Builds the course as SCORM packages an LMS can import:
//   dist-scorm/servewell-scorm12.zip    (SCORM 1.2)
//   dist-scorm/servewell-scorm2004.zip  (SCORM 2004 4th edition)
// Each is the production build with relative paths and routes after '#' (so it runs from any folder the
// LMS unpacks it into), with imsmanifest.xml at the root listing every file, and the schema files the
// manifest names. The manifest is checked against those schemas (when xmllint is installed) and for
// references that resolve before anything is zipped.
//
// Usage: node scripts/build-scorm.mjs [--version 12|2004] [--out-dir dist-scorm]
// SERVEWELL_LESSONS=<dir> builds from other lessons, as for `vite build`.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import {
  buildManifest,
  checkManifestReferences,
  hasXmllint,
  SCORM_VERSIONS,
  validateManifest,
} from './scorm-manifest.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const option = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
};
const outDir = resolve(root, option('--out-dir', 'dist-scorm'));
const only = option('--version', null);
const versions = only ? [only] : ['12', '2004'];
for (const version of versions) {
  if (!SCORM_VERSIONS[version]) {
    console.error(`Unknown SCORM version "${version}": use 12 or 2004.`);
    process.exit(1);
  }
}

const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const courseSource = readFileSync(join(root, 'src/content/course.ts'), 'utf8');
const title = /COURSE_TITLE\s*=\s*'([^']+)'/.exec(courseSource)?.[1] ?? 'Servewell';

/** Every file under dir, as package paths with forward slashes, sorted. */
function listFiles(dir) {
  const out = [];
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

const canValidate = hasXmllint();
if (!canValidate) {
  console.warn(
    'xmllint not found (Debian: apt-get install libxml2-utils): manifests will not be schema-checked.',
  );
}

for (const version of versions) {
  const spec = SCORM_VERSIONS[version];
  const dir = join(outDir, version);
  console.log(`Building the ${spec.label} package…`);
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', dir, '--emptyOutDir'], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      SERVEWELL_BASE: './',
      SERVEWELL_SCORM: '1',
      VITE_ROUTER: 'hash',
      VITE_TRACKER: spec.tracker,
    },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  // The build's own bookkeeping is not part of the course.
  rmSync(join(dir, '.vite'), { recursive: true, force: true });

  const courseFiles = listFiles(dir);
  const manifest = buildManifest({ version, title, files: courseFiles, packageVersion: packageJson.version });
  writeFileSync(join(dir, 'imsmanifest.xml'), manifest);
  for (const file of spec.schemaFiles) copyFileSync(join(spec.schemaDir, file), join(dir, file));

  const problems = checkManifestReferences(manifest, (path) => existsSync(join(dir, path)));
  if (problems.length > 0) {
    console.error(`The ${spec.label} manifest is wrong:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  if (canValidate) {
    const result = validateManifest(manifest, version);
    if (!result.ok) {
      console.error(`The ${spec.label} manifest does not validate:\n${result.output}`);
      process.exit(1);
    }
  }

  const entries = {};
  for (const file of listFiles(dir)) entries[file] = [readFileSync(join(dir, file)), { level: 9 }];
  const zipPath = join(outDir, spec.zip);
  writeFileSync(zipPath, zipSync(entries));
  console.log(
    `  ${relative(root, zipPath)}: ${courseFiles.length} course files, ${(statSync(zipPath).size / 1024).toFixed(0)} KB`,
  );
}
