/**
 * How the page in front of React came to be:
 * - 'prerender': rendering at build time, into HTML (src/prerender.tsx);
 * - 'hydrate': in the browser, taking over that HTML (src/main.tsx, until the first commit);
 * - 'live': everything after, and pages rendered afresh.
 * Parts read it once, when they mount: a prerendered tree holds no loading boundaries (React would hydrate
 * them later, apart from the page), and activities kept as HTML wait until the reader comes near them.
 */
export type RenderPhase = 'prerender' | 'hydrate' | 'live';

let phase: RenderPhase = 'live';

export const renderPhase = (): RenderPhase => phase;

export function setRenderPhase(next: RenderPhase): void {
  phase = next;
}
