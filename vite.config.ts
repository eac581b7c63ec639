import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

const backend = `http://localhost:${process.env.PORT ?? 3000}`;

export default defineConfig({
  plugins: [sveltekit()],
  server: {
    // In development the SvelteKit dev server proxies the realtime and REST traffic to the
    // Express process (`npm run serve`), so the browser still sees one origin.
    port: 5173,
    proxy: {
      '/socket.io': { target: backend, ws: true },
      '/api': backend,
      '/healthz': backend,
    },
  },
});
