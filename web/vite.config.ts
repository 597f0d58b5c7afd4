import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    react(),
    // One installable citizen app: a manifest, and a service worker (Workbox) that keeps the shell and the
    // citizen's recent dossiers and lookups readable offline.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script',
      manifest: {
        name: 'Cổng dịch vụ công — Tỉnh Số', short_name: 'Dịch vụ công', lang: 'vi', dir: 'ltr',
        description: 'Tra cứu thủ tục, nộp hồ sơ trực tuyến, nộp phí, đặt lịch hẹn, theo dõi hồ sơ.',
        start_url: '/', scope: '/', display: 'standalone', background_color: '#ffffff', theme_color: '#b71c1c',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        shortcuts: [
          { name: 'Tra cứu hồ sơ', url: '/tra-cuu' },
          { name: 'Hồ sơ của tôi', url: '/ho-so-cua-toi' },
          { name: 'Lịch hẹn', url: '/lich-hen' },
          { name: 'Phản ánh kiến nghị', url: '/phan-anh/gui' },
        ],
      },
      workbox: {
        navigateFallback: '/index.html',
        // Server pages (sign-in with the e-ID, the OpenID provider) and the API are never answered by the shell.
        navigateFallbackDenylist: [/^\/api\//, /^\/oidc/, /^\/metrics/, /^\/healthz/],
        // The shell and the citizen's pages ahead of time; the officers' screens (Ant Design) only once opened.
        globPatterns: [
          'index.html', 'manifest.webmanifest', 'icons/*.png', 'assets/index-*.{js,css}', 'assets/{i18n,client,kit}-*.js',
          'assets/{HomePage,LookupPage,MyDossiersPage,DossierPage,LoginPage,BookingPage,ProcedurePage,NotFoundPage,SecurityPage}-*.js',
        ],
        runtimeCaching: [{
          // Content-named files never change: kept once fetched.
          urlPattern: ({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/assets/'),
          handler: 'CacheFirst',
          options: { cacheName: 'tinhso-assets', expiration: { maxEntries: 300, maxAgeSeconds: 365 * 24 * 3600 } },
        }, {
          // What the citizen looked at, kept for when the network is gone (cleared at sign-out).
          urlPattern: ({ url, request }) => request.method === 'GET' && url.origin === self.location.origin
            && /^\/api\/(auth\/me|my\/dossiers|my\/appointments|dossiers\/\d+$|public\/dossiers|procedures)/.test(url.pathname),
          handler: 'NetworkFirst',
          options: { cacheName: 'tinhso-api', networkTimeoutSeconds: 5, expiration: { maxEntries: 200, maxAgeSeconds: 14 * 24 * 3600 } },
        }],
      },
    }),
  ],
  server: { proxy: { '/api': 'http://localhost:3000' } },
  build: { chunkSizeWarningLimit: 2000 },
  test: { include: ['src/**/*.test.ts'] },
} as never);
