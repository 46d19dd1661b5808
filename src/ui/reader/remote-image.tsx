import { useEffect, useState } from 'react';
import { fetchableImageAddress } from '../../core/layout/image-address';
import { useHost } from '../host-context';

/**
 * An image of the article. A data: image shows at once; a remote one shows only once the person
 * has allowed remote images, fetched through the host (the page's CSP forbids remote images, so
 * nothing loads behind their back) and shown from a blob: address. One whose address is relative
 * to the folder of a file imported without an address is never fetched: a placeholder with its
 * alt text says it is not in the archive.
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
  const address = fetchableImageAddress(remoteSrc);
  useEffect(() => {
    if (!allowed || !address || src) return;
    let url = '';
    let live = true;
    void host.fetchUrl(address).then((outcome) => {
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
  }, [allowed, address, src, host]);
  if (src) return <img src={src} alt={alt} />;
  if (remoteSrc && !address)
    return (
      <span className="image-placeholder" role="img" aria-label={alt || 'Image'}>
        Image not in the archive: a file beside the page ({remoteSrc.slice(0, 120)})
        {alt ? `: ${alt}` : ''}
      </span>
    );
  if (loaded && 'url' in loaded) return <img src={loaded.url} alt={alt} />;
  return (
    <span className="image-placeholder" role="img" aria-label={alt || 'Image'}>
      {loaded ? 'Image could not be loaded' : 'Image not loaded'}
      {alt ? `: ${alt}` : ''}
    </span>
  );
}
