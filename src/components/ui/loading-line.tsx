import type { HTMLAttributes, ReactNode } from 'react';

/** A line that says what is loading, with a spinner; a status, so screen readers hear it once. */
export function LoadingLine({
  children,
  className,
  ...rest
}: { children: ReactNode } & HTMLAttributes<HTMLParagraphElement>) {
  return (
    <p className={className ? `loading ${className}` : 'loading'} role="status" {...rest}>
      <span className="spinner" aria-hidden="true" /> {children}
    </p>
  );
}
