/**
 * The single file to hand out: dist-single/resan.html holds all the JavaScript and CSS, so
 * that it works opened from disk (file://) with no server and no network. Its
 * Content-Security-Policy allows exactly the inline script and style it carries (by their
 * SHA-256), no eval, and nothing from anywhere else.
 */
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function inlineOf(html: string, tag: 'script' | 'style'): string[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]);
}

/** After inlining: the policy for what the file carries, and the file's name. */
function singleFilePolicy(): Plugin {
  return {
    name: 'resan-single-file-policy',
    enforce: 'post',
    apply: 'build',
    // After the single-file plugin has inlined the script and the style.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (!page || page.type !== 'asset') throw new Error('resan-single-file-policy: no index.html');
        const html = String(page.source);
        const csp = [
          "default-src 'none'",
          `script-src ${inlineOf(html, 'script').map(hash).join(' ')}`,
          `style-src ${inlineOf(html, 'style').map(hash).join(' ')}`,
          'img-src data: blob:',
          "connect-src 'none'",
          "worker-src 'none'",
          "object-src 'none'",
          "base-uri 'none'",
          "form-action 'none'",
        ].join('; ');
        // The cohort worker cannot start from file:// (the policy forbids it too): its work runs in the page.
        for (const name of Object.keys(bundle)) delete bundle[name];
        this.emitFile({
          type: 'asset',
          fileName: 'resan.html',
          source: html.replace(
            '<meta charset="UTF-8" />',
            `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
          ),
        });
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), viteSingleFile({ removeViteModuleLoader: true }), singleFilePolicy()],
  base: './',
  build: { outDir: 'dist-single', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 2000 },
});
