import { findScormApi } from './scorm-api';

const api12 = () => ({
  LMSInitialize: () => 'true',
  LMSSetValue: () => 'true',
});
const api2004 = () => ({ Initialize: () => 'true', SetValue: () => 'true' });

/** A stand-in window: only the properties the search reads. */
function frame(props: Record<string, unknown> = {}, parent?: object, opener?: object): Window {
  const win: Record<string, unknown> = { ...props, opener: opener ?? null };
  win.parent = parent ?? win;
  return win as unknown as Window;
}

describe('finding the LMS API', () => {
  it('finds SCORM 2004 in a parent frame and SCORM 1.2 in a grandparent', () => {
    const lms2004 = api2004();
    const top = frame({ API_1484_11: lms2004 });
    expect(findScormApi(frame({}, frame({}, top)))).toEqual({ version: '2004', api: lms2004 });

    const lms12 = api12();
    const grandparent = frame({ API: lms12 });
    expect(findScormApi(frame({}, frame({}, grandparent)))).toEqual({ version: '1.2', api: lms12 });
  });

  it('looks in the window that opened the course, and that window’s parents', () => {
    const lms12 = api12();
    const lmsTop = frame({ API: lms12 });
    const opener = frame({}, lmsTop);
    expect(findScormApi(frame({}, undefined, opener))).toEqual({ version: '1.2', api: lms12 });
  });

  it('prefers SCORM 2004 when both are offered, unless told which version to use', () => {
    const both = frame({ API: api12(), API_1484_11: api2004() });
    expect(findScormApi(frame({}, both))?.version).toBe('2004');
    expect(findScormApi(frame({}, both), '1.2')?.version).toBe('1.2');
    expect(findScormApi(frame({ API: api12() }), '2004')).toBeNull();
  });

  it('ignores look-alikes and windows of other origins, and stops at the top', () => {
    const foreign = {} as Record<string, unknown>;
    Object.defineProperty(foreign, 'API_1484_11', {
      get() {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    });
    Object.defineProperty(foreign, 'API', {
      get() {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    });
    foreign.parent = foreign;
    const course = frame({ API: { LMSInitialize: 'not a function' } }, foreign);
    expect(findScormApi(course)).toBeNull();
    expect(findScormApi(frame())).toBeNull();
  });
});
