// The security policy of the static build: a strict Content-Security-Policy and the headers a
// reviewer expects of a static web app. The built index.html carries the policy in a <meta>
// (so it holds on any static host), `vite preview` sends it as headers, and whoever deploys
// dist/ should send `securityHeaders()` from their server too (README, "Security").
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * The one inline style the app allows: Cytoscape's renderer injects a <style> element with
 * exactly this rule into <head> (cytoscape.esm.mjs, BRp.init). Allowing its hash keeps
 * style-src free of 'unsafe-inline'; if Cytoscape ever changes the rule, the browser test
 * (tests/e2e/security.spec.ts) reports the violation. React's `style={…}` props and
 * Cytoscape's canvas sizing set styles through the CSSOM, which CSP does not restrict.
 */
export const CYTOSCAPE_INLINE_STYLE = '.__________cytoscape_container { position: relative; }';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The policy. `header` adds what a <meta> cannot carry (frame-ancestors). Beyond 'self':
 * connect-src https: for opening a graph from a URL (`?graph=https://…`); img-src data: blob:
 * for PNG/SVG export; worker-src blob: for layout workers. No 'unsafe-eval' (zod runs jitless,
 * src/domain/zodConfig.ts), no inline script.
 */
export function contentSecurityPolicy({ header }: { header: boolean }): string {
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' ${sha256(CYTOSCAPE_INLINE_STYLE)}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self' https:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    ...(header ? ["frame-ancestors 'none'"] : []),
  ];
  return directives.join('; ');
}

/** Headers for any server of the build: `vite preview`, and whoever deploys dist/. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy({ header: true }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // For browsers that predate frame-ancestors.
    'X-Frame-Options': 'DENY',
  };
}

/**
 * Puts the policy in the built page right after <meta charset>, before any script or
 * stylesheet it governs. Build only: the dev server's hot reload injects inline scripts and
 * styles, which this policy would block.
 */
export function cspMetaPlugin(): Plugin {
  const charset = /<meta charset="UTF-8" \/>/i;
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      if (!charset.test(html)) throw new Error('index.html: no <meta charset="UTF-8" /> to follow');
      const policy = contentSecurityPolicy({ header: false });
      const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
      return html.replace(charset, (found) => `${found}\n    ${meta}`);
    },
  };
}
