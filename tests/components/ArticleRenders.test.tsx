// @vitest-environment jsdom
// The reader renders long texts without re-rendering on every hover: hovering a mark, or
// an entity on the canvas, re-renders only the marks whose look changes, never the whole
// text. Renders are counted by wrapping the real components.
import { act, screen } from '@testing-library/react';
import { memo, type FunctionComponent } from 'react';
import { ArticleReader } from '../../src/components';
import { renderWithStore } from './renderWithStore';

const renders = vi.hoisted(() => ({ text: 0, marks: [] as string[] }));

type Inner<P> = { type: FunctionComponent<P> };
vi.mock('../../src/components/article/ArticleText', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../src/components/article/ArticleText')>();
  type P = Parameters<typeof mod.ArticleText>[0];
  const inner = (mod.ArticleText as unknown as Inner<P>).type;
  const Counted = memo(function Counted(props: P) {
    renders.text++;
    return inner(props);
  });
  return { ...mod, ArticleText: Counted };
});
vi.mock('../../src/components/article/EvidenceMark', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../src/components/article/EvidenceMark')>();
  type P = Parameters<typeof mod.EvidenceMark>[0];
  const inner = (mod.EvidenceMark as unknown as Inner<P>).type;
  const Counted = memo(function Counted(props: P) {
    renders.marks.push(props.piece.text);
    return inner(props);
  });
  return { ...mod, EvidenceMark: Counted };
});

beforeEach(() => {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue({
    top: 0,
    bottom: 20,
    height: 20,
    left: 0,
    right: 300,
    width: 300,
  } as DOMRect);
});
afterEach(() => vi.restoreAllMocks());

function reset() {
  renders.text = 0;
  renders.marks = [];
}

describe('ArticleReader renders', () => {
  it('re-renders no part of the text when the canvas hovers an entity, only its marks', () => {
    const { store } = renderWithStore(<ArticleReader />);
    expect(renders.text).toBeGreaterThan(0); // the counters do count
    reset();
    act(() => store.getState().setHover({ kind: 'node', id: 'iran' }));
    expect(renders.text).toBe(0);
    expect(renders.marks).toEqual(['Iran reportedly supplied Russia with drones']);
    reset();
    act(() => store.getState().setHover(null));
    expect(renders.text).toBe(0);
    expect(renders.marks).toEqual(['Iran reportedly supplied Russia with drones']);
  });

  it('hovering a mark re-renders that mark (and what it lights up), not the text', async () => {
    const { user } = renderWithStore(<ArticleReader />);
    reset();
    await user.hover(screen.getByRole('button', { name: /^Putin leads Russia — / }));
    expect(screen.getByRole('tooltip')).toHaveTextContent('Vladimir Putin');
    expect(renders.text).toBe(0);
    // the hovered mark: once for its preview, once for the hover it sets
    expect(new Set(renders.marks)).toEqual(new Set(['Putin leads Russia']));
    expect(renders.marks.length).toBeLessThanOrEqual(2);
  });

  it('a selection re-renders only the marks whose look or click it changes', () => {
    const { store } = renderWithStore(<ArticleReader />);
    reset();
    act(() => store.getState().selectRelation('us-accuses-iran'));
    expect(renders.text).toBe(0);
    expect(renders.marks.sort()).toEqual(
      [
        // the selection's passage, in three runs
        'The U.S. ',
        'accused Iran',
        ' of sending missiles',
        // Iran and the drones: with Iran's accuser selected, Iran is on show already, so a
        // click now goes straight to the drones (no menu any more)
        'Iran reportedly supplied Russia with drones',
      ].sort(),
    );
  });
});
