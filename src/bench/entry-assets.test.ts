import { describe, expect, it } from 'vitest';
import { entryScripts } from './entry-assets.ts';

describe('entryScripts', () => {
  it('finds the module entry and the preloaded chunks in document order', () => {
    const html = `<!doctype html><head>
      <script type="module" crossorigin src="/assets/index-BnL70R9j.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/react-C1.js">
      <link rel='modulepreload' href='/assets/mui-D2.js' />
      <link rel="stylesheet" href="/assets/index-E3.css">
    </head>`;
    expect(entryScripts(html)).toEqual([
      '/assets/index-BnL70R9j.js',
      '/assets/react-C1.js',
      '/assets/mui-D2.js',
    ]);
  });

  it('skips inline scripts, external URLs and repeats', () => {
    const html = `<script>window.x = 1</script>
      <script src="https://cdn.example/x.js"></script>
      <script src="/a.js"></script><link rel="modulepreload" href="/a.js">`;
    expect(entryScripts(html)).toEqual(['/a.js']);
  });

  it('finds nothing in a page without scripts', () => {
    expect(entryScripts('<p>hello</p>')).toEqual([]);
  });
});
