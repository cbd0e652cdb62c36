import DarkModeIcon from '@mui/icons-material/DarkMode';
import LightModeIcon from '@mui/icons-material/LightMode';
import SettingsBrightnessIcon from '@mui/icons-material/SettingsBrightness';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Tooltip from '@mui/material/Tooltip';
import { useAppStore } from '../../../stores/app-store.ts';
import type { ThemePreference } from '../../../stores/preferences-slice.ts';

const OPTIONS = [
  { value: 'light', label: 'Light theme', Icon: LightModeIcon },
  { value: 'system', label: 'System theme', Icon: SettingsBrightnessIcon },
  { value: 'dark', label: 'Dark theme', Icon: DarkModeIcon },
] as const;

export function ThemeToggle() {
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={theme}
      onChange={(_e, value: ThemePreference | null) => value && setTheme(value)}
      aria-label="Theme"
    >
      {OPTIONS.map(({ value, label, Icon }) => (
        <Tooltip key={value} title={label}>
          <ToggleButton value={value} aria-label={label}>
            <Icon fontSize="small" />
          </ToggleButton>
        </Tooltip>
      ))}
    </ToggleButtonGroup>
  );
}
