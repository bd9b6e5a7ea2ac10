/** An accessible progress bar: the fill is decoration, the value is announced in words. */
export function ProgressBar({
  value,
  label,
  valueText,
  className = '',
}: {
  value: number;
  label: string;
  valueText: string;
  className?: string;
}) {
  const percent = Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div
      className={`progress ${className}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={valueText}
    >
      {/* Empty, it needs no style: a prerendered page carries no style attributes (the CSP refuses them). */}
      <div className="progress-fill" style={percent > 0 ? { width: `${percent}%` } : undefined} />
    </div>
  );
}
