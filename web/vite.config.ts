import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { mantineStyles } from './mantine-styles.ts';
import { openingPages } from './opening-pages.ts';
import { precompress } from './precompress.ts';
import { worldMap } from './world-map.ts';

export default defineConfig({
  root: import.meta.dirname,
  // For the weight of a first visit on a slow link (ADR 0029): mantineStyles, only the CSS of
  // the Mantine components the app uses; worldMap, lighter world outlines for the maps;
  // openingPages, the pages the server opens the app with (in the reader's language, its words
  // and the code of the page opened preloaded: for each, its module as App.tsx loads it);
  // precompress, .br and .gz beside each built file, which the server sends as they are.
  plugins: [
    mantineStyles(resolve(import.meta.dirname, 'src')),
    worldMap(),
    react(),
    openingPages({ home: 'src/scenes/home/HomeScene.tsx', coverage: 'src/scenes/coverage/CoverageScene.tsx' }),
    precompress(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Source maps stay out of the served bundle.
    sourcemap: false,
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
