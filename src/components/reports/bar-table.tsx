export interface Bar {
  label: string;
  /** 0..1 of the longest bar. */
  fraction: number;
  /** The value in words, e.g. "12 of 20 (60%)". */
  text: string;
}

/**
 * A bar chart that is also its own table: each row has a header, a drawn bar (decoration only) and the
 * value in words, so screen readers and printouts get the same figures as the picture.
 */
export function BarTable({
  caption,
  labelHeader,
  valueHeader,
  bars,
}: {
  caption: string;
  labelHeader: string;
  valueHeader: string;
  bars: Bar[];
}) {
  return (
    <table className="bar-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{labelHeader}</th>
          <th scope="col">{valueHeader}</th>
        </tr>
      </thead>
      <tbody>
        {bars.length === 0 && (
          <tr>
            <td colSpan={2} className="muted">
              Nothing to show yet.
            </td>
          </tr>
        )}
        {bars.map((bar) => (
          <tr key={bar.label}>
            <th scope="row">{bar.label}</th>
            <td>
              <span className="bar" aria-hidden="true">
                <span
                  className="bar-fill"
                  style={{ width: `${Math.round(Math.max(0, Math.min(1, bar.fraction)) * 100)}%` }}
                />
              </span>
              <span className="bar-text">{bar.text}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
