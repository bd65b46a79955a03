// "Dark mode": a toggle button. Until it is used, the system setting decides.
import { useAppStore } from '../../store/StoreProvider';

export function ThemeToggle() {
  const theme = useAppStore((s) => s.theme);
  const chooseTheme = useAppStore((s) => s.chooseTheme);
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-pressed={theme === 'dark'}
      onClick={() => chooseTheme(theme === 'dark' ? 'light' : 'dark')}
    >
      Dark mode
    </button>
  );
}
