// Adds toBeInTheDocument() & co. to vitest's expect (and its types).
import '@testing-library/jest-dom/vitest';
import { cleanup, configure, type RenderHookOptions, type RenderOptions } from '@testing-library/react';
import { createElement, type ComponentType, type ReactElement, type ReactNode } from 'react';
import { afterEach, vi } from 'vitest';

// findBy*/waitFor give up after 1 s by default; on a busy 2-core machine a stubbed answer can take
// longer to render. A wider window changes nothing when a test passes and only delays a real failure.
configure({ asyncUtilTimeout: 5000 });

// Without vitest globals, Testing Library cannot register its own cleanup. The test files share
// one window per worker (vite.config.ts: `projects`), so what a test stored (a session token, the
// language) or navigated to is cleared too: each test starts from a clean slate.
afterEach(() => {
  cleanup();
  // Not in the files that run in Node (`@vitest-environment node`).
  if (typeof window === 'undefined') return;
  localStorage.clear();
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

// Components read data through TanStack Query, which needs a client above them: every render
// in a test gets a fresh one (as the app has one), so no answer is cached from test to test.
vi.mock('@testing-library/react', async (importOriginal) => {
  const rtl = await importOriginal<typeof import('@testing-library/react')>();
  const { QueryProvider } = await import('../shared/api/QueryProvider');
  const withQueries = (Inner?: ComponentType<{ children: ReactNode }>) =>
    function Wrapper({ children }: { children: ReactNode }) {
      return createElement(QueryProvider, null, Inner ? createElement(Inner, null, children) : children);
    };
  return {
    ...rtl,
    render: ((ui: ReactElement, options?: RenderOptions) =>
      rtl.render(ui, {
        ...options,
        wrapper: withQueries(options?.wrapper as ComponentType<{ children: ReactNode }> | undefined),
      })) as typeof rtl.render,
    renderHook: ((hook: (props: unknown) => unknown, options?: RenderHookOptions<unknown>) =>
      rtl.renderHook(hook, {
        ...options,
        wrapper: withQueries(options?.wrapper as ComponentType<{ children: ReactNode }> | undefined),
      })) as typeof rtl.renderHook,
  };
});
