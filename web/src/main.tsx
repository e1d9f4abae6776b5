import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
// The console's first stylesheet, split along the screens; imported after App so these rules come last
// in the bundle, after the screens' own files (web/src/styles/*.css), as the single file did.
import './styles/base/base.css';
import './styles/base/forms.css';
import './styles/base/header.css';
import './styles/base/page.css';
import './styles/base/login.css';
import './styles/base/inbox.css';
import './styles/base/badges.css';
import './styles/base/case.css';
import './styles/base/new-case.css';
import './styles/base/feedback.css';
import './styles/base/blasts-and-outbox.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
