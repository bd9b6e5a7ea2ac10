import { prose } from '../../tests/unit/scorm-worst-case';
import { emptyProgress } from '../domain/course/progress';
import type { ProgressData } from '../domain/course/progress';
import { decodeSuspendData, encodeSuspendData } from '../domain/lms/suspend-data';
import { PROGRESS_KEY } from '../state/progress/progress-schema';
import { createSafeStorage, memoryStorage, serialise } from '../state/safe-storage';
import type { StorageIssue } from '../state/safe-storage';
import { createSuspendStorage } from './suspend-storage';

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

const parsed = (text: string | null) => (text === null ? null : (JSON.parse(text) as unknown));

function setup(suspendData = '', location = '', maxLength = 4000) {
  const writes: string[] = [];
  const onChange = vi.fn();
  const onLoss = vi.fn();
  const aside = memoryStorage();
  const storage = createSuspendStorage({
    load: () => ({ suspendData, location }),
    maxLength,
    write: (text) => writes.push(text),
    onChange,
    onLoss,
    aside,
    now: () => new Date('2026-03-03T10:00:00.000Z'),
  });
  return { storage, writes, onChange, onLoss, aside };
}

describe('progress kept in cmi.suspend_data', () => {
  it('reads the LMS copy as saved progress', () => {
    const text = encodeSuspendData(progress('bravo'), { maxLength: 4000 }).text;
    const { storage } = setup(text);
    expect(parsed(storage.getItem(PROGRESS_KEY))).toEqual(parsed(serialise(progress('bravo'))));
  });

  it('holds writes until flushed, then writes the encoded copy once', () => {
    const { storage, writes, onChange } = setup();
    storage.setItem(PROGRESS_KEY, serialise(progress('alpha')));
    storage.setItem(PROGRESS_KEY, serialise(progress('bravo')));
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(writes).toEqual([]);
    expect(storage.getItem(PROGRESS_KEY)).toBe(serialise(progress('bravo')));
    storage.flush();
    storage.flush();
    expect(writes).toHaveLength(1);
    const back = decodeSuspendData(writes[0]!);
    expect(back.kind === 'ok' && back.data.lessons.greeting?.lastSection).toBe('bravo');
    // The same progress again writes nothing new.
    storage.setItem(PROGRESS_KEY, serialise(progress('bravo')));
    storage.flush();
    expect(writes).toHaveLength(1);
  });

  it('falls back to the lesson location when there is no suspend data', () => {
    const { storage } = setup('', 'service-chain#who-serves-whom');
    const saved = JSON.parse(storage.getItem(PROGRESS_KEY)!) as { state: ProgressData };
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
    storage.setItem(PROGRESS_KEY, serialise(data));
    storage.flush();
    storage.setItem(
      PROGRESS_KEY,
      serialise({ ...data, lastLesson: { slug: 'greeting', at: '2026-03-02T09:03:00.000Z' } }),
    );
    storage.flush();
    expect(writes.every((w) => w.length <= 400)).toBe(true);
    expect(onLoss).toHaveBeenCalledTimes(1);
    expect(onLoss.mock.calls[0]![0].join(' ')).toMatch(/written answer/);
  });

  it('says so when even the smallest copy is too long, and writes it all the same', () => {
    const { storage, onLoss, writes } = setup('', '', 50);
    storage.setItem(PROGRESS_KEY, serialise(progress('alpha')));
    storage.flush();
    expect(writes).toHaveLength(1);
    expect(onLoss.mock.calls[0]![0].join(' ')).toMatch(/more than the LMS may keep/);
  });

  it('works under the safe storage: an unreadable LMS copy is set aside, then replaced', () => {
    const issues: StorageIssue[] = [];
    const { storage, aside, writes } = setup('bookmark=slide12');
    const safe = createSafeStorage({ storage, onIssue: (issue) => issues.push(issue), now: () => 42 });
    expect(safe.getItem(PROGRESS_KEY)).toBeNull();
    expect(issues).toEqual([
      {
        kind: 'recovered',
        backupKey: `${PROGRESS_KEY}:backup:42`,
        reason: 'the saved progress is not readable',
      },
    ]);
    expect(aside.getItem(`${PROGRESS_KEY}:backup:42`)).toBe('bookmark=slide12');
    safe.setItem(PROGRESS_KEY, { state: progress('charlie'), version: 2 });
    storage.flush();
    expect(writes).toHaveLength(1);
    expect(decodeSuspendData(writes[0]!).kind).toBe('ok');
  });

  it('merges what the LMS holds with the newer progress before writing', () => {
    const older = progress('alpha');
    older.lessons.listening = {
      timeSpentMs: 1000,
      reachedEnd: true,
      completedAt: '2026-03-01T09:00:00.000Z',
      updatedAt: '2026-03-01T09:00:00.000Z',
    };
    const { storage, writes } = setup(encodeSuspendData(older, { maxLength: 4000 }).text);
    const safe = createSafeStorage({ storage, onIssue: () => {} });
    safe.setItem(PROGRESS_KEY, { state: progress('delta', '2026-03-02T09:30:00.000Z'), version: 2 });
    storage.flush();
    const back = decodeSuspendData(writes[0]!);
    expect(back.kind === 'ok' && back.data.lessons.listening?.completedAt).toBe('2026-03-01T09:00:00.000Z');
    expect(back.kind === 'ok' && back.data.lessons.greeting?.lastSection).toBe('delta');
  });
});
