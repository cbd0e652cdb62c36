import { create } from 'zustand';

export type TokenMode = 'server' | 'pass-through';

/** sessionStorage only (never localStorage), and only when the operator ticks "Remember in this tab". */
export const SESSION_TOKEN_KEY = 'dcwatch.token';

export interface AuthState {
  tokenMode: TokenMode;
  /** Pass-through IAM token; lives in memory, never in a URL or localStorage. */
  token: string | null;
  remember: boolean;
  /** The last request with our token was answered 401 (pass-through) . */
  tokenRejected: boolean;
  /** Server mode: the proxy's own credential was answered 401. */
  proxyCredentialRejected: boolean;
  setTokenMode: (mode: TokenMode) => void;
  signIn: (token: string, remember: boolean) => void;
  signOut: () => void;
  markUnauthorized: () => void;
  markAuthorized: () => void;
}

function readSessionToken(): string | null {
  try {
    return globalThis.sessionStorage?.getItem(SESSION_TOKEN_KEY) ?? null;
  } catch {
    return null;
  }
}

function writeSessionToken(token: string | null) {
  try {
    if (token === null) globalThis.sessionStorage?.removeItem(SESSION_TOKEN_KEY);
    else globalThis.sessionStorage?.setItem(SESSION_TOKEN_KEY, token);
  } catch {
    // Storage can be disabled; the token then lives in memory only.
  }
}

function initialAuth() {
  const saved = readSessionToken();
  return {
    tokenMode: 'server' as TokenMode,
    token: saved,
    remember: saved !== null,
    tokenRejected: false,
    proxyCredentialRejected: false,
  };
}

export const useAuthStore = create<AuthState>()((set, get) => ({
  ...initialAuth(),
  setTokenMode: (tokenMode) => set({ tokenMode }),
  signIn: (token, remember) => {
    const trimmed = token.trim();
    writeSessionToken(remember ? trimmed : null);
    set({ token: trimmed, remember, tokenRejected: false });
  },
  signOut: () => {
    writeSessionToken(null);
    set({ token: null, remember: false, tokenRejected: false });
  },
  markUnauthorized: () => {
    if (get().tokenMode === 'pass-through') {
      writeSessionToken(null);
      set({ token: null, tokenRejected: true });
    } else if (!get().proxyCredentialRejected) {
      set({ proxyCredentialRejected: true });
    }
  },
  markAuthorized: () => {
    if (get().proxyCredentialRejected) set({ proxyCredentialRejected: false });
  },
}));

/** For the fetch wrapper: the token to send, if any (pass-through mode only). */
export function getAuthToken(): string | null {
  const { tokenMode, token } = useAuthStore.getState();
  return tokenMode === 'pass-through' ? token : null;
}

/** Polling stops while pass-through mode has no usable token. */
export const selectAuthBlocked = (s: AuthState) =>
  s.tokenMode === 'pass-through' && s.token === null;

export function resetAuthStore() {
  useAuthStore.setState(initialAuth());
}
