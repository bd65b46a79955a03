// "Dark mode": a toggle button (an icon with its name and a tooltip). Until it is used,
// the system setting decides.
import { MoonIcon } from './icons';
import { useAppStore } from '../../store/StoreProvider';

export function ThemeToggle() {
  const theme = useAppStore((s) => s.theme);
  const chooseTheme = useAppStore((s) => s.chooseTheme);
  return (
    <button
      type="button"
      className="theme-toggle view-toolbar__icon"
      aria-label="Dark mode"
      title="Dark mode"
      aria-pressed={theme === 'dark'}
      onClick={() => chooseTheme(theme === 'dark' ? 'light' : 'dark')}
    >
      <MoonIcon />
    </button>
  );
}
