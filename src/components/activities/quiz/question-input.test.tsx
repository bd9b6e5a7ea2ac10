import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { Question, Response } from '../../../domain/activities/quiz-types';
import { QuestionInput } from './question-input';
import { QuestionReview } from './question-review';

const ordering: Question = {
  id: 'steps',
  kind: 'ordering',
  prompt: 'Put the steps in order',
  items: [
    { id: 'greet', text: 'Greet' },
    { id: 'listen', text: 'Listen' },
    { id: 'solve', text: 'Solve' },
  ],
};

const matching: Question = {
  id: 'terms',
  kind: 'matching',
  prompt: 'Match the terms',
  pairs: [
    { id: 'p1', left: 'Customer', right: 'Anyone you serve' },
    { id: 'p2', left: 'Culture', right: 'How things are done' },
    { id: 'p3', left: 'Chain', right: 'Work passed on' },
  ],
};

const single: Question = {
  id: 'who',
  kind: 'single',
  prompt: 'Who?',
  options: [
    { id: 'a', text: 'A colleague', correct: true, feedback: 'Yes, colleagues count.' },
    { id: 'b', text: 'A shopper', correct: false, feedback: 'No.' },
  ],
};

/** A question input holding its own response, as the final assessment would. */
function Harness({ question, onChange }: { question: Question; onChange?: (r: Response) => void }) {
  const [response, setResponse] = useState<Response | undefined>(undefined);
  return (
    <QuestionInput
      question={question}
      response={response}
      name="harness"
      onChange={(r) => {
        setResponse(r);
        onChange?.(r);
      }}
    />
  );
}

const order = () =>
  within(screen.getByRole('list'))
    .getAllByRole('listitem')
    .map((li) => li.getAttribute('data-item-id'));

describe('QuestionInput', () => {
  it('shows a question without any feedback and reports each change', async () => {
    const user = userEvent.setup();
    const changes: Response[] = [];
    render(<Harness question={single} onChange={(r) => changes.push(r)} />);
    await user.click(screen.getByRole('radio', { name: 'A shopper' }));
    expect(changes).toEqual([{ kind: 'single', optionId: 'b' }]);
    expect(screen.queryByText(/Yes, colleagues count|No\./)).not.toBeInTheDocument();
    expect(screen.queryByText(/Right|Wrong/)).not.toBeInTheDocument();
  });

  it('starts an ordering question shuffled, the same way every time', () => {
    const first = render(<Harness question={ordering} />);
    const shown = order();
    expect(shown).not.toEqual(['greet', 'listen', 'solve']);
    first.unmount();
    render(<Harness question={ordering} />);
    expect(order()).toEqual(shown);
  });

  it('reorders by keyboard, keeping focus on the moved item and announcing where it went', async () => {
    const user = userEvent.setup();
    render(<Harness question={ordering} />);
    const last = order()[2];
    const text = ordering.kind === 'ordering' ? ordering.items.find((i) => i.id === last)?.text : '';
    const up = screen.getByRole('button', { name: `Move “${text}” up` });
    expect(screen.getByRole('button', { name: `Move “${text}” down` })).toBeDisabled();
    up.focus();
    await user.keyboard('{Enter}');
    expect(order()[1]).toBe(last);
    expect(up).toHaveFocus();
    await user.keyboard(' ');
    expect(order()[0]).toBe(last);
    // At the top, Up no longer applies, so focus moves to Down.
    expect(screen.getByRole('button', { name: `Move “${text}” down` })).toHaveFocus();
    expect(screen.getByText(`“${text}” is now at position 1 of 3.`)).toBeInTheDocument();
  });

  it('reorders by dragging with a pointer', () => {
    const changes: Response[] = [];
    render(<Harness question={ordering} onChange={(r) => changes.push(r)} />);
    const before = order();
    // Lay the rows out 50px apart.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      const index = order().indexOf(this.getAttribute('data-item-id'));
      return { top: index * 50, height: 50, bottom: index * 50 + 50 } as DOMRect;
    });
    const firstRow = screen.getAllByRole('listitem')[0] as HTMLElement;
    fireEvent.pointerDown(firstRow, { button: 0, pointerType: 'mouse', clientY: 25 });
    fireEvent.pointerMove(window, { clientY: 140 });
    fireEvent.pointerUp(window, { clientY: 140 });
    expect(order()).toEqual([before[1], before[2], before[0]]);
    expect(changes.at(-1)).toEqual({ kind: 'ordering', itemIds: [before[1], before[2], before[0]] });
    expect(screen.getByText(/is now at position 3 of 3/)).toBeInTheDocument();
  });

  it('matches terms with a select each, listing the descriptions shuffled', async () => {
    const user = userEvent.setup();
    const changes: Response[] = [];
    render(<Harness question={matching} onChange={(r) => changes.push(r)} />);
    const select = screen.getByRole('combobox', { name: 'Customer' });
    const options = within(select)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options[0]).toBe('Choose a match…');
    expect(options.slice(1)).not.toEqual(['Anyone you serve', 'How things are done', 'Work passed on']);
    expect([...options.slice(1)].sort()).toEqual([
      'Anyone you serve',
      'How things are done',
      'Work passed on',
    ]);
    await user.selectOptions(select, 'Work passed on');
    expect(changes.at(-1)).toEqual({ kind: 'matching', matches: { p1: 'p3' } });
  });

  it('can be shown disabled, for an answer already given', () => {
    render(
      <QuestionInput
        question={single}
        response={{ kind: 'single', optionId: 'a' }}
        onChange={() => {}}
        disabled
        name="done"
      />,
    );
    expect(screen.getByRole('radio', { name: 'A colleague' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'A colleague' })).toBeDisabled();
  });
});

describe('QuestionReview', () => {
  it('shows the answer given and, when wrong, the right one in words', () => {
    render(
      <QuestionReview
        question={matching}
        response={{ kind: 'matching', matches: { p1: 'p2', p2: 'p1', p3: 'p3' } }}
      />,
    );
    expect(screen.getByText(/Partly right/)).toHaveTextContent('Partly right (33% of the mark)');
    const [given, right] = screen.getAllByRole('list');
    expect(
      within(given as HTMLElement)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Customer → How things are done', 'Culture → Anyone you serve', 'Chain → Work passed on']);
    expect(within(right as HTMLElement).getAllByRole('listitem')[0]).toHaveTextContent(
      'Customer → Anyone you serve',
    );
  });

  it('says when a question was not answered', () => {
    render(<QuestionReview question={single} response={undefined} />);
    expect(screen.getByText('Not answered')).toBeInTheDocument();
    expect(screen.getByText('The right answer').nextElementSibling).toHaveTextContent('A colleague');
  });

  it('does not repeat the answer when it was right', () => {
    render(<QuestionReview question={single} response={{ kind: 'single', optionId: 'a' }} />);
    expect(screen.getByText('Correct')).toBeInTheDocument();
    expect(screen.queryByText('The right answer')).not.toBeInTheDocument();
  });
});
