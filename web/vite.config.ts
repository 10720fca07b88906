import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The API server serves web/dist on the same origin, so the app always calls a relative /graphql;
// in development Vite forwards that path to the API.
const webRoot = fileURLToPath(new URL('.', import.meta.url));

function vendorChunk(id: string): string | undefined {
  if (!id.includes('node_modules')) return undefined;
  if (/[\\/](react|react-dom|scheduler)[\\/]/.test(id)) return 'react';
  if (/[\\/](cytoscape-fcose|cose-base|layout-base)[\\/]/.test(id)) return 'fcose';
  if (/[\\/]cytoscape[\\/]/.test(id)) return 'cytoscape';
  return undefined;
}

export default defineConfig({
  root: webRoot,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      // Vendors in their own chunks: they change less often than the app, so stay cached.
      output: { manualChunks: vendorChunk },
    },
  },
  // Vite's built-in esbuild transform handles JSX; no React plugin needed.
  esbuild: { jsx: 'automatic' },
  server: {
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
});
