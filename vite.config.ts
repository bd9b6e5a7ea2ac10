/// <reference types="vitest/config" />
import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, runnerImport } from 'vite';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { lessonsPlugin } from './src/content/lessons-plugin.ts';
import { prerenderPlugin, servePrerenderedPlugin } from './scripts/prerender.ts';
import { remarkHeadingIds } from './src/content/lesson-tree.ts';
import { paths } from './src/config/paths.ts';
import { navigationAllowlist } from './src/domain/lib/navigation-scope.ts';
import type { Scenario } from './src/domain/activities/scenario-types.ts';

const testing = Boolean(process.env.VITEST);

/**
 * Everything the course's code (src/main.tsx) imports statically goes into one chunk: split into the
 * pieces the pages share, the same code costs several KB more gzip and a dozen requests. The page's entry
 * (src/boot.ts) stays apart and tiny.
 */
function courseCodeChunk(
  id: string,
  ctx: { getModuleInfo: (id: string) => { importedIds: readonly string[] } | null },
): string | null {
  if (!courseCode) {
    const reach = (from: string[]) => {
      const seen = new Set<string>();
      const queue = [...from];
      while (queue.length > 0) {
        const next = queue.pop()!;
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(...(ctx.getModuleInfo(next)?.importedIds ?? []));
      }
      return seen;
    };
    const boot = reach([path.resolve('src/boot.ts')]);
    const course = new Set([...reach([path.resolve('src/main.tsx')])].filter((m) => !boot.has(m)));
    // The lesson page's parts, which the activities and their page share; what other pages use stays apart.
    const otherPages = reach(
      readdirSync('src/app/pages')
        .filter(
          (name) => /^[\w-]+\.tsx$/.test(name) && !['lesson-page.tsx', 'activities-page.tsx'].includes(name),
        )
        .map((name) => path.resolve('src/app/pages', name)),
    );
    const lesson = [...reach([path.resolve('src/app/pages/lesson-page.tsx')])].filter(
      (m) => !course.has(m) && !otherPages.has(m),
    );
    const framework = (m: string) =>
      /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/.test(m);
    courseCode = new Map([
      ...[...course].map((m) => [m, framework(m) ? 'framework' : 'course'] as const),
      ...lesson.map((m) => [m, 'lesson-page'] as const),
    ]);
  }
  // Helpers the bundler adds stay apart: the preload helper stays with boot.ts, which uses it too.
  if (id.startsWith('\0vite/')) return null;
  if (id === path.resolve('src/framework.ts')) return 'framework';
  return courseCode.get(id) ?? null;
}
let courseCode: Map<string, string> | undefined;
/** The page's entry (src/boot.ts): it loads the course's code, so it lists all of it. */
const PAGE_ENTRY = /(^|\/)index-[\w-]+\.js$/;
/** Chunks every page has loaded before the course's code loads anything on demand. */
const ALWAYS_LOADED = /(^|\/)(framework|course|rolldown-runtime|preload-helper)-[\w-]+\.js$/;
/** Modules loaded on demand that open a chunk group: the build manifest names them (see groupEntriesInManifest). */
const GROUP_ENTRIES = ['src/framework.ts', 'src/main.tsx', 'src/app/pages/lesson-page.tsx'];

/**
 * A module loaded on demand that sits inside a group chunk has no key of its own in the build manifest, which
 * the prerender and `npm run size` read by source path: this adds the key, pointing at its chunk.
 */
const groupEntriesInManifest = (): Plugin => {
  const chunkOf = new Map<string, string>();
  let outDir = 'dist';
  return {
    name: 'servewell-group-entries-in-manifest',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const entry of GROUP_ENTRIES)
          if (output.moduleIds.includes(path.resolve(entry))) chunkOf.set(entry, output.fileName);
      }
    },
    writeBundle() {
      const file = path.join(outDir, '.vite/manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { file: string }>;
      for (const [entry, chunk] of chunkOf) {
        if (manifest[entry]) continue;
        const found = Object.values(manifest).find((item) => item.file === chunk);
        if (!found) throw new Error(`No chunk ${chunk} in the build manifest for ${entry}.`);
        manifest[entry] = { ...found, src: entry, isDynamicEntry: true } as typeof found;
      }
      writeFileSync(file, JSON.stringify(manifest, null, 2));
    },
  };
};
const lessonsDir = process.env.SERVEWELL_LESSONS ?? (testing ? 'tests/fixtures/lessons' : 'lessons');

/**
 * Stops the build when a role-play scenario fails the validator, or the definitions content fails its
 * schema, with the message naming what is wrong.
 * The scenarios are loaded through Vite's module runner, so the config does not bundle them.
 */
const scenariosPlugin = (): Plugin => {
  let root = process.cwd();
  const load = async <T>(file: string) =>
    (await runnerImport<T>(path.resolve(root, file), { configFile: false, logLevel: 'warn' })).module;
  return {
    name: 'servewell-scenarios',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      const [{ scenarios }, { validateScenarioOrThrow }] = await Promise.all([
        load<{ scenarios: Record<string, Scenario> }>('lessons/scenarios/index.ts'),
        load<{ validateScenarioOrThrow: (s: Scenario) => Scenario }>(
          'src/domain/activities/scenario-validator.ts',
        ),
      ]);
      for (const scenario of Object.values(scenarios)) {
        try {
          validateScenarioOrThrow(scenario);
        } catch (error) {
          this.error(error instanceof Error ? error.message : String(error));
        }
      }
      // The definitions exercise's content: stops the build with "file: field: problem".
      const { parseDefinitionsContent, DEFINITIONS_FILE } = await load<{
        parseDefinitionsContent: (input: unknown, file?: string) => unknown;
        DEFINITIONS_FILE: string;
      }>('src/content/definitions-schema.ts');
      try {
        parseDefinitionsContent(JSON.parse(readFileSync(path.resolve(root, DEFINITIONS_FILE), 'utf8')));
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
      // The final-assessment bank, the job aid cards and the trainer guide: the course reads them unchecked.
      const [{ bankFiles }, { loadBank }, cards, guide, { checkJobAids, checkTrainerGuide }] =
        await Promise.all([
          load<{ bankFiles: Record<string, unknown> }>('lessons/assessment/index.ts'),
          load<{ loadBank: (files: Record<string, unknown>) => unknown }>('src/content/assessment-schema.ts'),
          load<{ jobAids: unknown[] }>('lessons/job-aids.ts'),
          load<{ trainerGuide: unknown }>('lessons/trainer-guide.ts'),
          load<{
            checkJobAids: (cards: unknown[]) => unknown;
            checkTrainerGuide: (guide: unknown) => unknown;
          }>('src/content/job-aid-schema.ts'),
        ]);
      try {
        loadBank(bankFiles);
        checkJobAids(cards.jobAids);
        checkTrainerGuide(guide.trainerGuide);
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
  };
};

const base = process.env.SERVEWELL_BASE ?? '/';
/** Offline use through a service worker: not in tests, nor in SCORM packages (the LMS serves those). */
const offline = !testing && !process.env.SERVEWELL_SCORM;

/**
 * index.html carries the course's Content-Security-Policy. The dev server injects inline scripts of its own
 * (hot reload), which that policy refuses, so it is left out while developing only.
 */
const devWithoutCsp = (): Plugin => ({
  name: 'servewell-dev-without-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/s, ''),
});

/**
 * In a SCORM package, a small classic script (it runs even from a file:// address, where module scripts
 * are blocked) tells someone who opened the unzipped package from disk that it must be uploaded to an
 * LMS, instead of leaving a blank page.
 */
const openedFromDiskPlugin = (): Plugin => ({
  name: 'servewell-opened-from-disk',
  apply: 'build',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'opened-from-disk.js',
      source: readFileSync(path.resolve('scripts/scorm-opened-from-disk.js'), 'utf8'),
    });
  },
  transformIndexHtml: () => [
    { tag: 'script', attrs: { src: './opened-from-disk.js' }, injectTo: 'body-prepend' },
  ],
});

export default defineConfig({
  base,
  plugins: [
    devWithoutCsp(),
    lessonsPlugin({ dir: lessonsDir }),
    groupEntriesInManifest(),
    scenariosPlugin(),
    ...(process.env.SERVEWELL_SCORM ? [openedFromDiskPlugin()] : []),
    { enforce: 'pre', ...mdx({ remarkPlugins: [remarkFrontmatter, remarkGfm, remarkHeadingIds] }) },
    react({ include: /\.(mdx|tsx|ts)$/ }),
    // Every route as its own HTML page; before the service worker is generated, so it precaches them.
    ...(testing ? [] : [prerenderPlugin({ lessonsDir, hashRouting: process.env.VITE_ROUTER === 'hash' })]),
    servePrerenderedPlugin(),
    // Offline after the first visit.
    VitePWA({
      disable: !offline,
      registerType: 'autoUpdate',
      injectRegister: null,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
        // Each prerendered page is kept under its address (lessons/x, not lessons/x/index.html), so the worker
        // answers /lessons/x offline with that lesson's own page.
        manifestTransforms: [
          (entries) => ({
            manifest: entries.map((entry) =>
              entry.url.endsWith('/index.html')
                ? { ...entry, url: entry.url.slice(0, -'/index.html'.length) }
                : entry,
            ),
            warnings: [],
          }),
        ],
        // Any other course address (an unknown lesson, a trailing slash) gets the not-found page, over which
        // the course renders what the address asks for.
        navigateFallback: '404.html',
        // Only the course's own routes under its base path: on a shared host, other pages stay the network's.
        navigateFallbackAllowlist: navigationAllowlist(
          base,
          Object.values(paths).map((route) => route.pattern),
        ),
      },
      manifest: {
        name: 'Servewell: customer service training',
        short_name: 'Servewell',
        description: 'An interactive customer-service course for new hires.',
        theme_color: '#0b5c55',
        background_color: '#f6f7f5',
        display: 'standalone',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
    }),
  ],
  define: {
    'import.meta.env.VITE_OFFLINE': JSON.stringify(offline ? 'yes' : ''),
  },
  build: {
    manifest: true,
    target: 'es2022',
    modulePreload: {
      // Every browser the course supports preloads modules itself.
      polyfill: false,
      // A chunk loaded on demand lists the chunks to fetch beside it: not itself (the import fetches it), nor
      // the course's own code, loaded by then.
      resolveDependencies: (file, deps, { hostId }) =>
        PAGE_ENTRY.test(hostId) ? deps : deps.filter((dep) => dep !== file && !ALWAYS_LOADED.test(dep)),
    },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: courseCodeChunk, priority: 1, includeDependenciesRecursively: false }],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['tests/setup/vitest.setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'lessons/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    testTimeout: 20_000,
  },
});
