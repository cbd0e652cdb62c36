const TAG = /<(script|link)\b([^>]*)>/gi;
const ATTR = /([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

function attributes(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const match of text.matchAll(ATTR)) {
    const name = match[1]?.toLowerCase();
    if (name !== undefined) map.set(name, match[2] ?? match[3] ?? match[4] ?? '');
  }
  return map;
}

/**
 * The JavaScript files the first page load fetches: module/classic script `src`s and
 * `modulepreload` links, in document order, without repeats (external URLs skipped).
 * @example entryScripts('<script type="module" src="/assets/index.js"></script>') → ['/assets/index.js']
 */
export function entryScripts(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(TAG)) {
    const attrs = attributes(match[2] ?? '');
    const url =
      match[1]?.toLowerCase() === 'script'
        ? attrs.get('src')
        : attrs.get('rel')?.toLowerCase() === 'modulepreload'
          ? attrs.get('href')
          : undefined;
    if (url === undefined || url === '' || /^([a-z]+:)?\/\//i.test(url)) continue;
    if (!found.includes(url)) found.push(url);
  }
  return found;
}
