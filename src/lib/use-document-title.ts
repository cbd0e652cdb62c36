import { useEffect } from 'react';

/** Names the browser tab after the view: `useDocumentTitle('Fleet overview')` → "Fleet overview · dcwatch". */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · dcwatch`;
  }, [title]);
}
