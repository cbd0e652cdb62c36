import { create } from 'zustand';

interface SignInDialogState {
  /** Opened by hand from the header or an alert. */
  requested: boolean;
  /** The operator closed the automatic prompt; the header's Sign in button stays. */
  dismissed: boolean;
  open: () => void;
  dismiss: () => void;
  reset: () => void;
}

export const useSignInDialog = create<SignInDialogState>()((set) => ({
  requested: false,
  dismissed: false,
  open: () => set({ requested: true }),
  dismiss: () => set({ requested: false, dismissed: true }),
  reset: () => set({ requested: false, dismissed: false }),
}));
