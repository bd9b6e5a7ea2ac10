import { useNotices } from '../state/notices-store';
import { createProgressStore } from '../state/progress/progress-store';
import { memoryStorage } from '../state/safe-storage';
import { startTracking } from './start-tracking';
import type { Tracking } from './start-tracking';
import { XAPI_LAUNCH_KEY } from './xapi-launch-store';

const course = { lessons: [{ slug: 'greeting', title: 'Greeting', summary: 'Say hello.' }], passMark: 0.8 };
const actor = encodeURIComponent(JSON.stringify({ name: 'Ada', mbox: 'mailto:ada@example.org' }));
const launch = `endpoint=${encodeURIComponent('https://lrs.example.org/xapi/')}&auth=Basic%20c2VjcmV0&actor=${actor}`;
let running: Tracking | null = null;

const store = () => createProgressStore({ storage: memoryStorage(), onIssue: () => {} });
const visit = (address: string) => window.history.replaceState(null, '', address);

beforeEach(() => {
  vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('[]', { status: 200 }));
});

afterEach(() => {
  running?.stop();
  running = null;
  sessionStorage.clear();
  useNotices.setState({ tracking: [] });
  visit('/');
});

describe('starting xAPI tracking from a launch link', () => {
  it('reports to the LRS, clears the credentials from the address, and finds the launch again after a reload', async () => {
    visit(`/lessons/greeting?${launch}#start`);
    running = await startTracking({ course, store: store(), win: window, warn: () => {} });
    expect(running.tracker.kind).toBe('xapi');
    expect(window.location.search).toBe('');
    expect(window.location.pathname + window.location.hash).toBe('/lessons/greeting#start');
    expect(sessionStorage.getItem(XAPI_LAUNCH_KEY)).toContain('lrs.example.org');
    running.stop();

    // A followed link or a reload has no query string: the tab's launch is used.
    visit('/lessons/greeting');
    running = await startTracking({ course, store: store(), win: window, warn: () => {} });
    expect(running.tracker.kind).toBe('xapi');
  });

  it('shows the learner that the tracking address was rejected, for a launch link that cannot be used', async () => {
    const warn = vi.fn();
    visit(`/?${launch.replace('auth=Basic%20c2VjcmV0', 'auth=Basic%20c2VjcmV0%0D%0AX-Evil%3A%201')}`);
    running = await startTracking({ course, store: store(), win: window, warn });
    expect(running.tracker.kind).toBe('local');
    expect(window.location.search).toBe('');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/line breaks/));
    expect(useNotices.getState().tracking.map((l) => l.text)).toEqual([
      expect.stringMatching(/^Your organisation’s tracking address was rejected\./),
    ]);
  });
});
