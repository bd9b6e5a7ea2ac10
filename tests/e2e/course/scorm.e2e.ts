// The SCORM packages in a real LMS run-time: a host page (tests/fixtures/scorm-host) runs scorm-again
// as the LMS's API and opens the package, built by `npm run build:scorm` and unzipped, in a frame.
// The packages are built here twice, from the small fixture lessons and from the real course, and
// everything is served from 127.0.0.1. With SCORM 1.2 the host refuses values past the standard's field
// limits, as a strict LMS does, so `lms.failures` stays empty only if the course keeps within them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { worstCaseProgress } from '../../unit/scorm-worst-case';
import { emptyProgress } from '../../../src/domain/course/progress';
import { decodeSuspendData, encodeSuspendData } from '../../../src/domain/lms/suspend-data';
import { expect, test } from '../fixtures';
import { answerAssessment, completeLesson } from './journey-helpers';

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
  test.setTimeout(480_000);
  workDir = mkdtempSync(join(tmpdir(), 'servewell-scorm-e2e-'));
  const build = spawnSync('node', ['scripts/build-scorm.mjs', '--out-dir', workDir], {
    cwd: root,
    env: { ...process.env, SERVEWELL_LESSONS: 'tests/fixtures/lessons' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`npm run build:scorm failed:\n${build.stdout}\n${build.stderr}`);
  const { SERVEWELL_LESSONS: _fixtures, ...env } = process.env;
  const real = spawnSync('node', ['scripts/build-scorm.mjs', '--out-dir', join(workDir, 'real')], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  if (real.status !== 0) throw new Error(`npm run build:scorm failed:\n${real.stdout}\n${real.stderr}`);
  for (const { version } of VERSIONS) {
    zipContents[version] = unzip(
      join(workDir, `servewell-scorm${version}.zip`),
      join(workDir, `pkg${version}`),
    );
    unzip(join(workDir, 'real', `servewell-scorm${version}.zip`), join(workDir, `real${version}`));
  }
  server = await serve({
    '/host/': join(root, 'tests/fixtures/scorm-host'),
    '/scorm-again/': join(root, 'node_modules/scorm-again/dist'),
    '/pkg12/': join(workDir, 'pkg12'),
    '/pkg2004/': join(workDir, 'pkg2004'),
    '/real12/': join(workDir, 'real12'),
    '/real2004/': join(workDir, 'real2004'),
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
  failures: { call: string; args: string[]; error: string; refusal: string | null }[];
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

async function openHost(page: Page, version: Version, pkg: 'pkg' | 'real' = 'pkg') {
  await page.goto(`${server!.url}/host/index.html?version=${version}&course=/${pkg}${version}/index.html`);
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

// ---------------------------------------------------------------------------------------------------
// The real course

const LEARNER = { lms: 'Okafor, Amira', shown: 'Amira Okafor' };
/** What the LMS records for a learner who finished every lesson and passed with 100%. */
const FINISHED: Record<Version, Record<string, string>> = {
  '12': { 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '100' },
  '2004': {
    'cmi.completion_status': 'completed',
    'cmi.success_status': 'passed',
    'cmi.progress_measure': '1',
    'cmi.score.scaled': '1',
  },
};
const LESSONS = 6;

/** Element names that differ between the versions, for the real-course tests. */
const realNames = (version: Version) =>
  version === '12'
    ? { learnerName: 'cmi.core.student_name', objectiveStatus: 'status', response: 'student_response' }
    : { learnerName: 'cmi.learner_name', objectiveStatus: 'completion_status', response: 'learner_response' };

/** The LMS's data model as last committed or terminated in this launch. */
const lastCmi = (page: Page, event: 'commit' | 'terminate') =>
  page.evaluate((e) => window.lms.last(e)?.cmi ?? {}, event);

/** Keys of the flattened data model matching a pattern. */
const keysLike = (cmi: Record<string, string>, pattern: RegExp) =>
  Object.keys(cmi).filter((k) => pattern.test(k));

for (const { version, label } of VERSIONS) {
  test(`${label}, the real course: a full journey with a relaunch halfway, question-level data and the LMS's learner name`, async ({
    page,
    consoleErrors,
  }) => {
    test.setTimeout(420_000);
    const el = { ...names(version), ...realNames(version) };
    await openHost(page, version, 'real');
    await page.evaluate(
      ([entry, name, learner]) => window.lms.seed({ [entry]: 'ab-initio', [name]: learner }),
      [el.entry, el.learnerName, LEARNER.lms] as const,
    );
    await page.evaluate(() => window.lms.launch());
    const course = page.frameLocator('#course');
    await course.getByRole('link', { name: /^Start the course/ }).click();

    for (let module = 1; module <= LESSONS; module += 1) {
      await expect(course.locator('.lesson-header .eyebrow')).toContainText(`Module ${module} ·`);
      await completeLesson(page, course);
      if (module === 2) {
        // Halfway: the LMS window closes, and the learner comes back on another computer.
        await page.evaluate(() => window.lms.close());
        await page.evaluate(() => localStorage.clear());
        await page.evaluate(() => window.lms.launch());
        await expect(course.locator('.lesson-header .eyebrow')).toContainText('Module 2 ·');
        await course.locator('a.brand').click();
        await expect(course.locator('.course-progress strong')).toHaveText(
          `2 of ${LESSONS} lessons complete`,
        );
        await course.getByRole('link', { name: /^Continue/ }).click();
        await expect(course.locator('.lesson-header .eyebrow')).toContainText('Module 3 ·');
        module += 1;
        await completeLesson(page, course);
      }
      const lessons = course.getByRole('navigation', { name: 'Lessons' });
      // The last lesson leads on to the final assessment.
      await lessons.getByRole('link', { name: module < LESSONS ? /^Next / : /final assessment/i }).click();
    }

    await course.getByRole('button', { name: 'Start the assessment' }).click();
    const answered = await answerAssessment(course);
    await course.getByRole('button', { name: 'Submit my answers' }).click();
    await expect(course.getByRole('heading', { level: 2, name: /^Passed: / })).toHaveText(/Passed: 100%$/);

    // The certificate carries the LMS's name for the learner, "First Last", without asking.
    await course.getByRole('link', { name: 'Get your certificate' }).click();
    await expect(
      course.getByRole('heading', { level: 1, name: `Well done, ${LEARNER.shown}` }),
    ).toBeVisible();

    await page.evaluate(() => window.lms.close());
    const cmi = await lastCmi(page, 'terminate');
    expect(cmi).toMatchObject(FINISHED[version]);
    // One interaction per answer: the knowledge checks' and the final assessment's fifteen.
    const interactions = keysLike(cmi, /^cmi\.interactions\.\d+\.id$/).map((k) => cmi[k]!);
    expect(interactions.filter((id) => id.startsWith('final-assessment.'))).toHaveLength(answered.length);
    expect(interactions.length).toBeGreaterThan(answered.length + LESSONS);
    expect(keysLike(cmi, new RegExp(`^cmi\\.interactions\\.\\d+\\.${el.response}$`)).length).toBeGreaterThan(
      answered.length,
    );
    // One objective per lesson, each completed.
    const objectives = keysLike(cmi, new RegExp(`^cmi\\.objectives\\.\\d+\\.${el.objectiveStatus}$`)).map(
      (k) => cmi[k],
    );
    expect(objectives).toEqual(Array(LESSONS).fill('completed'));
    expect(cmi['cmi.suspend_data']!.length).toBeLessThanOrEqual(version === '12' ? 4096 : 64_000);
    expect(await page.evaluate(() => window.lms.failures)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test(`${label}, the real course: a relaunch with cut-off suspend data keeps the LMS's copy and status until the learner chooses`, async ({
    page,
  }) => {
    const el = names(version);
    const earlier = worstCaseProgress();
    const whole = encodeSuspendData(earlier, { maxLength: 4000 }).text;
    const cut = whole.slice(0, Math.floor(whole.length / 2));
    const standing =
      version === '12'
        ? { 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '90' }
        : {
            'cmi.completion_status': 'completed',
            'cmi.success_status': 'passed',
            'cmi.score.raw': '90',
            'cmi.score.scaled': '0.9',
          };
    await openHost(page, version, 'real');
    await page.evaluate(
      ([entry, location, data, kept]) =>
        window.lms.seed({
          ...kept,
          [entry]: 'resume',
          [location]: 'service-chain',
          'cmi.suspend_data': data,
        }),
      [el.entry, el.location, cut, standing] as const,
    );
    await page.evaluate(() => window.lms.launch());
    const course = page.frameLocator('#course');
    const notice = course.getByRole('alert').filter({ hasText: 'could not be read' });
    await expect(notice).toBeVisible();

    // The learner carries on; the LMS's status and its unreadable copy stay as they were.
    await expect(course.getByRole('heading', { level: 1 })).toBeVisible();
    await page.evaluate(() => window.lms.close());
    let cmi = await lastCmi(page, 'terminate');
    expect(cmi['cmi.suspend_data']).toBe(cut);
    expect(cmi).toMatchObject(standing);

    // The copy is offered as a download for the LMS administrator, and only "start fresh" replaces it.
    await page.evaluate(() => window.lms.launch());
    await expect(notice).toBeVisible();
    const download = page.waitForEvent('download');
    await notice.getByRole('link', { name: 'Download the saved data' }).click();
    const file = await (await download).path();
    expect(readFileSync(file, 'utf8')).toBe(cut);
    await notice.getByRole('button', { name: /start fresh/i }).click();
    await expect(notice).toBeHidden();
    await page.evaluate(() => window.lms.close());
    cmi = await lastCmi(page, 'terminate');
    expect(decodeSuspendData(cmi['cmi.suspend_data'] ?? '').kind).toBe('ok');
    expect(cmi).toMatchObject(standing);
    expect(await page.evaluate(() => window.lms.failures)).toEqual([]);
  });
}

test('SCORM 1.2, the real course: a large profile stays within the strict 1.2 limits', async ({ page }) => {
  // An earlier session left the course finished, with 500 assessment attempts and long texts.
  const earlier = worstCaseProgress();
  const template = earlier.assessment.attempts[0]!;
  for (let n = 0; n < 500; n += 1)
    earlier.assessment.attempts.push({ ...template, id: `extra-${n}`, score: (n % 80) / 100, passed: false });
  const encoded = encodeSuspendData(earlier, { maxLength: 4000 });
  expect(encoded.fits).toBe(true);
  await openHost(page, '12', 'real');
  await page.evaluate(
    (data) =>
      window.lms.seed({
        'cmi.core.entry': 'resume',
        'cmi.core.lesson_location': 'what-is-customer-service',
        'cmi.suspend_data': data,
      }),
    encoded.text,
  );
  await page.evaluate(() => window.lms.launch());
  const course = page.frameLocator('#course');
  await expect(course.getByRole('heading', { level: 1 })).toBeVisible();
  // A long written answer on top of it all.
  const reflection = course.locator('section.reflection').first();
  await reflection.scrollIntoViewIfNeeded();
  await reflection.getByRole('textbox').fill('I listened first and then acted on what I heard. '.repeat(60));
  await page.keyboard.press('Tab');
  await page.evaluate(() => window.lms.close());
  const cmi = await lastCmi(page, 'terminate');
  expect(cmi['cmi.suspend_data']!.length).toBeLessThanOrEqual(4096);
  expect(decodeSuspendData(cmi['cmi.suspend_data']!).kind).toBe('ok');
  expect(await page.evaluate(() => window.lms.failures)).toEqual([]);

  // The host is as strict as the standard: a longer write is refused, as a strict LMS refuses it.
  await page.evaluate(() => window.lms.launch());
  await expect(course.getByRole('heading', { level: 1 })).toBeVisible();
  const refused = await page.evaluate(() =>
    (window as unknown as { API: { LMSSetValue(e: string, v: string): string } }).API.LMSSetValue(
      'cmi.suspend_data',
      'x'.repeat(4097),
    ),
  );
  expect(refused).toBe('false');
  expect((await page.evaluate(() => window.lms.failures)).map((f) => f.error)).toEqual(['405']);
  await page.evaluate(() => window.lms.close());
});

test('the unzipped package opened from disk says it must be uploaded to an LMS', async ({ page }) => {
  await page.goto(`file://${join(workDir, 'pkg12', 'index.html')}`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'This course must be uploaded to a learning system' }),
  ).toBeVisible();
  await expect(page.getByText(/upload its zip file to your learning management system/i)).toBeVisible();
});
