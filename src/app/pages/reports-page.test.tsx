import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { onTestFinished } from 'vitest';
import { parseCsv } from '../../domain/reports/csv';
import { recordToCode, recordToJson } from '../../domain/reports/record-codec';
import type { CompletionRecord } from '../../domain/reports/record-codec';
import { generateRecordFiles, sampleRecord } from '../../../tests/fixtures/completion-records';
import { renderApp } from '../../../tests/setup/render-app';
import { useImportedRecordsStore } from '../../state/reports/imported-records-store';

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.spyOn(window, 'print').mockImplementation(() => undefined);
});

function record(
  name: string,
  group: string,
  done: boolean,
  change: Partial<CompletionRecord> = {},
): CompletionRecord {
  const base = sampleRecord();
  return {
    ...base,
    learner: { name },
    assignment: {
      ...base.assignment,
      id: `assign-${group.toLowerCase().replace(/\W/g, '')}`,
      group,
      due: '2099-12-31',
      assessment: false,
    },
    modules: base.modules.map((m) => ({ ...m, status: done ? 'complete' : m.status })),
    ...change,
  };
}

const file = (r: CompletionRecord, name: string) =>
  new File([recordToJson(r)], name, { type: 'application/json' });

async function openReports() {
  const view = renderApp('/reports');
  await screen.findByRole('heading', { level: 1, name: 'Reports' }, { timeout: 5000 });
  await waitFor(() => expect(screen.getByLabelText('Choose files')).toBeEnabled());
  return view;
}

async function upload(files: File[]) {
  await userEvent.upload(screen.getByLabelText('Choose files'), files);
  // queryByText, not findByText: a failed getBy prints the whole page, which starves a long import.
  const summary = /^Imported [\d,]+ items?:/;
  await waitFor(() => expect(screen.queryByText(summary)).not.toBeNull(), { timeout: 15_000 });
  // The report's views load with the first records.
  await waitFor(() => expect(screen.queryByText('Loading the report…')).toBeNull());
  return screen.getByText(summary);
}

const learnerTable = () => screen.getByRole('table', { name: /^Learners:/ });
const names = () =>
  within(learnerTable())
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]!.textContent);

function captureDownloads(): Blob[] {
  const blobs: Blob[] = [];
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
  URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:download');
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  onTestFinished(() => {
    URL.createObjectURL = original.create;
    URL.revokeObjectURL = original.revoke;
  });
  return blobs;
}

describe('reports: importing', () => {
  it('says the records are self-reported and points to an LMS or LRS for authoritative ones', async () => {
    await openReports();
    const note = screen.getByRole('complementary', { name: 'About these records' });
    expect(note).toHaveTextContent(/self-reported/);
    expect(note).toHaveTextContent(/LMS/);
    expect(note).toHaveTextContent(/LRS/);
    expect(screen.getByText(/No records yet/)).toBeInTheDocument();
  });

  it('imports many files at once and reports each one, with reasons a person understands', async () => {
    await openReports();
    const summary = await upload([
      file(record('Ana Silva', 'Leeds', true), 'ana.json'),
      file(record('Ben Jones', 'York', false), 'ben.json'),
      new File(['not a record'], 'notes.txt'),
      new File([JSON.stringify({ format: 'servewell-completion-record', version: 9 })], 'new.json'),
    ]);
    expect(summary).toHaveTextContent('Imported 4 items: 2 accepted, 2 rejected.');
    const rejected = screen.getByRole('heading', { name: 'Not imported' }).nextElementSibling as HTMLElement;
    expect(rejected).toHaveTextContent('notes.txt: Not JSON');
    expect(rejected).toHaveTextContent('new.json: Made by a newer version of the course (record format 9)');
    expect(names()).toEqual(['Ana Silva', 'Ben Jones']);
    const ana = within(learnerTable()).getAllByRole('row')[1]!;
    expect(ana).toHaveTextContent('Leeds');
    expect(ana).toHaveTextContent('2 of 2');
    expect(ana).toHaveTextContent('Complete');
    const cards = screen.getByRole('list', { name: 'Summary' });
    expect(within(cards).getByText('Learners').nextElementSibling).toHaveTextContent('2');
    expect(within(cards).getByText('Complete').nextElementSibling).toHaveTextContent('50%');
  });

  it('takes many files dropped at once', async () => {
    await openReports();
    const zone = screen.getByText(/Drop record files here/).parentElement!;
    fireEvent.dragOver(zone);
    expect(zone).toHaveClass('is-dragging');
    fireEvent.drop(zone, {
      dataTransfer: {
        files: [
          file(record('Ana Silva', 'Leeds', true), 'a.json'),
          file(record('Ben Jones', 'Leeds', false), 'b.json'),
        ],
      },
    });
    expect(await screen.findByText('Imported 2 items: 2 accepted.')).toBeInTheDocument();
    expect(zone).not.toHaveClass('is-dragging');
    expect(names()).toEqual(['Ana Silva', 'Ben Jones']);
  });

  it('takes pasted codes: the same again is a duplicate, newer updates, older is not used', async () => {
    const user = userEvent.setup();
    await openReports();
    const first = record('Ana Silva', 'Leeds', false);
    const newer = { ...record('Ana Silva', 'Leeds', true), exportedAt: '2026-03-10T12:30:00.000Z' };
    const older = { ...first, exportedAt: '2026-03-01T11:00:00.000Z' };
    const paste = async (text: string) => {
      await user.click(screen.getByLabelText('Or paste record codes'));
      await user.paste(text);
      await user.click(screen.getByRole('button', { name: 'Import pasted codes' }));
    };
    await paste(`Hi, my record:\n${recordToCode(first)}`);
    expect(await screen.findByText('Imported 1 item: 1 accepted.')).toBeInTheDocument();
    await paste(`${recordToCode(first)} ${recordToCode(newer)} ${recordToCode(older)}`);
    await waitFor(() =>
      expect(screen.getByText(/^Imported [\d,]+ items?:/)).toHaveTextContent(
        'Imported 3 items: 1 updated, 1 duplicate, 1 older, not used.',
      ),
    );
    expect(names()).toEqual(['Ana Silva']);
    expect(within(learnerTable()).getAllByRole('row')[1]).toHaveTextContent('Complete');
  });

  it('keeps imported records after a reload', async () => {
    const view = await openReports();
    await upload([file(record('Ana Silva', 'Leeds', true), 'ana.json')]);
    await waitFor(() => expect(names()).toEqual(['Ana Silva']));
    await new Promise((resolve) => setTimeout(resolve, 50));
    view.unmount();
    // A reload: the records in memory are gone, and come back from the browser's database.
    act(() => useImportedRecordsStore.getState().reset());
    await openReports();
    await waitFor(() => expect(names()).toEqual(['Ana Silva']));
  });

  it('imports the rest of a batch when one file cannot be read, and names that file', async () => {
    await openReports();
    const locked = new File(['{}'], 'locked.json');
    locked.text = () => Promise.reject(new DOMException('The file could not be read', 'NotReadableError'));
    const summary = await upload([
      file(record('Ana Silva', 'Leeds', true), 'ana.json'),
      locked,
      file(record('Ben Jones', 'York', false), 'ben.json'),
    ]);
    expect(summary).toHaveTextContent('Imported 3 items: 2 accepted, 1 rejected.');
    const rejected = screen.getByRole('heading', { name: 'Not imported' }).nextElementSibling as HTMLElement;
    expect(rejected).toHaveTextContent('locked.json: The file could not be read');
    expect(names()).toEqual(['Ana Silva', 'Ben Jones']);
  });

  it('shows two names under one employee id as a conflict, and keeps the one HR chooses', async () => {
    const user = userEvent.setup();
    await openReports();
    const summary = await upload([
      file(
        record('Ana Silva', 'Leeds', true, { learner: { name: 'Ana Silva', employeeId: 'E7' } }),
        'a.json',
      ),
      file(
        record('Ana Sliva', 'Leeds', false, { learner: { name: 'Ana Sliva', employeeId: 'E7' } }),
        'b.json',
      ),
    ]);
    expect(summary).toHaveTextContent('Imported 2 items: 1 accepted, 1 kept, name differs.');
    const rows = within(learnerTable()).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Ana Silva ⚠ same id as Ana Sliva');
    expect(rows[1]).toHaveTextContent('Ana Sliva ⚠ same id as Ana Silva');
    await user.click(screen.getByRole('button', { name: 'Keep Ana Silva, not Ana Sliva' }));
    await waitFor(() => expect(names()).toEqual(['Ana Silva']));
    expect(screen.getByText('Kept Ana Silva; removed the record of Ana Sliva.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Keep / })).not.toBeInTheDocument();
  });

  it('says so when the browser’s database does not answer, instead of loading forever', async () => {
    vi.stubGlobal('indexedDB', { open: () => ({}) });
    vi.useFakeTimers({ shouldAdvanceTime: true });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    renderApp('/reports');
    await screen.findByRole('heading', { level: 1, name: 'Reports' }, { timeout: 5000 });
    // The waiting line is what a screen reader meets; "No records yet" holds its place, hidden.
    const waiting = screen.getByText(/Loading saved records/);
    expect(waiting).not.toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByText(/No records yet/)).toHaveAttribute('aria-hidden', 'true');
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    expect(await screen.findByRole('alert')).toHaveTextContent(/storage did not answer/);
    expect(waiting).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByLabelText('Choose files')).toBeEnabled();
  });
});

describe('reports: the table', () => {
  async function withThree() {
    await openReports();
    await upload([
      file(record('Chloé Martin', 'York', true), 'c.json'),
      file(record('Ana Silva', 'Leeds', false), 'a.json'),
      file(record('Ben Jones', 'Leeds', true), 'b.json'),
    ]);
  }

  it('searches, filters by group and status, and sorts by any column', async () => {
    const user = userEvent.setup();
    await withThree();
    expect(names()).toEqual(['Ana Silva', 'Ben Jones', 'Chloé Martin']);
    const nameHeader = screen.getByRole('columnheader', { name: /name/i });
    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(nameHeader).getByRole('button'));
    expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
    expect(names()).toEqual(['Chloé Martin', 'Ben Jones', 'Ana Silva']);
    await user.click(within(screen.getByRole('columnheader', { name: /status/i })).getByRole('button'));
    expect(names()).toEqual(['Ana Silva', 'Ben Jones', 'Chloé Martin']);

    await user.type(screen.getByLabelText('Search'), 'zed');
    expect(within(learnerTable()).getByText('No learners match.')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Search'));
    await user.type(screen.getByLabelText('Search'), 'chlo');
    expect(names()).toEqual(['Chloé Martin']);
    await user.clear(screen.getByLabelText('Search'));
    await user.selectOptions(screen.getByLabelText('Group'), 'Leeds');
    expect(names()).toEqual(['Ana Silva', 'Ben Jones']);
    await user.selectOptions(screen.getByLabelText('Status'), 'complete');
    expect(names()).toEqual(['Ben Jones']);
    expect(screen.getByText(/Showing 1 of 3 records/)).toBeInTheDocument();
  });

  it('exports the current view as CSV, quoting and neutralising formulas', async () => {
    const user = userEvent.setup();
    const blobs = captureDownloads();
    await openReports();
    await upload([
      file(record('=HYPERLINK("x")', 'Leeds, West', true), 'evil.json'),
      file(record('Zoë Ångström', 'York', false), 'zoe.json'),
    ]);
    await user.selectOptions(screen.getByLabelText('Group'), 'Leeds, West');
    await user.click(screen.getByRole('button', { name: 'Export CSV of the rows shown' }));
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = await blobs[0]!.text();
    expect(text.startsWith('Name,Email,')).toBe(true);
    expect(text).toContain('"\'=HYPERLINK(""x"")"');
    expect(text).toContain('"Leeds, West"');
    const rows = parseCsv(text);
    expect(rows).toHaveLength(2);
    expect(rows[1]!.slice(0, 4)).toEqual(['\'=HYPERLINK("x")', '', '', 'Leeds, West']);
    expect(screen.getByText('Exported 1 row as CSV.')).toBeInTheDocument();
  });

  it('removes a learner or clears everything only after confirmation', async () => {
    const user = userEvent.setup();
    await withThree();
    await user.click(screen.getByRole('button', { name: 'Remove Ben Jones' }));
    const confirm = screen.getByRole('alertdialog');
    expect(confirm).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(names()).toEqual(['Ana Silva', 'Ben Jones', 'Chloé Martin']);
    await user.click(screen.getByRole('button', { name: 'Remove Ben Jones' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove Ben Jones' }));
    await waitFor(() => expect(names()).toEqual(['Ana Silva', 'Chloé Martin']));
    await user.click(screen.getByRole('button', { name: 'Clear all records' }));
    expect(screen.getByRole('alertdialog')).toHaveTextContent('Remove all 2 imported records');
    await user.click(screen.getByRole('button', { name: 'Yes, clear all' }));
    expect(await screen.findByText(/No records yet/)).toBeInTheDocument();
  });

  it('prints every row of the view in a plain table when the browser prints, button or not', async () => {
    const user = userEvent.setup();
    await withThree();
    expect(screen.queryByRole('table', { name: 'Learners (3)' })).not.toBeInTheDocument();
    // The browser's own Print (Ctrl+P) fires beforeprint and lays the page out straight after.
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    const printed = screen.getByRole('table', { name: 'Learners (3)' });
    expect(within(printed).getAllByRole('row')).toHaveLength(4);
    expect(printed).toHaveTextContent('Chloé Martin');
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(screen.queryByRole('table', { name: 'Learners (3)' })).not.toBeInTheDocument();
    expect(learnerTable()).toBeInTheDocument();
    // The in-page button asks the browser to print, which takes the same path.
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(window.print).toHaveBeenCalled();
  });

  it('has a table equivalent for every chart', async () => {
    await withThree();
    const byModule = screen.getByRole('table', { name: 'Completion by module' });
    expect(
      within(byModule).getByRole('rowheader', { name: 'Greeting customers' }).nextElementSibling,
    ).toHaveTextContent('3 of 3 (100%)');
    const byGroup = screen.getByRole('table', { name: 'Completion by group' });
    expect(within(byGroup).getByRole('rowheader', { name: 'Leeds' }).nextElementSibling).toHaveTextContent(
      '1 of 2 (50%)',
    );
    expect(screen.getByRole('table', { name: /Final assessment scores/ })).toBeInTheDocument();
  });
});

describe('reports: many learners', () => {
  it('renders only the rows in view, and more as the table scrolls', async () => {
    await openReports();
    const files = generateRecordFiles(3000).map((f) => new File([f.text], f.source));
    await upload(files);
    const table = learnerTable();
    expect(table).toHaveAttribute('aria-rowcount', '3001');
    const rendered = within(table).getAllByRole('row');
    expect(rendered.length).toBeLessThan(60);
    expect(rendered[1]).toHaveAttribute('aria-rowindex', '2');
    const scroller = screen.getByRole('region', { name: 'Learners table (scrolls)' });
    scroller.scrollTop = 48 * 2000;
    fireEvent.scroll(scroller);
    await waitFor(() => {
      const rows = within(learnerTable()).getAllByRole('row');
      expect(rows.length).toBeLessThan(60);
      expect(rows.some((r) => r.getAttribute('aria-rowindex') === '2002')).toBe(true);
    });
  }, 30_000);
});

describe('reports: data first', () => {
  const importSection = () =>
    screen.getByRole('button', { name: /^Import (more )?records$/ }).closest('section') as HTMLElement;

  it('opens the import section while there are no records, and keeps it open after the first import', async () => {
    await openReports();
    const toggle = screen.getByRole('button', { name: 'Import records' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: 'Load results from a Learning Record Store' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    expect(screen.queryByRole('textbox', { name: 'LRS endpoint' })).not.toBeInTheDocument();
    await upload([file(record('Ana Silva', 'Leeds', true), 'ana.json')]);
    expect(screen.getByRole('button', { name: 'Import more records' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('with records saved, puts the overview and table first and folds importing into "Import more records"', async () => {
    const user = userEvent.setup();
    const view = await openReports();
    await upload([file(record('Ana Silva', 'Leeds', true), 'ana.json')]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    view.unmount();
    act(() => useImportedRecordsStore.getState().reset());
    renderApp('/reports');
    const overview = await screen.findByRole('heading', { level: 2, name: 'Overview' });
    const toggle = screen.getByRole('button', { name: 'Import more records' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Import pasted codes' })).not.toBeInTheDocument();
    // Overview, then learners, then (after the charts) importing.
    const order = [overview, learnerTable(), importSection()];
    for (let i = 1; i < order.length; i += 1)
      expect(
        order[i - 1]!.compareDocumentPosition(order[i]!) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    // Role queries skip hidden elements: these are shown now.
    expect(screen.getByRole('textbox', { name: 'Or paste record codes' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import pasted codes' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Load results from a Learning Record Store' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('keeps a half-typed paste when the section is folded and opened again', async () => {
    const user = userEvent.setup();
    await openReports();
    await user.type(screen.getByLabelText('Or paste record codes'), 'SWR.eyJ');
    const toggle = screen.getByRole('button', { name: 'Import records' });
    await user.click(toggle);
    expect(screen.queryByRole('textbox', { name: 'Or paste record codes' })).not.toBeInTheDocument();
    await user.click(toggle);
    expect(screen.getByLabelText('Or paste record codes')).toHaveValue('SWR.eyJ');
  });
});

describe('reports: counts and messages', () => {
  it('reads "1 record", and has no "other item" heading when nothing was rejected', async () => {
    await openReports();
    await upload([file(record('Ana Silva', 'Leeds', true), 'ana.json')]);
    expect(await screen.findByText('1 record.')).toBeInTheDocument();
    expect(screen.queryByText(/other item/)).not.toBeInTheDocument();
    expect(screen.getByText('Details of the 1 item')).toBeInTheDocument();
    await userEvent.upload(screen.getByLabelText('Choose files'), [
      file(record('Ben Jones', 'York', true), 'ben.json'),
      new File(['not a record'], 'notes.txt'),
    ]);
    expect(await screen.findByText('2 records.')).toBeInTheDocument();
    expect(await screen.findByText('Details of the 1 other item')).toBeInTheDocument();
  });

  it('calls a pasted garbage code "not a record code", not a code whose end is missing', async () => {
    const user = userEvent.setup();
    await openReports();
    await user.click(screen.getByLabelText('Or paste record codes'));
    await user.paste('Here you go: SWR.helloThisIsNotACode.');
    await user.click(screen.getByRole('button', { name: 'Import pasted codes' }));
    const rejected = (await screen.findByRole('heading', { name: 'Not imported' }))
      .nextElementSibling as HTMLElement;
    expect(rejected).toHaveTextContent('Not a record code');
    expect(rejected).not.toHaveTextContent(/end is missing/);
  });

  it('exports "Not attempted", the completion date and a column per module, with no assignment id', async () => {
    const user = userEvent.setup();
    const blobs = captureDownloads();
    await openReports();
    const base = record('Ana Silva', 'Leeds', true);
    const assessed = {
      ...base,
      assignment: { ...base.assignment, assessment: true },
      assessment: { attempts: 0, passed: false },
    };
    await upload([file(assessed, 'ana.json')]);
    await user.click(screen.getByRole('button', { name: 'Export CSV of the rows shown' }));
    const [header, ana] = parseCsv(await blobs[0]!.text());
    const cell = (name: string) => ana![header!.indexOf(name)];
    expect(header).not.toContain('Assignment');
    expect(header).not.toContain('Passed');
    expect(cell('Final assessment')).toBe('Not attempted');
    expect(cell('Group')).toBe('Leeds');
    expect(cell('Due date')).toBe('2099-12-31');
    expect(ana).not.toContain(base.assignment.id);
    const moduleColumns = header!.filter((h) => h.startsWith('Module: '));
    expect(moduleColumns).toHaveLength(base.assignment.modules.length);
    for (const column of moduleColumns) expect(cell(column)).toBe('Complete');
    expect(header).toContain('Completed on');
    expect(screen.getByText('Exported 1 row as CSV.')).toBeInTheDocument();
  });
});

describe('reports: the table on a phone and on a desktop', () => {
  /** A screen as narrow as a phone: the page's media query matches. */
  function narrowScreen() {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: /max-width/.test(query),
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }));
  }

  it('shows email and employee id as columns on a desktop', async () => {
    await openReports();
    await upload([
      file(
        record('Ana Silva', 'Leeds', true, {
          learner: { name: 'Ana Silva', email: 'ana@example.com', employeeId: 'E42' },
        }),
        'a.json',
      ),
    ]);
    const headers = within(learnerTable())
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers.slice(0, 4)).toEqual(
      ['Name↕', 'Email↕', 'Employee ID↕', 'Group↕'].map((h) => expect.stringContaining(h.slice(0, -1))),
    );
    const cells = within(within(learnerTable()).getAllByRole('row')[1]!).getAllByRole('cell');
    expect(cells.slice(0, 4).map((c) => c.textContent)).toEqual([
      'Ana Silva',
      'ana@example.com',
      'E42',
      'Leeds',
    ]);
  });

  it('lets a cut-off group name take focus and carry its full text', async () => {
    const user = userEvent.setup();
    // The layout a browser would give: the group name is wider than its column.
    vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockImplementation(function (this: HTMLElement) {
      return this.textContent!.length > 30 ? 400 : 50;
    });
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(120);
    await openReports();
    const long = 'Customer service, Leeds and Bradford evening cohort';
    await upload([file(record('Ana Silva', long, true), 'a.json')]);
    const group = within(learnerTable()).getByText(long);
    expect(group).toHaveAttribute('title', long);
    expect(within(learnerTable()).getByText('Ana Silva')).not.toHaveAttribute('tabindex');
    // Keyboard only: from the table's scroll area, through the sort buttons, to the group name.
    screen.getByRole('region', { name: 'Learners table (scrolls)' }).focus();
    for (let i = 0; i < 15 && document.activeElement !== group; i += 1) await user.tab();
    expect(group).toHaveFocus();
  });

  it('shows learners as cards with every field on a phone, sortable, a page at a time', async () => {
    narrowScreen();
    const user = userEvent.setup();
    await openReports();
    const records = Array.from({ length: 30 }, (_, i) =>
      file(
        record(`Learner ${String(i + 1).padStart(2, '0')}`, i % 2 ? 'York' : 'Leeds', i % 3 === 0, {
          learner: {
            name: `Learner ${String(i + 1).padStart(2, '0')}`,
            email: `l${i + 1}@example.com`,
            employeeId: `E${i + 1}`,
          },
        }),
        `l${i}.json`,
      ),
    );
    await upload(records);
    expect(screen.queryByRole('table', { name: /^Learners:/ })).not.toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Learners: 30 cards' });
    const cards = within(list).getAllByRole('article');
    expect(cards).toHaveLength(25);
    const first = screen.getByRole('article', { name: 'Learner 01' });
    expect(within(first).getByRole('heading', { level: 3, name: 'Learner 01' })).toBeInTheDocument();
    for (const [label, value] of [
      ['Email', 'l1@example.com'],
      ['Employee ID', 'E1'],
      ['Group', 'Leeds'],
      ['Done', '2 of 2'],
      ['Final score', '–'],
      ['Status', 'Complete'],
      ['Due', '31 Dec 2099'],
    ] as const) {
      expect(within(first).getByText(label).nextElementSibling).toHaveTextContent(value);
    }
    expect(within(first).getByText('Last activity')).toBeInTheDocument();
    expect(within(first).getByRole('button', { name: 'Remove Learner 01' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show 5 more (25 of 30 shown)' }));
    expect(within(list).getAllByRole('article')).toHaveLength(30);
    expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Order'), 'descending');
    expect(
      within(screen.getByRole('list', { name: /^Learners:/ })).getAllByRole('heading')[0],
    ).toHaveTextContent('Learner 30');
    // Complete first (those in a tie stay in name order).
    await user.selectOptions(screen.getByLabelText('Sort by'), 'status');
    expect(
      within(screen.getByRole('list', { name: /^Learners:/ })).getAllByRole('heading')[0],
    ).toHaveTextContent('Learner 01');
  });
});
