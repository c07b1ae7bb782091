import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { db } from '@/lib/db/instance';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App db={db} />
  </StrictMode>,
);
