/// <reference types="vitest/config" />
import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { defineConfig } from 'vite';
import { lessonsPlugin } from './src/content/lessons-plugin.ts';

const testing = Boolean(process.env.VITEST);
const lessonsDir = process.env.SERVEWELL_LESSONS ?? (testing ? 'tests/fixtures/lessons' : 'lessons');

export default defineConfig({
  base: process.env.SERVEWELL_BASE ?? '/',
  plugins: [
    lessonsPlugin({ dir: lessonsDir }),
    { enforce: 'pre', ...mdx({ remarkPlugins: [remarkFrontmatter, remarkGfm] }) },
    react({ include: /\.(mdx|tsx|ts)$/ }),
  ],
  build: {
    manifest: true,
    target: 'es2022',
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['tests/setup/vitest.setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'lessons/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
