import type { HTMLAttributes, ReactNode } from 'react';

/** A line that says what is loading, with a spinner; a status, so screen readers hear it once. */
export function LoadingLine({
  children,
  ...rest
}: { children: ReactNode } & HTMLAttributes<HTMLParagraphElement>) {
  return (
    <p className="loading" role="status" {...rest}>
      <span className="spinner" aria-hidden="true" /> {children}
    </p>
  );
}
