/** Opens the browser's print dialog; hidden on the printout itself. */
export function PrintButton({ children }: { children: string }) {
  return (
    <button type="button" className="button no-print" onClick={() => window.print()}>
      {children}
    </button>
  );
}
