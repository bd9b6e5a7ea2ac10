import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromiumArgs, findChromium } from './tests/e2e/chromium-path.mjs';
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.webmanifest': 'application/manifest+json' };
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let file = path.join('dist', decodeURIComponent(url.pathname));
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!existsSync(file)) file = path.join('dist', 'index.html');
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip' });
  res.end(gzipSync(readFileSync(file)));
}).listen(4411);
const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: ['--headless=new', ...chromiumArgs] });
for (const p of process.argv.slice(2)) {
  const r = await lighthouse(`http://127.0.0.1:4411${p}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const a = r.lhr.audits;
  console.log(p, 'perf', r.lhr.categories.performance.score, 'LCP', Math.round(a['largest-contentful-paint'].numericValue), 'TBT', Math.round(a['total-blocking-time'].numericValue), 'CLS', a['cumulative-layout-shift'].numericValue);
  const lcpEl = a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
  console.log('  LCP element:', lcpEl?.snippet?.slice(0, 200), lcpEl?.nodeLabel?.slice(0, 80));
  const phases = a['largest-contentful-paint-element']?.details?.items?.[1]?.items;
  console.log('  LCP phases:', JSON.stringify(phases));
  const lt = a['long-tasks']?.details?.items ?? [];
  console.log('  long tasks:', lt.map((t) => `${t.url?.split('/').pop()} ${Math.round(t.startTime)}+${Math.round(t.duration)}`).join(', '));
  const ls = a['layout-shifts']?.details?.items ?? [];
  console.log('  shifts:', ls.map((s) => `${s.node?.snippet?.slice(0, 100)} ${s.score}`).join(' | '));
}
await chrome.kill();
server.close();
