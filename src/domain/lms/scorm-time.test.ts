import {
  formatScorm12Time,
  formatScorm2004Duration,
  parseScorm12Time,
  parseScorm2004Duration,
} from './scorm-time';

const SCORM12_TIMESPAN = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;
const SCORM2004_DURATION = /^P(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/;

describe('SCORM 1.2 session time', () => {
  it('writes HHHH:MM:SS.SS', () => {
    expect(formatScorm12Time(0)).toBe('0000:00:00.00');
    expect(formatScorm12Time(307_250)).toBe('0000:05:07.25');
    expect(formatScorm12Time(3_723_000)).toBe('0001:02:03.00');
    expect(formatScorm12Time(36 * 3_600_000 + 5)).toBe('0036:00:00.00');
  });

  it('never writes a negative, fractional-hundredth or over-long value', () => {
    expect(formatScorm12Time(-5)).toBe('0000:00:00.00');
    expect(formatScorm12Time(Number.NaN)).toBe('0000:00:00.00');
    expect(formatScorm12Time(1_234.9)).toBe('0000:00:01.23');
    expect(formatScorm12Time(20_000 * 3_600_000)).toBe('9999:59:59.99');
  });

  it('reads back what it writes', () => {
    for (const ms of [0, 10, 990, 61_000, 3_600_000, 98_765_430]) {
      const text = formatScorm12Time(ms);
      expect(text).toMatch(SCORM12_TIMESPAN);
      expect(parseScorm12Time(text)).toBe(ms);
    }
    expect(parseScorm12Time('00:01:02.5')).toBe(62_500);
    expect(parseScorm12Time('1:00:00')).toBeNull();
    expect(parseScorm12Time('00:61:00')).toBeNull();
    expect(parseScorm12Time('PT1S')).toBeNull();
  });
});

describe('SCORM 2004 session time', () => {
  it('writes an ISO 8601 duration with the smallest parts needed', () => {
    expect(formatScorm2004Duration(0)).toBe('PT0S');
    expect(formatScorm2004Duration(3_500)).toBe('PT3.5S');
    expect(formatScorm2004Duration(60_000)).toBe('PT1M');
    expect(formatScorm2004Duration(3_723_450)).toBe('PT1H2M3.45S');
    expect(formatScorm2004Duration(30 * 3_600_000)).toBe('PT30H');
    expect(formatScorm2004Duration(-1)).toBe('PT0S');
  });

  it('reads back what it writes', () => {
    for (const ms of [0, 10, 990, 61_000, 3_600_000, 98_765_430]) {
      const text = formatScorm2004Duration(ms);
      expect(text).toMatch(SCORM2004_DURATION);
      expect(parseScorm2004Duration(text)).toBe(ms);
    }
    expect(parseScorm2004Duration('P1DT1S')).toBe(86_401_000);
    expect(parseScorm2004Duration('P')).toBeNull();
    expect(parseScorm2004Duration('PT')).toBeNull();
    expect(parseScorm2004Duration('P1M')).toBeNull();
    expect(parseScorm2004Duration('0000:00:01.00')).toBeNull();
  });
});
