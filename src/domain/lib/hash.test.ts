import fc from 'fast-check';
import { canonicalJson, fromBase64Url, hashString, toBase64Url } from './hash';

describe('hashString', () => {
  it('is stable, 14 hex digits, and changes with the input', () => {
    expect(hashString('servewell')).toBe(hashString('servewell'));
    expect(hashString('servewell')).toMatch(/^[0-9a-f]{14}$/);
    expect(hashString('servewell')).not.toBe(hashString('servewelL'));
    expect(hashString('a', 1)).not.toBe(hashString('a', 2));
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: undefined }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"z":1}]},"b":1}',
    );
  });
});

describe('base64url', () => {
  it('round-trips any text, including non-ASCII', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => fromBase64Url(toBase64Url(text)) === text),
    );
    expect(toBase64Url('Zoë ✓')).toMatch(/^[A-Za-z0-9_-]+$/);
  });
  it('rejects text that is not base64url', () => {
    expect(fromBase64Url('abc$')).toBeNull();
    expect(fromBase64Url('a')).toBeNull();
    expect(fromBase64Url('_w')).toBeNull(); // a lone continuation byte is not UTF-8
  });
});
