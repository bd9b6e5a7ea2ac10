// Lighthouse (mobile: simulated slow 4G, 4x CPU) on the course beside a plain HTML page built in the same run.
// Prints, per page, the median of three runs: JavaScript and CSS transferred, performance score, LCP (and its
// ratio to the plain page's), TBT and CLS. Not part of `npm test`: it takes a few minutes.
// Usage: npm run perf               (builds first)
//        node scripts/perf.mjs --no-build [--runs 3]
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, findChromium } from '../tests/e2e/chromium-path.mjs';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
if (!args.includes('--no-build')) {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const FLOOR_DIR = 'dist-perf-floor';
/** The floor: the same kind of reading page a lesson is, as plain HTML with no script and no stylesheet. */
function buildFloor() {
  mkdirSync(FLOOR_DIR, { recursive: true });
  const paragraph =
    'Good service starts with noticing the person in front of you. Greet them, listen to what they need, ' +
    'and tell them what happens next. When something goes wrong, own it and offer a way forward.';
  const body = Array.from({ length: 8 }, (_, i) => `<h2>Section ${i + 1}</h2><p>${paragraph}</p>`).join('\n');
  writeFileSync(
    path.join(FLOOR_DIR, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<title>Plain page</title><meta name="description" content="A plain HTML page."></head>` +
      `<body><main><h1>What is customer service?</h1>${body}</main></body></html>`,
  );
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** A static host as a real one would be: gzip, long cache for hashed assets, index.html for deep links. */
function serve(root) {
  return new Promise((resolve) => {
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let file = path.join(root, decodeURIComponent(url.pathname));
      if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
      if (!existsSync(file)) file = path.join(root, 'index.html');
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      const headers = { 'content-type': type };
      if (url.pathname.startsWith('/assets/'))
        headers['cache-control'] = 'public, max-age=31536000, immutable';
      if (/gzip/.test(req.headers['accept-encoding'] ?? '') && /text|javascript|json|svg/.test(type)) {
        res.writeHead(200, { ...headers, 'content-encoding': 'gzip' });
        res.end(gzipSync(readFileSync(file)));
        return;
      }
      res.writeHead(200, headers);
      createReadStream(file).pipe(res);
    });
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function audit(url, port) {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
  });
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const bytes = (kind) =>
    requests.filter((r) => r.resourceType === kind).reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  return {
    perf: Math.round((lhr.categories.performance.score ?? 0) * 100),
    lcp: lhr.audits['largest-contentful-paint'].numericValue,
    tbt: lhr.audits['total-blocking-time'].numericValue,
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    js: bytes('Script'),
    css: bytes('Stylesheet'),
  };
}

const lessonSlug = readFileSync('lessons/01-what-is-customer-service.mdx', 'utf8').match(
  /^slug:\s*(\S+)/m,
)?.[1];
buildFloor();
const [floorServer, courseServer] = await Promise.all([serve(FLOOR_DIR), serve('dist')]);
const base = (server) => `http://127.0.0.1:${server.address().port}`;
const pages = [
  ['plain static HTML page (the floor)', `${base(floorServer)}/`],
  ['Servewell `/`', `${base(courseServer)}/`],
  ['Servewell lesson 1', `${base(courseServer)}/lessons/${lessonSlug}`],
  ['Servewell `/assessment`', `${base(courseServer)}/assessment`],
  ['Servewell `/trainer`', `${base(courseServer)}/trainer`],
  ['Servewell `/reports`', `${base(courseServer)}/reports`],
];

const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  chromeFlags: ['--headless=new', ...chromiumArgs],
});
const rows = [];
try {
  for (const [name, url] of pages) {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await audit(url, chrome.port));
    const pick = (key) => median(results.map((r) => r[key]));
    rows.push({
      name,
      perf: pick('perf'),
      lcp: pick('lcp'),
      tbt: pick('tbt'),
      cls: pick('cls'),
      js: pick('js'),
      css: pick('css'),
    });
    process.stderr.write(`measured ${name}\n`);
  }
} finally {
  await chrome.kill();
  floorServer.close();
  courseServer.close();
}

const floorLcp = rows[0].lcp;
const kb = (b) => (b === 0 ? '0' : `${(b / 1024).toFixed(1)} KB`);
console.log(
  `Lighthouse ${JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version}, mobile, median of ${runs}:\n`,
);
console.log('| page | JS transferred | CSS transferred | perf | LCP | LCP ÷ floor | TBT | CLS |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(
    `| ${r.name} | ${kb(r.js)} | ${kb(r.css)} | ${r.perf} | ${Math.round(r.lcp).toLocaleString('en')} ms | ` +
      `${(r.lcp / floorLcp).toFixed(2)}× | ${Math.round(r.tbt)} ms | ${r.cls.toFixed(3)} |`,
  );
}
