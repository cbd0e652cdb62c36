import MuiLink from '@mui/material/Link';
import { createLink } from '@tanstack/react-router';

/** A router link drawn as a MUI Link, so it takes its colours (and contrast) from the theme. */
export const AppLink = createLink(MuiLink);
