import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ out: 'build' }),
    files: {
      src: 'web',
      routes: 'web/routes',
      lib: 'web/lib',
      appTemplate: 'web/app.html',
      assets: 'web/static',
      hooks: { client: 'web/hooks.client', server: 'web/hooks.server', universal: 'web/hooks' },
    },
    alias: { $shared: 'shared' },
  },
};

export default config;
