import { describe, expect, it } from 'vitest';
import { externalWebUrl } from './external-url';

describe('externalWebUrl', () => {
  it('lets http(s) through and refuses every other scheme', () => {
    expect(externalWebUrl('https://news.example/a?b=1')).toBe('https://news.example/a?b=1');
    expect(externalWebUrl(' http://news.example ')).toBe('http://news.example/');
    for (const bad of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<script>1</script>',
      'vbscript:x',
      'ms-settings:',
      'not a url',
    ])
      expect(externalWebUrl(bad)).toBeUndefined();
  });
});
