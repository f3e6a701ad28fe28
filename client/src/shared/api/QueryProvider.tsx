import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { connectQueryClient, createQueryClient } from './query';

/** One query client per app (or per test render): no cache is shared between two of them. */
export function QueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(createQueryClient);
  useEffect(() => connectQueryClient(client), [client]);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
