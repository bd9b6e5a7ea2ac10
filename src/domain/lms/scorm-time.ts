/**
 * Session time in the two formats SCORM asks for:
 * - SCORM 1.2 `CMITimespan`: HHHH:MM:SS.SS (hours two to four digits, seconds to hundredths);
 * - SCORM 2004 `timeinterval`: an ISO 8601 duration such as PT1H2M3.5S (seconds to hundredths).
 */

const MAX_12_CENTISECONDS = (9999 * 3600 + 59 * 60 + 59) * 100 + 99;

function centiseconds(ms: number): number {
  return Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 10) : 0;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Milliseconds as SCORM 1.2 HHHH:MM:SS.SS, e.g. 0000:05:07.25. Caps at 9999:59:59.99. */
export function formatScorm12Time(ms: number): string {
  const cs = Math.min(centiseconds(ms), MAX_12_CENTISECONDS);
  const hours = Math.floor(cs / 360_000);
  const minutes = Math.floor((cs % 360_000) / 6000);
  const seconds = Math.floor((cs % 6000) / 100);
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(cs % 100, 2)}`;
}

/** Milliseconds as a SCORM 2004 duration, e.g. PT1H2M3.5S; PT0S for nothing. */
export function formatScorm2004Duration(ms: number): string {
  const cs = centiseconds(ms);
  const hours = Math.floor(cs / 360_000);
  const minutes = Math.floor((cs % 360_000) / 6000);
  const secondsCs = cs % 6000;
  let out = 'PT';
  if (hours > 0) out += `${hours}H`;
  if (minutes > 0) out += `${minutes}M`;
  if (secondsCs > 0 || out === 'PT') {
    const whole = Math.floor(secondsCs / 100);
    const fraction = secondsCs % 100;
    out += fraction === 0 ? `${whole}S` : `${whole}.${pad(fraction, 2).replace(/0$/, '')}S`;
  }
  return out;
}

/** Reads a SCORM 1.2 timespan back into milliseconds; null when it is not one. */
export function parseScorm12Time(text: string): number | null {
  const match = /^(\d{2,4}):([0-5]\d):([0-5]\d)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return null;
  const [, h = '0', m = '0', s = '0', fraction = ''] = match;
  const cs = fraction === '' ? 0 : Number(fraction.padEnd(2, '0'));
  return ((Number(h) * 3600 + Number(m) * 60 + Number(s)) * 100 + cs) * 10;
}

/**
 * Reads a SCORM 2004 duration back into milliseconds; null when it is not one. Years and months have
 * no fixed length, so durations that use them are rejected rather than guessed.
 */
export function parseScorm2004Duration(text: string): number | null {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d{1,2})?)S)?)?$/.exec(text);
  if (!match || text === 'P' || text.endsWith('T')) return null;
  const [, d = '0', h = '0', m = '0', s = '0'] = match;
  return Math.round(((Number(d) * 24 + Number(h)) * 3600 + Number(m) * 60 + Number(s)) * 1000);
}
