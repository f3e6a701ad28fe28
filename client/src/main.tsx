import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { QueryProvider } from './shared/api/QueryProvider';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html is missing #root');

createRoot(root).render(
  <StrictMode>
    {/* Above the app: App itself reads the chain list through the data layer. */}
    <QueryProvider>
      <App />
    </QueryProvider>
  </StrictMode>,
);
