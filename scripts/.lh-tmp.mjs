import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, findChromium } from '../tests/e2e/chromium-path.mjs';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  let file = path.join('dist', decodeURIComponent(url.pathname));
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!existsSync(file)) file = 'dist/index.html';
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip' });
  res.end(gzipSync(readFileSync(file)));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  chromeFlags: ['--headless=new', ...chromiumArgs],
});
const r = await lighthouse(`http://127.0.0.1:${server.address().port}${process.argv[2] ?? '/'}`, {
  port: chrome.port,
  output: 'json',
  logLevel: 'error',
  onlyCategories: ['performance'],
});
const a = r.lhr.audits;
console.log(
  'LCP',
  a['largest-contentful-paint'].numericValue,
  'FCP',
  a['first-contentful-paint'].numericValue,
);
console.log(JSON.stringify(a['largest-contentful-paint-element']?.details?.items, null, 1).slice(0, 1500));
console.log(
  JSON.stringify(
    a['render-blocking-resources']?.details?.items?.map((i) => [i.url, i.wastedMs]),
    null,
    1,
  ),
);
console.log(
  JSON.stringify(
    a['long-tasks']?.details?.items?.map((i) => [i.url, Math.round(i.duration)]),
    null,
    1,
  ),
);
console.log(
  JSON.stringify(
    a['bootup-time']?.details?.items?.map((i) => [i.url, Math.round(i.total), Math.round(i.scripting)]),
    null,
    1,
  ),
);
await chrome.kill();
server.close();
