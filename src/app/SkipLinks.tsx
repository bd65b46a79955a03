// Links that let a keyboard user jump past the legend's checkboxes and the article's many
// highlights. They move focus directly instead of changing the URL hash, which belongs to
// the selection (see useHashSync).
export function SkipLinks({
  targets,
}: {
  targets: readonly (readonly [id: string, text: string])[];
}) {
  return (
    <nav className="skip-links" aria-label="Skip links">
      {targets.map(([id, text]) => (
        <a
          key={id}
          href={`#${id}`}
          onClick={(event) => {
            const target = document.getElementById(id);
            if (!target) return;
            event.preventDefault();
            target.focus();
          }}
        >
          {text}
        </a>
      ))}
    </nav>
  );
}
