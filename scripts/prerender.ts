// Prerenders every route of the built course into its own HTML file (dist/lessons/<slug>/index.html, …,
// 404.html), so a static host serves any address as a page that shows its text before a script runs.
// The browser then hydrates it (src/main.tsx). Runs at the end of `vite build`, before the service worker
// is generated, so the worker precaches every page.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createServer } from 'vite';
import type { Plugin, ResolvedConfig } from 'vite';

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

interface CourseRoute {
  path: string;
  file: string;
  modules: string[];
  later: string[];
}

interface RenderedRoute {
  html: string;
  route: string;
  staffPages: boolean;
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The chunks a set of manifest keys loads, with their static imports. */
function closure(manifest: Manifest, keys: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const dep of manifest[key].imports ?? []) visit(dep);
  };
  keys.forEach(visit);
  return seen;
}

/** The h1's text, for the page's <title> (as PageHeading sets it in the browser). */
function headingText(html: string): string | undefined {
  const match = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html);
  if (!match?.[1]) return undefined;
  return match[1]
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The Content-Security-Policy (style-src 'self') refuses style attributes in a page's markup, though React
 * may set the same styles from script. Each distinct one becomes a class in a stylesheet of the build.
 */
function moveStyleAttributes(html: string, rules: Map<string, string>, used: Set<string>): string {
  return html.replace(
    /<([a-z][\w-]*)([^>]*?)\sstyle="([^"]*)"([^>]*)>/g,
    (_all, tag, before, style, after) => {
      let name = rules.get(style);
      if (!name) {
        name = `pr-${createHash('sha256').update(style).digest('hex').slice(0, 8)}`;
        rules.set(style, name);
      }
      used.add(style);
      const attributes = `${before}${after}`;
      const withClass = /\sclass="/.test(attributes)
        ? attributes.replace(/\sclass="([^"]*)"/, (_c, names) => ` class="${names} ${name}"`)
        : `${attributes} class="${name}"`;
      return `<${tag}${withClass}>`;
    },
  );
}

export function prerenderPlugin(options: { lessonsDir: string; hashRouting: boolean }): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'servewell-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      sequential: true,
      order: 'pre',
      async handler() {
        if (config.build.ssr) return;
        const outDir = path.resolve(config.root, config.build.outDir);
        const base = config.base;
        const manifest = JSON.parse(
          readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8'),
        ) as Manifest;
        const template = readFileSync(path.join(outDir, 'index.html'), 'utf8');
        const entryKey = Object.keys(manifest).find((key) => key.endsWith('index.html')) ?? 'index.html';
        const entry = closure(manifest, [entryKey]);
        const entryCss = new Set([...entry].flatMap((key) => manifest[key]?.css ?? []));

        const { courseRoutes } = (await import(
          pathToFileURL(path.resolve(config.root, 'scripts/course-routes.mjs')).href
        )) as { courseRoutes: (dir: string) => Promise<CourseRoute[]> };
        const all = await courseRoutes(options.lessonsDir);
        // A SCORM package opens at its launch page; its other routes come after '#'.
        const routes = options.hashRouting ? all.filter((route) => route.path === '/') : all;

        const server = await createServer({
          configFile: config.configFile ?? false,
          root: config.root,
          mode: config.mode,
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false, watch: null },
          optimizeDeps: { noDiscovery: true, include: [] },
        });
        const styleRules = new Map<string, string>();
        const pages: { file: string; html: string; css: string[]; styles: Set<string> }[] = [];
        try {
          const { renderRoute } = (await server.ssrLoadModule('/src/prerender.tsx')) as {
            renderRoute: (path: string) => Promise<RenderedRoute>;
          };
          for (const route of routes) {
            const target = route.file === '404.html' ? '/404' : route.path;
            const rendered = await renderRoute(target);
            const first = closure(manifest, route.modules);
            // Activities are on screen as HTML from the start, so their styles come with the page.
            const styled = closure(manifest, [...route.modules, ...route.later]);
            const css = [...new Set([...styled].flatMap((key) => manifest[key]?.css ?? []))].filter(
              (file) => !entryCss.has(file),
            );
            const preload = [...first]
              .filter((key) => !entry.has(key))
              .map((key) => manifest[key]?.file)
              .filter((file): file is string => Boolean(file?.endsWith('.js')));
            if (/<script(?![^>]*\ssrc=)/i.test(rendered.html))
              throw new Error(`The prerendered ${route.path} holds an inline script, which the CSP refuses.`);
            const styles = new Set<string>();
            const html = moveStyleAttributes(rendered.html, styleRules, styles);
            const title = headingText(html);
            let page = template.replace(
              /<div id="root"><\/div>/,
              `<div id="root" data-route="${escapeAttribute(rendered.route)}" data-staff-pages="${rendered.staffPages}" data-preload="${preload.map((file) => `${base}${file}`).join(' ')}">${html}</div>`,
            );
            if (title)
              page = page.replace(
                /<title>[^<]*<\/title>/,
                `<title>${escapeAttribute(title)} · Servewell</title>`,
              );
            pages.push({ file: route.file, html: page, css, styles });
          }
        } finally {
          await server.close();
        }

        // Each page asks for one stylesheet, which holds the entry's, its route's and its moved style
        // attributes: one request before the first paint instead of several. The separate files stay linked
        // but disabled (never fetched), so chunks loading later do not fetch them again.
        const entryLinks = [...template.matchAll(/<link rel="stylesheet"[^>]*>\s*/g)].map((m) => m[0]);
        const written = new Set<string>();
        for (const page of pages) {
          const files = [...entryCss, ...page.css];
          if (files.length === 0) throw new Error(`The prerendered ${page.file} has no stylesheet.`);
          const moved = [...page.styles].map((style) => `.${styleRules.get(style)}{${style}}`).join('\n');
          const text = [...files.map((file) => readFileSync(path.join(outDir, file), 'utf8')), moved].join(
            '\n',
          );
          const combined = `assets/page-${createHash('sha256').update(text).digest('hex').slice(0, 10)}.css`;
          if (!written.has(combined)) {
            writeFileSync(path.join(outDir, combined), text);
            written.add(combined);
          }
          const links = [
            `<link rel="stylesheet" crossorigin href="${base}${combined}">`,
            ...files.map((file) => `<link rel="stylesheet" crossorigin href="${base}${file}" disabled>`),
          ];
          let html = page.html;
          for (const link of entryLinks) html = html.replace(link, '');
          const file = path.join(outDir, page.file);
          mkdirSync(path.dirname(file), { recursive: true });
          writeFileSync(file, html.replace('</head>', `${links.join('')}</head>`));
        }
        config.logger.info(`Prerendered ${pages.length} pages.`);
      },
    },
  };
}

/**
 * `vite preview` serves the prerendered pages as a static host does: /lessons/x from
 * lessons/x/index.html, and an address with no page from 404.html, not index.html.
 */
export function servePrerenderedPlugin(): Plugin {
  return {
    name: 'servewell-serve-prerendered',
    configurePreviewServer(server) {
      const outDir = path.resolve(server.config.root, server.config.build.outDir);
      const base = server.config.base;
      server.middlewares.use((req, res, next) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        const url = new URL(req.url ?? '/', 'http://localhost');
        if (!url.pathname.startsWith(base)) return next();
        let rel: string;
        try {
          rel = decodeURIComponent(url.pathname.slice(base.length)).replace(/\/+$/, '');
        } catch {
          return next();
        }
        if (path.extname(rel) !== '') return next();
        const page = path.resolve(outDir, rel, 'index.html');
        if (!page.startsWith(outDir + path.sep)) return next();
        if (existsSync(page)) {
          req.url = `${base}${rel === '' ? '' : `${rel}/`}index.html${url.search}`;
          return next();
        }
        const notFound = path.join(outDir, '404.html');
        if (!existsSync(notFound) || !/text\/html/.test(req.headers.accept ?? '')) return next();
        // Sent as a page (200), as the single-page app's fallback was: a 404 status would put an error in
        // the browser's console for every unknown address. A static host may well send 404.html with 404.
        res.statusCode = 200;
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(req.method === 'HEAD' ? undefined : readFileSync(notFound));
      });
    },
  };
}
