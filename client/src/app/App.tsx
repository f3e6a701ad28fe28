import { RouterProvider } from '@tanstack/react-router';
import { useState } from 'react';
import { AppOptionsContext, type AppOptions } from './app-options';
import { createAppRouter } from './router';

export type AppProps = AppOptions;

/** The app: its router (one per mount, on the browser's history) and the options its views read. */
export function App({ headless = false, onGraph }: AppProps) {
  const [router] = useState(createAppRouter);
  return (
    <AppOptionsContext.Provider value={{ headless, onGraph }}>
      <RouterProvider router={router} />
    </AppOptionsContext.Provider>
  );
}
