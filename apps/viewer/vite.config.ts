import { defineConfig } from 'vite';
import { lokusData } from './dataPlugin.ts';

export default defineConfig({
  plugins: [lokusData()],
  worker: { format: 'es' },
  build: { chunkSizeWarningLimit: 2000 },
});
