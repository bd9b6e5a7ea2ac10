import { useEffect, useState } from 'react';

type QrState = { kind: 'loading' } | { kind: 'ready'; src: string } | { kind: 'failed' };

/** A QR code of some text, drawn as SVG by the `qrcode` package, which loads only when needed. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<QrState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ kind: 'loading' });
    import('qrcode')
      .then((QRCode) => QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }))
      .then(
        (svg) =>
          live &&
          setState({ kind: 'ready', src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` }),
      )
      .catch(() => live && setState({ kind: 'failed' }));
    return () => {
      live = false;
    };
  }, [text]);
  if (state.kind === 'failed')
    return (
      <p className="form-hint">A QR code could not be made for this link; share the link itself instead.</p>
    );
  if (state.kind === 'loading') return <div className="qr-code qr-placeholder" aria-hidden="true" />;
  return <img className="qr-code" src={state.src} alt={label} width={220} height={220} />;
}
