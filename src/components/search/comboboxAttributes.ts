// The attributes every text box that opens a list of suggestions carries (ARIA 1.2
// combobox pattern): the main search and the path pickers spread the same set, so the two
// cannot drift apart in what a screen reader is told.
export function comboboxAttributes(listId: string, expanded: boolean, activeId?: string) {
  return {
    className: 'search-box__input',
    type: 'text',
    role: 'combobox',
    autoComplete: 'off',
    spellCheck: false,
    'aria-autocomplete': 'list',
    'aria-expanded': expanded,
    'aria-controls': listId,
    'aria-activedescendant': expanded ? activeId : undefined,
  } as const;
}
