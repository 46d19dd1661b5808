import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { chooseHost } from './host/choose-host';
import { App } from './ui/app';
import { HostContext } from './ui/host-context';
import './ui/styles.css';

const host = chooseHost();
const root = document.getElementById('root');
if (!root) throw new Error('index.html lost its #root element');
createRoot(root).render(
  <StrictMode>
    <HostContext value={host}>
      <App />
    </HostContext>
  </StrictMode>,
);
