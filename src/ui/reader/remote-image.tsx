import { useEffect, useState } from 'react';
import { useHost } from '../host-context';

/**
 * An image of the article. A data: image shows at once; a remote one shows only once the person
 * has allowed remote images, fetched through the host (the page's CSP forbids remote images, so
 * nothing loads behind their back) and shown from a blob: address.
 */
export function RemoteImage({
  src,
  remoteSrc,
  alt,
  allowed,
}: {
  src: string;
  remoteSrc: string;
  alt: string;
  allowed: boolean;
}) {
  const host = useHost();
  const [loaded, setLoaded] = useState<{ url: string } | { failed: true } | null>(null);
  useEffect(() => {
    if (!allowed || !remoteSrc || src) return;
    let url = '';
    let live = true;
    void host.fetchUrl(remoteSrc).then((outcome) => {
      if (!live) return;
      if (outcome.kind === 'ok' && outcome.contentType.startsWith('image/')) {
        url = URL.createObjectURL(
          new Blob([outcome.bytes as Uint8Array<ArrayBuffer>], { type: outcome.contentType }),
        );
        setLoaded({ url });
      } else setLoaded({ failed: true });
    });
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [allowed, remoteSrc, src, host]);
  if (src) return <img src={src} alt={alt} />;
  if (loaded && 'url' in loaded) return <img src={loaded.url} alt={alt} />;
  return (
    <span className="image-placeholder" role="img" aria-label={alt || 'Image'}>
      {loaded ? 'Image could not be loaded' : 'Image not loaded'}
      {alt ? `: ${alt}` : ''}
    </span>
  );
}
