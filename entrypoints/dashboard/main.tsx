import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { db } from '@/lib/db/instance';
import { createDb, DB_NAME } from '@/lib/db/schema';
import { App } from './App';
import './style.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App db={db} openStrictDb={() => createDb(DB_NAME, undefined, { durability: 'strict' })} />
  </StrictMode>,
);
