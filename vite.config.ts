import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The Content-Security-Policy of the built app. Added at build time only: the dev server needs inline
 * scripts and a websocket for hot reload. recharts sets inline style attributes, hence style-src-attr.
 * worker-src: the bars Web Worker and the service worker, both same-origin files; manifest-src: the web
 * manifest. The service worker's own fetches (precaching the app's files) are not the page's: connect-src
 * stays 'none'.
 */
const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

function cspMetaTag(): Plugin {
  return {
    name: 'riskdesk-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Offline and installable: a generated service worker precaches every built file (the lazily loaded
 * chunks and the bars worker included), so after the first visit every section works offline, reloads
 * included. main.tsx registers it (`virtual:pwa-register`), never an inline script, which the CSP would block.
 */
const pwa = VitePWA({
  strategies: 'generateSW',
  registerType: 'autoUpdate',
  injectRegister: false,
  // The icons are in globPatterns already (listing them twice would precache them twice).
  includeManifestIcons: false,
  manifest: {
    name: 'RiskDesk',
    short_name: 'RiskDesk',
    description: 'Position sizing and risk for US equity index futures, entirely in your browser.',
    id: './',
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: '#1f4e79',
    background_color: '#f6f7f9',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // Every built file; the plugin adds the web manifest itself.
    globPatterns: ['**/*.{js,css,html,svg,png}'],
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    // autoUpdate: a new version takes over at once, and the first visit is controlled without a reload
    // (the plugin sets these itself only when it injects the registration).
    skipWaiting: true,
    clientsClaim: true,
  },
});

export default defineConfig({
  base: './',
  plugins: [react(), cspMetaTag(), pwa],
  // The manifest tells the browser bench which chunks the first paint needs (scripts/benchBrowser.ts).
  build: { target: 'es2022', sourcemap: false, manifest: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          include: ['src/core/**/*.test.ts', 'tests/golden/**/*.test.ts', 'tests/property/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'happy-dom',
          include: ['src/**/*.test.tsx', 'src/store/**/*.test.ts'],
          setupFiles: ['tests/setupDom.ts'],
        },
      },
    ],
  },
});
