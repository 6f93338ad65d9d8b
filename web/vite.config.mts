import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** Where `npm run dev` sends API calls: the Node server started with `npm start` (or API_URL). */
const api = process.env.API_URL ?? 'http://localhost:4000';

export default defineConfig({
  root: import.meta.dirname,
  // JSX through Vite's own transformer (no Babel): the automatic runtime of React.
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    // The query explorer is a second page with its own bundle, loaded only at GET /graphql.
    rollupOptions: {
      input: {
        app: resolve(import.meta.dirname, 'index.html'),
        explorer: resolve(import.meta.dirname, 'explorer.html'),
      },
      // GraphiQL's dependencies mark files "use client" for server frameworks; meaningless in a plain bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
    chunkSizeWarningLimit: 4000,
  },
  server: {
    port: Number(process.env.WEB_PORT ?? 5173),
    proxy: {
      '/graphql': { target: api, changeOrigin: false },
      '/export': { target: api, changeOrigin: false },
      '/healthz': { target: api, changeOrigin: false },
    },
  },
});
