import { describe, expect, it } from 'vitest';
import { runtimeComponents } from './app-info';

describe('runtimeComponents', () => {
  it('lists Electron, Chromium, Node.js and V8 from process.versions', () => {
    const versions = {
      ...process.versions,
      electron: '45.4.1',
      chrome: '142.0.7444.59',
      node: '22.20.0',
      v8: '14.2.231.9',
    };
    expect(runtimeComponents(versions)).toEqual([
      { name: 'Electron', version: '45.4.1' },
      { name: 'Chromium', version: '142.0.7444.59' },
      { name: 'Node.js', version: '22.20.0' },
      { name: 'V8', version: '14.2.231.9' },
    ]);
  });

  it('says unknown rather than inventing a version outside Electron', () => {
    expect(runtimeComponents(process.versions).slice(0, 2)).toEqual([
      { name: 'Electron', version: 'unknown' },
      { name: 'Chromium', version: 'unknown' },
    ]);
  });
});
