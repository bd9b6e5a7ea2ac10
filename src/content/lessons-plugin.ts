import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { checkCourse, parseLessonSource } from './lesson-source.ts';
import type { LessonMeta } from './lesson-schema.ts';

const VIRTUAL_ID = 'virtual:lessons';
const RESOLVED_ID = '\0' + VIRTUAL_ID;
const OBJECTIVES_ID = 'virtual:lesson-objectives';
const RESOLVED_OBJECTIVES_ID = '\0' + OBJECTIVES_ID;

/** Reads and validates every lesson in a folder. Throws a LessonError naming the file and field. */
export function readLessons(dir: string, root = process.cwd()): LessonMeta[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort();
  return checkCourse(
    files.map((name) =>
      parseLessonSource(
        path.relative(root, path.join(dir, name)).split(path.sep).join('/'),
        readFileSync(path.join(dir, name), 'utf8'),
      ),
    ),
  );
}

/**
 * Exposes `virtual:lessons`: every lesson's validated frontmatter, sections and activities, plus a
 * lazy loader for its body. Only the metadata reaches the first chunk; each body is its own chunk.
 */
export function lessonsPlugin(options: { dir: string }): Plugin {
  let root = process.cwd();
  const dir = () => path.resolve(root, options.dir);
  return {
    name: 'servewell-lessons',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      return id === OBJECTIVES_ID ? RESOLVED_OBJECTIVES_ID : undefined;
    },
    load(id) {
      if (id === RESOLVED_OBJECTIVES_ID) {
        const all = Object.fromEntries(readLessons(dir(), root).map((l) => [l.slug, l.objectives]));
        return `export const objectives = ${JSON.stringify(all)};\n`;
      }
      if (id !== RESOLVED_ID) return undefined;
      const lessons = readLessons(dir(), root);
      // A lesson's objectives travel with its body (see transform), not in every page's code.
      const entries = lessons.map(({ objectives: _withBody, ...lesson }) => {
        const file = path.join(root, lesson.file).split(path.sep).join('/');
        return `  { ...${JSON.stringify(lesson)}, load: () => import(${JSON.stringify(file)}) }`;
      });
      return `export const lessons = [\n${entries.join(',\n')}\n];\n`;
    },
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!file.endsWith('.mdx') || !path.resolve(file).startsWith(dir() + path.sep)) return undefined;
      const relative = path.relative(root, file).split(path.sep).join('/');
      const { objectives } = parseLessonSource(relative, code);
      return { code: `${code}\n\nexport const objectives = ${JSON.stringify(objectives)};\n`, map: null };
    },
    configureServer(server) {
      const reload = (file: string) => {
        if (!file.endsWith('.mdx')) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (mod) server.moduleGraph.invalidateModule(mod);
      };
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
      server.watcher.on('change', reload);
    },
  };
}
