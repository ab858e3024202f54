import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { Link, Outlet } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../test/utils';
import { UnsavedWarningHost, useUnsavedWarning } from './use-unsaved-warning';

function Editor() {
  const [text, setText] = useState('');
  useUnsavedWarning(text !== '');
  return (
    <>
      <textarea data-testid="text" value={text} onChange={(e) => setText(e.currentTarget.value)} />
      <button type="button" onClick={() => setText('')} data-testid="save">
        save
      </button>
      <Link to="/other" data-testid="away">
        away
      </Link>
    </>
  );
}

const routes = [
  {
    element: (
      <>
        <Outlet />
        <UnsavedWarningHost />
      </>
    ),
    children: [
      { path: '/edit', element: <Editor /> },
      { path: '/other', element: <p data-testid="other">other</p> },
    ],
  },
];

describe('useUnsavedWarning', () => {
  it('when nothing is typed, then leaving goes through without asking', async () => {
    const { router } = renderRoutes(routes, '/edit');
    fireEvent.click(await screen.findByTestId('away'));
    await screen.findByTestId('other');
    expect(router.state.location.pathname).toBe('/other');
    expect(screen.queryByTestId('unsaved-warning')).toBeNull();
  });

  it('when unsaved text is left, then "Tinggalkan halaman?" asks; Stay keeps the text, Leave goes', async () => {
    const { router } = renderRoutes(routes, '/edit');
    fireEvent.change(await screen.findByTestId('text'), { target: { value: 'Ketikan saya' } });
    fireEvent.click(screen.getByTestId('away'));

    expect((await screen.findByTestId('unsaved-warning')).textContent).toBe(
      'Teks yang belum disimpan akan hilang.',
    );
    expect(screen.getByText('Tinggalkan halaman?')).toBeTruthy();
    fireEvent.click(screen.getByTestId('unsaved-stay'));
    await waitFor(() => expect(screen.queryByTestId('unsaved-warning')).toBeNull());
    expect(router.state.location.pathname).toBe('/edit');
    expect((screen.getByTestId('text') as HTMLTextAreaElement).value).toBe('Ketikan saya');

    fireEvent.click(screen.getByTestId('away'));
    fireEvent.click(await screen.findByTestId('unsaved-leave'));
    await screen.findByTestId('other');
    expect(router.state.location.pathname).toBe('/other');
  });

  it('when the text is saved, then leaving no longer asks and the browser prompt is gone', async () => {
    renderRoutes(routes, '/edit');
    fireEvent.change(await screen.findByTestId('text'), { target: { value: 'x' } });
    const before = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(before);
    expect(before.defaultPrevented).toBe(true);

    fireEvent.click(screen.getByTestId('save'));
    const after = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(after);
    expect(after.defaultPrevented).toBe(false);
    fireEvent.click(screen.getByTestId('away'));
    await screen.findByTestId('other');
    expect(screen.queryByTestId('unsaved-warning')).toBeNull();
  });
});
