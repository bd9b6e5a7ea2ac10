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

if (document.readyState === 'complete') start();
else window.addEventListener('load', start, { once: true });
