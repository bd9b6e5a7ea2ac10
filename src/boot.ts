/**
 * The page's entry. A page arrives prerendered: its text and styles need no script. The course's code is
 * fetched once the page has loaded, so on a slow connection it does not compete with the first paint; then
 * main.tsx hydrates the page. The chunks the page's route needs (`data-preload`, written by the prerender) are
 * fetched alongside.
 */
function start() {
  const preload = document.getElementById('root')?.dataset.preload ?? '';
  // One link per task: adding each costs the browser some work, which a slow phone should not do all at once.
  for (const href of preload.split(' ').filter(Boolean)) {
    setTimeout(() => {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.append(link);
    }, 0);
  }
  // React and the router first, then, after a pause for the browser, the course itself.
  void import('./framework')
    .then(() => new Promise((resume) => setTimeout(resume, 0)))
    .then(() => import('./main'));
}

/**
 * Once the page has loaded and its text is on screen (the first contentful paint): the browser may fire `load`
 * before its first frame, and the course's code must never stand between the reader and the text. A page whose
 * paint is never reported (a hidden tab, an older browser) starts anyway after two seconds.
 */
function afterFirstPaint() {
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    setTimeout(start, 0);
  };
  try {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      go();
    }).observe({ type: 'paint', buffered: true });
  } catch {
    go();
  }
  setTimeout(go, 2000);
}

if (document.readyState === 'complete') afterFirstPaint();
else window.addEventListener('load', afterFirstPaint, { once: true });
