// The SCORM packages in a real LMS run-time: a host page (tests/fixtures/scorm-host) runs scorm-again
// as the LMS's API and opens the package, built by `npm run build:scorm` and unzipped, in a frame.
// The packages are built here from the small fixture lessons, and everything is served from 127.0.0.1.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { emptyProgress } from '../../../src/domain/course/progress';
import { encodeSuspendData } from '../../../src/domain/lms/suspend-data';
import { expect, test } from '../fixtures';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const VERSIONS = [
  { version: '12', label: 'SCORM 1.2' },
  { version: '2004', label: 'SCORM 2004' },
] as const;
type Version = (typeof VERSIONS)[number]['version'];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
  '.json': 'application/json',
};

/** Serves folders under URL prefixes, read-only, on a free port of 127.0.0.1. */
async function serve(mounts: Record<string, string>) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
    const base = mount ? resolve(mounts[mount]!) : null;
    const file = base && mount ? normalize(join(base, path.slice(mount.length) || 'index.html')) : null;
    if (!base || !file || !(file === base || file.startsWith(base + sep))) {
      response.writeHead(404).end();
      return;
    }
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(readFileSync(file));
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

function unzip(zipFile: string, into: string) {
  const files = unzipSync(readFileSync(zipFile));
  for (const [name, bytes] of Object.entries(files)) {
    const target = join(into, name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  return Object.keys(files);
}

let workDir = '';
let server: Awaited<ReturnType<typeof serve>> | null = null;
const zipContents: Partial<Record<Version, string[]>> = {};

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  workDir = mkdtempSync(join(tmpdir(), 'servewell-scorm-e2e-'));
  const build = spawnSync('node', ['scripts/build-scorm.mjs', '--out-dir', workDir], {
    cwd: root,
    env: { ...process.env, SERVEWELL_LESSONS: 'tests/fixtures/lessons' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`npm run build:scorm failed:\n${build.stdout}\n${build.stderr}`);
  for (const { version } of VERSIONS) {
    zipContents[version] = unzip(
      join(workDir, `servewell-scorm${version}.zip`),
      join(workDir, `pkg${version}`),
    );
  }
  server = await serve({
    '/host/': join(root, 'tests/fixtures/scorm-host'),
    '/scorm-again/': join(root, 'node_modules/scorm-again/dist'),
    '/pkg12/': join(workDir, 'pkg12'),
    '/pkg2004/': join(workDir, 'pkg2004'),
  });
});

test.afterAll(async () => {
  await server?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

interface LogEntry {
  event: 'initialize' | 'commit' | 'terminate';
  launch: number;
  cmi: Record<string, string>;
}
interface HostLms {
  launches: number;
  stored: Record<string, string> | null;
  log: LogEntry[];
  failures: unknown[];
  seed(data: Record<string, string>): void;
  launch(): void;
  close(): Promise<void>;
  last(event: string): LogEntry | null;
}
declare global {
  interface Window {
    lms: HostLms;
  }
}

const names = (version: Version) =>
  version === '12'
    ? {
        location: 'cmi.core.lesson_location',
        status: 'cmi.core.lesson_status',
        exit: 'cmi.core.exit',
        sessionTime: 'cmi.core.session_time',
        entry: 'cmi.core.entry',
      }
    : {
        location: 'cmi.location',
        status: 'cmi.completion_status',
        exit: 'cmi.exit',
        sessionTime: 'cmi.session_time',
        entry: 'cmi.entry',
      };

/** The LMS's data as of the last commit (or terminate) of the current launch. */
const committed = (page: Page, event: 'commit' | 'terminate', element: string) =>
  page.evaluate(([e, el]) => window.lms.last(e)?.cmi[el] ?? null, [event, element] as const);

async function openHost(page: Page, version: Version) {
  await page.goto(`${server!.url}/host/index.html?version=${version}&course=/pkg${version}/index.html`);
  await expect.poll(() => page.evaluate(() => typeof window.lms)).toBe('object');
}

async function readTo(page: Page, sectionId: string) {
  const course = page.frameLocator('#course');
  const heading = course.locator(`#${sectionId}`);
  await heading.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await heading.hover();
  await page.mouse.wheel(0, 40);
}

for (const { version, label } of VERSIONS) {
  test(`${label}: the zip holds the manifest, its schemas and the course, with relative paths`, () => {
    const files = zipContents[version]!;
    expect(files).toContain('imsmanifest.xml');
    expect(files).toContain('index.html');
    expect(files).toContain(version === '12' ? 'adlcp_rootv1p2.xsd' : 'adlcp_v1p3.xsd');
    const manifest = readFileSync(join(workDir, `pkg${version}`, 'imsmanifest.xml'), 'utf8');
    for (const file of files.filter(
      (f) => !f.endsWith('.xsd') && !f.endsWith('.dtd') && f !== 'imsmanifest.xml',
    )) {
      expect(manifest).toContain(`<file href="${file}"/>`);
    }
    const html = readFileSync(join(workDir, `pkg${version}`, 'index.html'), 'utf8');
    expect(html).not.toMatch(/(src|href)="\/(?!\/)/);
  });

  test(`${label}: the package offers the learner's course only, with no trainer or HR pages`, async ({
    page,
  }) => {
    await openHost(page, version);
    await page.evaluate(() => window.lms.launch());
    const course = page.frameLocator('#course');
    await expect(course.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(course.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText([
      'Lessons',
      'Assessment',
    ]);
    await expect(course.getByRole('navigation', { name: 'For trainers and HR' })).toHaveCount(0);
    await course.locator('body').evaluate(() => {
      window.location.hash = '#/trainer';
    });
    await expect(
      course.getByRole('heading', { level: 1, name: 'This page is not part of the course here' }),
    ).toBeVisible();
    await expect(course.getByRole('heading', { name: 'Assign the course' })).toHaveCount(0);
    await page.evaluate(() => window.lms.close());
  });

  test(`${label}: first launch, progress, close, and relaunch resumes at the same place`, async ({
    page,
    consoleErrors,
  }) => {
    const el = names(version);
    await openHost(page, version);
    await page.evaluate(() => window.lms.launch());
    const course = page.frameLocator('#course');
    await course.getByRole('link', { name: /start the course/i }).click();
    await expect(course.getByRole('heading', { level: 1, name: 'Greeting customers' })).toBeVisible();
    await readTo(page, 'charlie-section');

    // Progress reaches the LMS in a (debounced) commit.
    await expect
      .poll(() => committed(page, 'commit', el.location), { timeout: 10_000 })
      .toBe('greeting#charlie-section');
    expect(await committed(page, 'commit', el.status)).toBe('incomplete');

    await page.evaluate(() => window.lms.close());
    const closed = await page.evaluate(() => window.lms.last('terminate'));
    expect(closed, 'the course finished its session when closed').not.toBeNull();
    expect(closed!.cmi[el.exit]).toBe('suspend');
    expect(closed!.cmi[el.location]).toBe('greeting#charlie-section');
    expect(closed!.cmi['cmi.suspend_data']?.length).toBeGreaterThan(10);
    expect(closed!.cmi[el.sessionTime]).toMatch(
      version === '12' ? /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/ : /^PT/,
    );

    // Relaunch: the course opens the same lesson at the same section, from the LMS's data alone.
    await page.evaluate(() => localStorage.clear());
    await page.evaluate(() => window.lms.launch());
    await expect(course.getByRole('heading', { level: 1, name: 'Greeting customers' })).toBeVisible();
    await expect(course.locator('#charlie-section')).toBeInViewport();
    await expect(
      course.getByRole('navigation', { name: 'In this lesson' }).locator('[aria-current="location"]'),
    ).toHaveText('Charlie section');
    expect(await page.evaluate(() => window.lms.stored)).toMatchObject({ [el.entry]: 'resume' });
    // Routes live after '#' in a package, and in-page links still just scroll.
    await course
      .getByRole('navigation', { name: 'In this lesson' })
      .getByRole('link', { name: 'Echo section' })
      .click();
    await expect(course.locator('#echo-section')).toBeInViewport();
    await expect(course.getByRole('heading', { level: 1, name: 'Greeting customers' })).toBeVisible();
    expect(await course.locator('body').evaluate(() => window.location.hash)).toMatch(
      /^#\/lessons\/greeting/,
    );
    await page.evaluate(() => window.lms.close());

    const log = await page.evaluate(() => window.lms.log.map((e) => `${e.launch}:${e.event}`));
    expect(log.filter((e) => e.endsWith('initialize'))).toEqual(['1:initialize', '2:initialize']);
    expect(log.filter((e) => e.endsWith('terminate'))).toEqual(['1:terminate', '2:terminate']);
    expect(await page.evaluate(() => window.lms.failures)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test(`${label}: finishing the last lesson after passing the assessment reports completion and score`, async ({
    page,
    consoleErrors,
  }) => {
    const el = names(version);
    // An earlier session left two lessons complete and a passed final assessment (90%).
    const earlier = emptyProgress();
    for (const slug of ['greeting', 'listening']) {
      earlier.lessons[slug] = {
        startedAt: '2026-03-02T09:00:00.000Z',
        completedAt: '2026-03-02T09:10:00.000Z',
        timeSpentMs: 600_000,
        reachedEnd: true,
        lastSection: 'echo-section',
        updatedAt: '2026-03-02T09:10:00.000Z',
      };
    }
    earlier.assessment.attempts.push({
      id: 'attempt-1',
      startedAt: '2026-03-02T09:20:00.000Z',
      questionIds: ['q1'],
      responses: {},
      passMark: 0.8,
      submittedAt: '2026-03-02T09:30:00.000Z',
      score: 0.9,
      passed: true,
    });
    earlier.lastLesson = { slug: 'listening', at: '2026-03-02T09:10:00.000Z' };
    const suspendData = encodeSuspendData(earlier, { maxLength: 4000 }).text;

    await openHost(page, version);
    await page.evaluate(
      ([entry, location, data]) =>
        window.lms.seed({
          [entry]: 'resume',
          [location]: 'listening#echo-section',
          'cmi.suspend_data': data,
        }),
      [el.entry, el.location, suspendData] as const,
    );
    await page.evaluate(() => window.lms.launch());
    const course = page.frameLocator('#course');
    // Relaunched where the learner left off (the end of lesson 2); on to the last lesson.
    await expect(course.getByRole('heading', { level: 1, name: 'Listening well' })).toBeVisible();
    await course.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: /next/i }).click();
    await expect(course.getByRole('heading', { level: 1, name: /follow/i })).toBeVisible();
    // Once the lesson body has loaded, read to the end.
    await expect(course.locator('#echo-section')).toBeAttached();
    await course.getByRole('navigation', { name: 'Lessons' }).scrollIntoViewIfNeeded();
    await expect(course.getByText('Lesson complete.')).toBeVisible();

    if (version === '12') {
      await expect
        .poll(() => committed(page, 'commit', 'cmi.core.lesson_status'), { timeout: 10_000 })
        .toBe('passed');
      expect(await committed(page, 'commit', 'cmi.core.score.raw')).toBe('90');
    } else {
      await expect
        .poll(() => committed(page, 'commit', 'cmi.completion_status'), { timeout: 10_000 })
        .toBe('completed');
      expect(await committed(page, 'commit', 'cmi.success_status')).toBe('passed');
      expect(await committed(page, 'commit', 'cmi.score.scaled')).toBe('0.9');
      expect(await committed(page, 'commit', 'cmi.score.raw')).toBe('90');
      expect(await committed(page, 'commit', 'cmi.progress_measure')).toBe('1');
    }

    await page.evaluate(() => window.lms.close());
    expect(await committed(page, 'terminate', el.exit)).toBe(version === '12' ? null : 'normal');
    expect(await page.evaluate(() => window.lms.failures)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
}
