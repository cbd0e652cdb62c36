import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { pathOf } from './route-request.ts';
import { sendText } from './send.ts';

export const NOT_BUILT_MESSAGE =
  'The dcwatch web app has not been built: run `npm run build`, then reload this page.\n';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const IMMUTABLE = 'public, max-age=31536000, immutable';

function setCacheHeaders(res: ServerResponse, pathname: string): void {
  res.setHeader('Cache-Control', pathname.startsWith('/assets/') ? IMMUTABLE : 'no-cache');
}

/**
 * Serves the built app from `dir`: hashed /assets/* cached forever, everything else revalidated,
 * and any other path (a deep link) answered with index.html. Until index.html exists: 503.
 */
export function createStaticHandler(dir: string): Handler {
  let serve: ReturnType<typeof sirv> | null = null;

  function ready(): ReturnType<typeof sirv> | null {
    if (serve === null && existsSync(join(dir, 'index.html'))) {
      // dev mode looks files up per request, so a rebuild is served without a restart
      // (and a file deleted by a rebuild is a 404, not a stream error).
      serve = sirv(dir, { dev: true, etag: true, setHeaders: setCacheHeaders });
    }
    return serve;
  }

  return (req, res) => {
    const files = ready();
    if (files === null) {
      sendText(res, 503, NOT_BUILT_MESSAGE);
      return;
    }
    if (pathOf(req.url ?? '').includes('/.')) {
      sendText(res, 404, 'Not found.\n');
      return;
    }
    files(req, res, () => {
      if ((req.url ?? '').startsWith('/assets/')) {
        sendText(res, 404, 'Not found.\n');
        return;
      }
      req.url = '/index.html';
      files(req, res, () => sendText(res, 503, NOT_BUILT_MESSAGE));
    });
  };
}
