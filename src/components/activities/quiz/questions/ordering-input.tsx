import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import { inOrder, presentationOrder } from '../../../../domain/activities/presentation';
import type { OrderingQuestion, Response } from '../../../../domain/activities/quiz-types';
import { AnswerMark } from './answer-mark';
import type { InputProps } from './input-props';

type OrderItem = OrderingQuestion['items'][number];

/**
 * The items in the order the response gives, or as first shown (shuffled by `seed`, never in the right
 * order) before the learner has moved anything.
 */
function orderOf(
  question: OrderingQuestion,
  response: Response | undefined,
  seed: string = question.id,
): OrderItem[] {
  if (response?.kind === 'ordering' && response.itemIds.length === question.items.length) {
    const items = response.itemIds.map((id) => question.items.find((i) => i.id === id));
    if (items.every((i) => i !== undefined) && new Set(response.itemIds).size === items.length) {
      return items as OrderItem[];
    }
  }
  return inOrder(question.items, presentationOrder(question, seed));
}

type Direction = 'up' | 'down';

/**
 * Put items in order: each item has Move up and Move down buttons for the keyboard, and can be
 * dragged by pointer (mouse anywhere on the item, touch by its handle). Moves are announced.
 */
export function OrderingInput({
  question,
  response,
  onChange,
  disabled,
  name,
  marks,
  seed,
}: InputProps<OrderingQuestion>) {
  const order = orderOf(question, response, seed);
  const ids = order.map((i) => i.id);
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const pendingFocus = useRef<{ id: string; direction: Direction } | null>(null);
  const current = useRef({ ids, onChange });
  const stopDrag = useRef<(() => void) | null>(null);

  useLayoutEffect(() => {
    current.current = { ids, onChange };
  });

  // After a keyboard move, keep focus on the moved item's button (or its other one, at either end).
  useLayoutEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    pendingFocus.current = null;
    const same = buttons.current.get(`${pending.id}:${pending.direction}`);
    const other = buttons.current.get(`${pending.id}:${pending.direction === 'up' ? 'down' : 'up'}`);
    (same && !same.disabled ? same : other)?.focus();
  });

  useEffect(() => () => stopDrag.current?.(), []);

  const textOf = (id: string) => question.items.find((i) => i.id === id)?.text ?? '';
  const place = (id: string, to: number) =>
    `“${textOf(id)}” is now at position ${to + 1} of ${question.items.length}.`;

  const move = (from: number, to: number): string[] => {
    const next = [...current.current.ids];
    const [id] = next.splice(from, 1);
    if (id === undefined) return next;
    next.splice(to, 0, id);
    current.current = { ...current.current, ids: next };
    current.current.onChange({ kind: 'ordering', itemIds: next });
    return next;
  };

  const moveByButton = (id: string, direction: Direction) => {
    const from = ids.indexOf(id);
    const to = direction === 'up' ? from - 1 : from + 1;
    if (from < 0 || to < 0 || to >= ids.length) return;
    pendingFocus.current = { id, direction };
    move(from, to);
    setAnnouncement(place(id, to));
  };

  const startDrag = (event: ReactPointerEvent<HTMLElement>, id: string) => {
    if (disabled || event.button !== 0 || (event.target as HTMLElement).closest('button')) return;
    const onHandle = Boolean((event.target as HTMLElement).closest('.drag-handle'));
    if (event.pointerType === 'touch' && !onHandle) return;
    event.preventDefault();
    stopDrag.current?.();
    setDragging(id);
    const onMove = (e: PointerEvent) => {
      const rows = list.current ? [...list.current.querySelectorAll<HTMLElement>('[data-item-id]')] : [];
      const to = rows.filter((row) => {
        if (row.dataset.itemId === id) return false;
        const box = row.getBoundingClientRect();
        return e.clientY > box.top + box.height / 2;
      }).length;
      const from = current.current.ids.indexOf(id);
      if (from >= 0 && to !== from) move(from, to);
    };
    const onUp = () => {
      stop();
      setAnnouncement(place(id, current.current.ids.indexOf(id)));
    };
    const stop = () => {
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onUp);
      stopDrag.current = null;
      setDragging(null);
    };
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onUp);
    stopDrag.current = stop;
  };

  return (
    <fieldset
      className="question-input"
      disabled={disabled}
      aria-describedby={disabled ? undefined : `${name}-how`}
    >
      <legend className="question-prompt">{question.prompt}</legend>
      {!disabled && (
        <p className="question-hint" id={`${name}-how`}>
          Use the Up and Down buttons, or drag an item by its handle.
        </p>
      )}
      <ol className="ordering-list" ref={list}>
        {order.map((item, index) => (
          <li
            key={item.id}
            data-item-id={item.id}
            className={`ordering-item${dragging === item.id ? ' is-dragging' : ''}`}
            onPointerDown={(event) => startDrag(event, item.id)}
          >
            {!disabled && (
              <span className="drag-handle" aria-hidden="true">
                ⠿
              </span>
            )}
            <span className="ordering-position" aria-hidden="true">
              {index + 1}
            </span>
            <span className="ordering-text">
              <span className="visually-hidden">{`Position ${index + 1}: `}</span>
              {item.text}
              <AnswerMark correct={marks?.[item.id]} right="In place" wrong="Out of place" />
            </span>
            {!disabled && (
              <span className="ordering-buttons">
                {(['up', 'down'] as const).map((direction) => (
                  <button
                    key={direction}
                    type="button"
                    className="button secondary small"
                    ref={(el) => {
                      if (el) buttons.current.set(`${item.id}:${direction}`, el);
                      else buttons.current.delete(`${item.id}:${direction}`);
                    }}
                    aria-label={`Move “${item.text}” ${direction}`}
                    disabled={direction === 'up' ? index === 0 : index === order.length - 1}
                    onClick={() => moveByButton(item.id, direction)}
                  >
                    <span aria-hidden="true">{direction === 'up' ? '↑' : '↓'}</span>
                    {direction === 'up' ? 'Up' : 'Down'}
                  </button>
                ))}
              </span>
            )}
          </li>
        ))}
      </ol>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </fieldset>
  );
}
