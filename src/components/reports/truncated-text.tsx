import { useLayoutEffect, useRef, useState } from 'react';

/**
 * Text cut to one line with an ellipsis where its column is too narrow. When it is cut, the full text is
 * its tooltip and it can take focus, which shows it whole: keyboard users read what mouse users hover.
 * `width` is the width of the table, so the check runs again when the columns change size.
 */
export function TruncatedText({ text, width }: { text: string; width: number }) {
  const ref = useRef<HTMLSpanElement>(null);
  const [cut, setCut] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element) setCut(element.scrollWidth > element.clientWidth + 1);
  }, [text, width]);
  return (
    <span ref={ref} className="cell-text" title={cut ? text : undefined} tabIndex={cut ? 0 : undefined}>
      {text}
    </span>
  );
}
