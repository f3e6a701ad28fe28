import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getSessionToken, setSessionToken } from '../../shared/api/session-token';
import { SessionProvider } from './use-session';
import { I18nProvider } from '../../shared/i18n/context';
import { admin, graphqlError, operations, stubGraphql } from '../../test/shell-fixtures';
import { SignInDialog, UserMenu } from './SignIn';

function renderMenu() {
  render(
    <I18nProvider lang="zh">
      <SessionProvider>
        <UserMenu />
        <SignInDialog />
      </SessionProvider>
    </I18nProvider>,
  );
}

async function signInWith(username: string, password: string) {
  fireEvent.click(screen.getByRole('button', { name: '登录' }));
  const dialog = await screen.findByRole('dialog', { name: '登录产业链图谱' });
  expect(screen.getByLabelText('用户名')).toHaveFocus();
  fireEvent.change(screen.getByLabelText('用户名'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('密码'), { target: { value: password } });
  fireEvent.submit(dialog.querySelector('form')!);
  return dialog;
}

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('sign-in', () => {
  it('signs in, stores the session and shows the user with their role', async () => {
    const fetchMock = stubGraphql({
      SignIn: (v) => {
        expect(v).toEqual({ username: 'admin', password: 'secret' });
        return { signIn: { token: 'tok-1', expiresAt: '2030-01-01T00:00:00Z', me: admin } };
      },
    });
    renderMenu();
    await signInWith(' admin ', 'secret');

    expect(await screen.findByRole('group', { name: '当前用户' })).toHaveTextContent('admin管理员');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(getSessionToken()).toBe('tok-1');
    // The session change refetches `me` after the dialog closed: wait for that request too.
    await waitFor(() => expect(operations(fetchMock)).toEqual(['SignIn', 'Me']));
  });

  it('says "wrong username or password" and keeps the dialog open', async () => {
    stubGraphql({ SignIn: () => graphqlError('UNAUTHENTICATED', 'Wrong username or password.') });
    renderMenu();
    const dialog = await signInWith('admin', 'nope');
    expect(await screen.findByRole('alert')).toHaveTextContent('用户名或密码错误。');
    expect(dialog).toBeInTheDocument();
    expect(getSessionToken()).toBeNull();
  });

  it('explains the rate limit after too many failures', async () => {
    stubGraphql({ SignIn: () => graphqlError('RATE_LIMITED', 'Too many failed sign-ins') });
    renderMenu();
    await signInWith('admin', 'nope');
    expect(await screen.findByRole('alert')).toHaveTextContent('登录失败次数过多，请稍后再试。');
  });

  it('Escape and Cancel close the dialog', async () => {
    stubGraphql({});
    renderMenu();
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    fireEvent.keyDown(await screen.findByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    fireEvent.click(await screen.findByRole('button', { name: '取消' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('keeps Tab inside the dialog and gives focus back to the opener when it closes', async () => {
    stubGraphql({});
    renderMenu();
    const opener = screen.getByRole('button', { name: '登录' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = await screen.findByRole('dialog');
    const submit = screen.getAllByRole('button', { name: '登录' }).find((el) => dialog.contains(el))!;
    submit.focus();
    fireEvent.keyDown(submit, { key: 'Tab' });
    expect(screen.getByLabelText('用户名')).toHaveFocus();
    fireEvent.keyDown(screen.getByLabelText('用户名'), { key: 'Tab', shiftKey: true });
    expect(submit).toHaveFocus();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.getByRole('button', { name: '登录' })).toHaveFocus();
  });

  it('restores a stored session, and signing out ends it on the server and here', async () => {
    setSessionToken('tok-2');
    const fetchMock = stubGraphql({ Me: () => ({ me: admin }), SignOut: () => ({ signOut: true }) });
    renderMenu();
    expect(await screen.findByText('admin')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: '退出登录' }));
    expect(await screen.findByRole('button', { name: '登录' })).toBeInTheDocument();
    expect(getSessionToken()).toBeNull();
    await waitFor(() => expect(operations(fetchMock)).toEqual(['Me', 'SignOut']));
    const signOutCall = fetchMock.mock.calls[1]![1];
    expect(new Headers(signOutCall.headers).get('authorization')).toBe('Bearer tok-2');
  });

  it('drops a stored token the server no longer accepts', async () => {
    setSessionToken('expired');
    stubGraphql({ Me: () => graphqlError('UNAUTHENTICATED') });
    renderMenu();
    await waitFor(() => expect(getSessionToken()).toBeNull());
    expect(screen.getByRole('button', { name: '登录' })).toBeInTheDocument();
  });
});
