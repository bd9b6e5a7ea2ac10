import { memoryStorage } from '../state/safe-storage';
import { takeXapiLaunch, XAPI_LAUNCH_KEY } from './xapi-launch-store';

const actor = encodeURIComponent(JSON.stringify({ name: 'Ada', mbox: 'mailto:ada@example.org' }));
const query = `?endpoint=${encodeURIComponent('https://lrs.example.org/xapi/')}&auth=Basic%20c2VjcmV0&actor=${actor}`;

/** A tab: its address, its history (replaceState rewrites the address) and its sessionStorage. */
function tab(address: string, storage = memoryStorage()) {
  const url = new URL(address, 'https://course.example.org');
  const location = { pathname: url.pathname, search: url.search, hash: url.hash };
  const history = {
    state: null,
    replaceState: (_state: unknown, _title: string, next: string) => {
      const moved = new URL(next, 'https://course.example.org');
      Object.assign(location, { pathname: moved.pathname, search: moved.search, hash: moved.hash });
    },
  };
  return {
    win: { location, history, sessionStorage: storage } as unknown as Parameters<typeof takeXapiLaunch>[0],
    storage,
    address: () => `${location.pathname}${location.search}${location.hash}`,
  };
}

describe('the xAPI launch kept for the tab', () => {
  it('reads the launch link, keeps it for the tab and clears the credentials from the address bar', () => {
    const t = tab(`/lessons/greeting${query}&lesson=2#intro`);
    expect(takeXapiLaunch(t.win)).toMatchObject({ kind: 'ok', launch: { auth: 'Basic c2VjcmV0' } });
    expect(t.address()).toBe('/lessons/greeting?lesson=2#intro');
    expect(t.storage.getItem(XAPI_LAUNCH_KEY)).toContain('c2VjcmV0');
  });

  it('finds the launch again after a followed link or a reload drops the query', () => {
    const first = tab(`/${query}`);
    takeXapiLaunch(first.win);
    const reloaded = tab('/lessons/service-chain', first.storage);
    expect(takeXapiLaunch(reloaded.win)).toMatchObject({
      kind: 'ok',
      launch: { endpoint: 'https://lrs.example.org/xapi/', actor: { mbox: 'mailto:ada@example.org' } },
    });
  });

  it('lets a new launch link replace the kept one, and a refused one forget it', () => {
    const storage = memoryStorage();
    takeXapiLaunch(tab(`/${query}`, storage).win);
    const bob = encodeURIComponent(JSON.stringify({ mbox: 'mailto:bob@example.com' }));
    expect(takeXapiLaunch(tab(`/${query.replace(actor, bob)}`, storage).win)).toMatchObject({
      launch: { actor: { mbox: 'mailto:bob@example.com' } },
    });
    const bad = tab(`/${query.replace('auth=Basic%20c2VjcmV0', 'auth=x%0D%0Ay')}`, storage);
    expect(takeXapiLaunch(bad.win).kind).toBe('refused');
    expect(bad.address()).toBe('/');
    expect(storage.getItem(XAPI_LAUNCH_KEY)).toBeNull();
    expect(takeXapiLaunch(tab('/', storage).win)).toEqual({ kind: 'none' });
  });

  it('still works for this page when the tab will not keep anything', () => {
    const blocked = tab(`/${query}`, {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      removeItem: () => {},
    });
    expect(takeXapiLaunch(blocked.win).kind).toBe('ok');
    expect(blocked.address()).toBe('/');
  });
});
