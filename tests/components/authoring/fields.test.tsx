// @vitest-environment jsdom
// The shared authoring fields: a labelled select over a vocabulary (grouped when groups are
// given, ungrouped options then left out as before) and a labelled input or textarea.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ChoiceField, TextField } from '../../../src/components/authoring/fields';

const TYPES = [
  { id: 'supplies', label: 'supplies', group: 'support' },
  { id: 'accuses', label: 'accuses', group: 'conflict' },
  { id: 'allies', label: 'allies with', group: 'support' },
];
const GROUPS = [
  { id: 'conflict', label: 'Conflict' },
  { id: 'support', label: 'Support' },
];

function Controlled(props: { groups?: typeof GROUPS }) {
  const [value, setValue] = useState('supplies');
  return (
    <>
      <ChoiceField
        label="Relation"
        value={value}
        onChange={setValue}
        options={TYPES}
        groups={props.groups}
      />
      <output>{value}</output>
    </>
  );
}

describe('ChoiceField', () => {
  it('lists the options under their groups, in the groups’ order, and reports the choice', async () => {
    render(<Controlled groups={GROUPS} />);
    const select = screen.getByRole('combobox', { name: 'Relation' });
    const groups = [...select.querySelectorAll('optgroup')].map((g) => [
      g.label,
      ...[...g.querySelectorAll('option')].map((o) => o.textContent),
    ]);
    expect(groups).toEqual([
      ['Conflict', 'accuses'],
      ['Support', 'supplies', 'allies with'],
    ]);
    await userEvent.selectOptions(select, 'allies with');
    expect(screen.getByRole('status')).toHaveTextContent('allies');
  });

  it('lists the options flat without groups', () => {
    render(<Controlled />);
    const select = screen.getByRole('combobox', { name: 'Relation' });
    expect(select.querySelector('optgroup')).toBeNull();
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'supplies',
      'accuses',
      'allies with',
    ]);
  });
});

describe('TextField', () => {
  it('is an input, or a textarea with rows, named by its label', async () => {
    const changes: string[] = [];
    render(
      <>
        <TextField label="Name" value="" onChange={(v) => changes.push(v)} />
        <TextField label="Summary" value="" onChange={() => {}} rows={2} />
      </>,
    );
    expect(screen.getByRole('textbox', { name: 'Summary' }).tagName).toBe('TEXTAREA');
    const name = screen.getByRole('textbox', { name: 'Name' });
    expect(name.tagName).toBe('INPUT');
    await userEvent.type(name, 'I');
    expect(changes).toEqual(['I']);
  });
});
