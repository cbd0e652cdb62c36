import { Component, type ErrorInfo, type ReactNode } from 'react';
import Typography from '@mui/material/Typography';

interface Props {
  name: string;
  children: ReactNode;
}

/** Garbage in one row never blanks the board: the row says it could not be shown. */
export class RowErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`Row ${this.props.name} failed to render`, error, info.componentStack);
  }

  override render() {
    if (this.state.failed) {
      return (
        <Typography role="alert" variant="body2" color="error" sx={{ px: 2, py: 1.5 }}>
          {this.props.name}: this row could not be shown.
        </Typography>
      );
    }
    return this.props.children;
  }
}
