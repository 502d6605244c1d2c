import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import AutoImport from 'unplugin-auto-import/vite'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

export default defineConfig({
  plugins: [
    vue(),
    // Element Plus on demand: components in templates and ElMessage/ElNotification in scripts bring their own CSS.
    AutoImport({ resolvers: [ElementPlusResolver()], dts: 'src/auto-imports.d.ts' }),
    Components({ resolvers: [ElementPlusResolver()], dts: 'src/components.d.ts' }),
  ],
  build: {
    // echarts is one lazily loaded chunk of the home page; it is large by nature.
    chunkSizeWarningLimit: 1100,
  },
  server: {
    // `npm run dev` next to a running client-app: its /config.js carries the runtime settings.
    proxy: { '/config.js': 'http://localhost:8080' },
  },
  test: {
    // Pure logic runs in Node; files that need a DOM say so with a @vitest-environment jsdom comment.
    environment: 'node',
    include: ['src/**/*.spec.ts'],
    // The first test of a file that routes or mounts pays for compiling Element Plus; CI machines are shared.
    testTimeout: 30000,
    server: { deps: { inline: ['element-plus'] } },
  },
})
