import { act, render, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { setRenderPhase } from '../components/hydration';
import { loadTagChunk } from './lazy-tag';
import { mdxComponents } from './mdx-components';

const { Reflection } = mdxComponents;
const prompt = 'What did the best service you ever had look like?';

/** A controllable IntersectionObserver: `reach()` says the observed activity has come near the screen. */
let reach: () => void = () => {};
class FakeObserver {
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(target: Element) {
    reach = () =>
      this.callback([{ isIntersecting: true, target } as IntersectionObserverEntry], this as never);
  }
  disconnect() {}
}

afterEach(() => {
  setRenderPhase('live');
  vi.unstubAllGlobals();
});

describe('an activity tag', () => {
  it('renders live, once its chunk has loaded, on a page rendered in the browser', async () => {
    render(
      <MemoryRouter>
        <Reflection id="t-live" prompt={prompt} />
      </MemoryRouter>,
    );
    expect(await screen.findByLabelText(prompt)).toBeInTheDocument();
  });

  it('keeps the prerendered HTML while hydrating, and comes alive when the reader comes near', async () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    // At build: the whole activity, as HTML.
    setRenderPhase('prerender');
    await loadTagChunk('reflection');
    const html = renderToString(
      <MemoryRouter>
        <Reflection id="t-kept" prompt={prompt} />
      </MemoryRouter>,
    );
    expect(html).toContain(prompt);

    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const kept = container.querySelector('textarea');
    const errors: unknown[] = [];
    setRenderPhase('hydrate');
    await act(async () => {
      hydrateRoot(
        container,
        <MemoryRouter>
          <Reflection id="t-kept" prompt={prompt} />
        </MemoryRouter>,
        { onRecoverableError: (error) => errors.push(error) },
      );
    });
    setRenderPhase('live');
    // Still the server's own elements: the activity was not rendered again, nor emptied.
    expect(container.querySelector('textarea')).toBe(kept);
    expect(screen.getByLabelText(prompt)).toBe(kept);

    await act(async () => reach());
    // Alive: React's own textarea replaces the kept one, in the same place.
    await vi.waitFor(() => expect(container.querySelector('textarea')).not.toBe(kept));
    expect(screen.getAllByLabelText(prompt)).toHaveLength(1);
    expect(errors).toEqual([]);
    container.remove();
  });
});
