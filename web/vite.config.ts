import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The agent console. `npm run build:web` writes web/dist, which the Amends server serves. */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    // `npm run dev:web` beside `npm start`: the API stays same-origin for cookies and CSRF.
    proxy: {
      '/api': 'http://localhost:3000',
      '/healthz': 'http://localhost:3000',
    },
  },
});
