import { prose } from '../../tests/unit/scorm-worst-case';
import { emptyProgress } from '../domain/course/progress';
import type { ProgressData } from '../domain/course/progress';
import { decodeSuspendData, encodeSuspendData } from '../domain/lms/suspend-data';
import { PROGRESS_KEY, PROGRESS_VERSION } from '../state/progress/progress-schema';
import { memoryStorage } from '../state/safe-storage';
import { createSuspendStorage } from './suspend-storage';
import type { UnreadableSuspendData } from './suspend-storage';

function progress(section: string, at = '2026-03-02T09:01:00.000Z'): ProgressData {
  const data = emptyProgress();
  data.lessons.greeting = {
    startedAt: '2026-03-02T09:00:00.000Z',
    timeSpentMs: 10_000,
    lastSection: section,
    reachedEnd: false,
    updatedAt: at,
  };
  data.lastLesson = { slug: 'greeting', at };
  return data;
}

const value = (state: ProgressData) => ({ state, version: PROGRESS_VERSION });

function setup(suspendData = '', location = '', maxLength = 4000) {
  const writes: string[] = [];
  const onChange = vi.fn();
  const onLoss = vi.fn();
  const unreadable: UnreadableSuspendData[] = [];
  const aside = memoryStorage();
  const encode = vi.fn(encodeSuspendData);
  const storage = createSuspendStorage({
    load: () => ({ suspendData, location }),
    maxLength,
    write: (text) => {
      writes.push(text);
      return true;
    },
    onChange,
    onLoss,
    onUnreadable: (issue) => unreadable.push(issue),
    aside,
    encode,
    now: () => new Date('2026-03-03T10:00:00.000Z'),
  });
  return { storage, writes, onChange, onLoss, aside, encode, unreadable };
}

describe('progress kept in cmi.suspend_data', () => {
  it('reads the LMS copy as saved progress objects', () => {
    const text = encodeSuspendData(progress('bravo'), { maxLength: 4000 }).text;
    const { storage } = setup(text);
    expect(storage.getItem(PROGRESS_KEY)).toEqual(value(progress('bravo')));
  });

  it('holds writes until flushed, then encodes once per commit, straight from the object', () => {
    const { storage, writes, onChange, encode } = setup();
    storage.setItem(PROGRESS_KEY, value(progress('alpha')));
    storage.setItem(PROGRESS_KEY, value(progress('bravo')));
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(writes).toEqual([]);
    expect(encode).not.toHaveBeenCalled();
    storage.flush();
    storage.flush();
    expect(encode).toHaveBeenCalledTimes(1);
    expect(encode.mock.calls[0]![0]).toEqual(progress('bravo'));
    expect(writes).toHaveLength(1);
    const back = decodeSuspendData(writes[0]!);
    expect(back.kind === 'ok' && back.data.lessons.greeting?.lastSection).toBe('bravo');
    // The same progress again writes nothing new.
    storage.setItem(PROGRESS_KEY, value(progress('bravo')));
    storage.flush();
    expect(encode).toHaveBeenCalledTimes(2);
    expect(writes).toHaveLength(1);
  });

  it('falls back to the lesson location when there is no suspend data', () => {
    const { storage } = setup('', 'service-chain#who-serves-whom');
    const saved = storage.getItem(PROGRESS_KEY) as { state: ProgressData };
    expect(saved.state.lastLesson?.slug).toBe('service-chain');
    expect(saved.state.lessons['service-chain']?.lastSection).toBe('who-serves-whom');
    expect(setup('', '').storage.getItem(PROGRESS_KEY)).toBeNull();
  });

  it('says once what the LMS copy leaves out when progress does not fit', () => {
    const { storage, onLoss, writes } = setup('', '', 400);
    const data = progress('alpha');
    data.activities.reflection = {
      lesson: 'greeting',
      kind: 'reflection',
      attempts: 1,
      answers: { text: prose(1500, 3) },
      completed: true,
      updatedAt: '2026-03-02T09:02:00.000Z',
    };
    storage.setItem(PROGRESS_KEY, value(data));
    storage.flush();
    storage.setItem(
      PROGRESS_KEY,
      value({ ...data, lastLesson: { slug: 'greeting', at: '2026-03-02T09:03:00.000Z' } }),
    );
    storage.flush();
    expect(writes.every((w) => w.length <= 400)).toBe(true);
    expect(onLoss).toHaveBeenCalledTimes(1);
    expect(onLoss.mock.calls[0]![0].join(' ')).toMatch(/written answer/);
  });

  it('writes nothing, and says so, when even the smallest copy is too long', () => {
    const { storage, onLoss, writes } = setup('', '', 50);
    storage.setItem(PROGRESS_KEY, value(progress('alpha')));
    storage.flush();
    expect(writes).toEqual([]);
    expect(onLoss.mock.calls[0]![0].join(' ')).toMatch(/longer than the LMS may keep/);
  });

  it('tries a refused write again at the next flush', () => {
    let accept = false;
    const writes: string[] = [];
    const storage = createSuspendStorage({
      load: () => ({ suspendData: '', location: '' }),
      maxLength: 4000,
      write: (text) => {
        writes.push(text);
        return accept;
      },
      onLoss: () => {},
    });
    storage.setItem(PROGRESS_KEY, value(progress('alpha')));
    storage.flush();
    accept = true;
    storage.flush();
    storage.flush();
    expect(writes).toHaveLength(2);
    expect(writes[0]).toBe(writes[1]);
  });
});

const valid = encodeSuspendData(progress('bravo'), { maxLength: 4000 }).text;
const UNREADABLE: [string, string][] = [
  ['a newer format', valid.replace('{"v":1', '{"v":2')],
  ['cut off', valid.slice(0, Math.floor(valid.length / 2))],
  ['garbage', 'bookmark=slide12'],
  [
    'nested 20,000 deep',
    `{"v":1,"e":0,"l":{},"a":{"x":["l","quiz",1,1,0,null,${'['.repeat(20_000)}${']'.repeat(20_000)}]},"t":[]}`,
  ],
];

describe('suspend data the course cannot read', () => {
  it.each(UNREADABLE)('is kept, not replaced, when it is %s, until the learner starts fresh', (_, raw) => {
    const { storage, writes, aside, unreadable, onChange } = setup(raw);
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
    expect(unreadable).toHaveLength(1);
    const issue = unreadable[0]!;
    expect(issue.raw).toBe(raw);
    expect(issue.reason).not.toBe('');
    expect(aside.getItem(issue.backupKey!)).toBe(raw);
    expect(issue.backupKey).toBe(
      `servewell-lms-suspend-data:backup:${Date.parse('2026-03-03T10:00:00.000Z')}`,
    );

    // The learner carries on: nothing is written over the LMS's copy.
    storage.setItem(PROGRESS_KEY, value(progress('charlie')));
    storage.flush();
    storage.flush();
    expect(writes).toEqual([]);

    // Only when the learner chooses to start fresh does this session's progress replace it.
    onChange.mockClear();
    issue.startFresh();
    expect(onChange).toHaveBeenCalled();
    storage.flush();
    expect(writes).toHaveLength(1);
    const back = decodeSuspendData(writes[0]!);
    expect(back.kind === 'ok' && back.data.lessons.greeting?.lastSection).toBe('charlie');
  });
});
