import { describe, expect, it } from 'vitest';
import { fetchableImageAddress } from './image-address';

describe('fetchableImageAddress', () => {
  it('keeps an absolute web address and reads a protocol-relative one as https', () => {
    expect(fetchableImageAddress('https://images.example.org/wall.jpg')).toBe(
      'https://images.example.org/wall.jpg',
    );
    expect(fetchableImageAddress(' //cdn.example.org/a b.png')).toBe(
      'https://cdn.example.org/a%20b.png',
    );
  });

  it('gives nothing for an address relative to a file’s folder, or not on the web', () => {
    for (const recorded of ['img/x.png', './x.png', '../media/x.png', '/media/x.png', 'x.png'])
      expect(fetchableImageAddress(recorded)).toBeUndefined();
    expect(fetchableImageAddress('file:///home/me/x.png')).toBeUndefined();
    expect(fetchableImageAddress('javascript:alert(1)')).toBeUndefined();
    expect(fetchableImageAddress('https://')).toBeUndefined();
  });
});
