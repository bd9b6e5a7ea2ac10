import { useEffect, useRef } from 'react';

/** An inline "are you sure?" that takes focus, for actions that cannot be undone. */
export function ConfirmBar({
  message,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div
      className="confirm-bar"
      role="alertdialog"
      aria-labelledby="confirm-message"
      tabIndex={-1}
      ref={box}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <p id="confirm-message">{message}</p>
      <div className="actions compact">
        <button type="button" className="button danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
