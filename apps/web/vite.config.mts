import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

export default defineConfig({
  root,
  plugins: [react()],
  resolve: {
    alias: {
      '@hashidari/contracts': resolve(root, '../../libs/shared/contracts/src/index.ts'),
      '@hashidari/domain-core': resolve(root, '../../libs/domain/core/src/index.ts'),
    },
  },
  build: {
    outDir: resolve(root, '../../dist/web'),
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    port: 4200,
    proxy: { '/api': 'http://localhost:3000' },
  },
  preview: {
    port: 4300,
    proxy: { '/api': 'http://localhost:3000' },
  },
});
