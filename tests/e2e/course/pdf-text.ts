import { inflateSync } from 'node:zlib';

/**
 * The text a PDF draws, page by page, for PDFs as Chromium (Skia) writes them: each page's content stream
 * shows glyph ids as hex strings in a Type 0 font, and the font's ToUnicode map turns them back into text.
 * Enough to check what a printed page says; not a general PDF reader.
 */

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function readObjects(bytes: Buffer): Map<string, PdfObject> {
  const raw = bytes.toString('latin1');
  const objects = new Map<string, PdfObject>();
  for (const match of raw.matchAll(/(\d+) 0 obj\b/g)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endobj', start);
    const body = raw.slice(start, end);
    const streamAt = body.search(/stream\r?\n/);
    if (streamAt < 0) {
      objects.set(match[1]!, { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, streamAt);
    const dataStart = start + streamAt + (body[streamAt + 6] === '\r' ? 8 : 7);
    const length = Number(/\/Length (\d+)(?! 0 R)/.exec(dict)?.[1] ?? -1);
    const data =
      length >= 0
        ? bytes.subarray(dataStart, dataStart + length)
        : bytes.subarray(dataStart, raw.indexOf('endstream', dataStart));
    objects.set(match[1]!, { dict, stream: /\/FlateDecode/.test(dict) ? inflateSync(data) : data });
  }
  return objects;
}

const utf16 = (hex: string) =>
  String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((unit) => Number.parseInt(unit, 16)));

/** Glyph code (hex) → text, from a ToUnicode CMap. */
function readCmap(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, code, unicode] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      map.set(code!.toUpperCase(), utf16(unicode!));
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, target] of block[1]!.matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g,
    )) {
      const from = Number.parseInt(lo!, 16);
      const to = Number.parseInt(hi!, 16);
      const list = target!.startsWith('[')
        ? [...target!.matchAll(/<([0-9A-Fa-f]+)>/g)].map((m) => m[1]!)
        : null;
      const base = list ? 0 : Number.parseInt(target!.slice(1, -1), 16);
      for (let code = from; code <= to; code += 1) {
        const key = code.toString(16).toUpperCase().padStart(lo!.length, '0');
        map.set(key, list ? utf16(list[code - from] ?? '') : String.fromCodePoint(base + code - from));
      }
    }
  }
  return map;
}

/** The fonts and form XObjects a resource dictionary names, by their names in the content stream. */
function resourceNames(objects: Map<string, PdfObject>, dict: string, kind: 'Font' | 'XObject') {
  const ref = /\/Resources (\d+) 0 R/.exec(dict)?.[1];
  const resources = ref ? (objects.get(ref)?.dict ?? '') : dict;
  const entries = new RegExp(`/${kind}\\s*<<([\\s\\S]*?)>>`).exec(resources)?.[1] ?? '';
  return new Map([...entries.matchAll(/\/(\w+) (\d+) 0 R/g)].map((m) => [m[1]!, m[2]!]));
}

/**
 * Every page's text in order; a line break after each text object. Text inside form XObjects (Chromium draws
 * a page through one when any of it is translucent) is read where the page draws the form.
 */
export function pdfText(bytes: Buffer): string {
  const objects = readObjects(bytes);
  const cmaps = new Map<string, Map<string, string>>();
  const fontMap = (ref: string) => {
    if (!cmaps.has(ref)) {
      const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(objects.get(ref)?.dict ?? '')?.[1];
      const stream = toUnicode ? objects.get(toUnicode)?.stream : null;
      cmaps.set(ref, stream ? readCmap(stream.toString('latin1')) : new Map());
    }
    return cmaps.get(ref)!;
  };
  const draw = (stream: string, owner: string, depth: number): string => {
    const fonts = resourceNames(objects, owner, 'Font');
    const forms = resourceNames(objects, owner, 'XObject');
    let text = '';
    let cmap = new Map<string, string>();
    for (const [, font, hex, end, form] of stream.matchAll(
      /\/(\w+) [\d.]+ Tf|<([0-9A-Fa-f]*)>|\b(ET)\b|\/(\w+) Do\b/g,
    )) {
      if (font) cmap = fontMap(fonts.get(font) ?? '');
      else if (hex !== undefined)
        text += (hex.match(/.{4}/g) ?? []).map((code) => cmap.get(code.toUpperCase()) ?? '').join('');
      else if (end) text += '\n';
      else if (form && depth < 8) {
        const object = objects.get(forms.get(form) ?? '');
        if (object?.stream && /\/Subtype \/Form/.test(object.dict))
          text += draw(object.stream.toString('latin1'), object.dict, depth + 1);
      }
    }
    return text;
  };
  const pages: string[] = [];
  for (const page of objects.values()) {
    if (!/\/Type \/Page\b(?!s)/.test(page.dict)) continue;
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page.dict)?.[1] ?? '';
    let text = '';
    for (const [, ref] of contents.matchAll(/(\d+) 0 R/g))
      text += draw(objects.get(ref!)?.stream?.toString('latin1') ?? '', page.dict, 0);
    pages.push(text);
  }
  return pages.join('\n');
}
