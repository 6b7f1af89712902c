import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

// The production server: one ESM file with dependencies left in node_modules.
export default defineConfig({
  build: {
    ssr: fileURLToPath(new URL('./main.ts', import.meta.url)),
    outDir: fileURLToPath(new URL('../dist/server', import.meta.url)),
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rollupOptions: { output: { entryFileNames: 'main.js' } },
  },
})
