import fc from 'fast-check';
import { csvField, neutraliseCell, parseCsv, toCsv } from './csv';

describe('CSV fields', () => {
  it('quotes commas, quotes, line breaks and edge spaces, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r\nlf')).toBe('"cr\r\nlf"');
    expect(csvField(' padded ')).toBe('" padded "');
    expect(csvField('')).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(true)).toBe('true');
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(csvField('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvField('+44 20 7946 0000')).toBe("'+44 20 7946 0000");
    expect(csvField('-1+2')).toBe("'-1+2");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('=HYPERLINK("http://x","click")')).toBe('"\'=HYPERLINK(""http://x"",""click"")"');
    expect(neutraliseCell('Ana = Ben')).toBe('Ana = Ben');
    // Numbers are numbers, not formulas.
    expect(csvField(-3)).toBe('-3');
  });

  it('neutralises a formula hidden behind leading spaces or line breaks, in any column', () => {
    expect(neutraliseCell('  =1+1')).toBe("'  =1+1");
    expect(neutraliseCell('\n=cmd|calc')).toBe("'\n=cmd|calc");
    expect(neutraliseCell(' \r\n@SUM(A1)')).toBe("' \r\n@SUM(A1)");
    expect(neutraliseCell('\u00a0+1')).toBe("'\u00a0+1");
    expect(neutraliseCell('\uff1d1+1')).toBe("'\uff1d1+1");
    const [row] = parseCsv(toCsv([[' =evil@x.com', '\n-2+3', 'Ana']]));
    expect(row).toEqual(["' =evil@x.com", "'\n-2+3", 'Ana']);
  });

  it('keeps non-ASCII names as they are', () => {
    expect(csvField('Zoë Ångström')).toBe('Zoë Ångström');
    expect(csvField('김민준')).toBe('김민준');
    expect(csvField('Siobhán, Łukasz')).toBe('"Siobhán, Łukasz"');
  });
});

describe('CSV documents', () => {
  it('separates records with CRLF and can add a byte-order mark for spreadsheet programs', () => {
    expect(
      toCsv([
        ['a', 'b'],
        [1, 2],
      ]),
    ).toBe('a,b\r\n1,2\r\n');
    expect(toCsv([['Zoë']], { bom: true })).toBe('\uFEFFZoë\r\n');
    expect(toCsv([])).toBe('');
  });

  it('reads back exactly the cells written, apart from the neutralising apostrophe', () => {
    const cell = fc.string({ unit: 'grapheme', maxLength: 20 });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const written = rows.map((row) => row.map((c) => neutraliseCell(c)));
          const parsed = parseCsv(toCsv(rows));
          // A single empty cell on a line reads back as an empty line.
          expect(parsed.map((r) => r.join('\u0000'))).toEqual(written.map((r) => r.join('\u0000')));
        },
      ),
    );
  });
});
