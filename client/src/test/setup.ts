// Adds toBeInTheDocument() & co. to vitest's expect (and its types).
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy*/waitFor give up after 1 s by default; on a busy 2-core machine a stubbed answer can take
// longer to render. A wider window changes nothing when a test passes and only delays a real failure.
configure({ asyncUtilTimeout: 5000 });

// Without vitest globals, Testing Library cannot register its own cleanup.
afterEach(() => cleanup());
