// Whether this browser draws WebGL on a real GPU. Cytoscape's WebGL renderer wins only
// there: on a software rasteriser (SwiftShader, llvmpipe — headless Chromium, machines
// without a GPU, some VMs) every frame and every hit-test (it renders a picking buffer and
// reads it back) costs several times what the 2D canvas does. Chromium does not refuse a
// SwiftShader context for `failIfMajorPerformanceCaveat`, so the renderer's name decides.
import { gpuOfRenderer, type Gpu } from '../domain/levelOfDetail';

let known: Gpu | undefined;

export function detectGpu(): Gpu {
  if (known) return known;
  known = 'software';
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl', { failIfMajorPerformanceCaveat: true });
    if (gl) {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const name: unknown = gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER);
      known = gpuOfRenderer(typeof name === 'string' ? name : null);
      // Give the context back at once: browsers cap how many may be alive.
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    // No WebGL at all (or a browser that throws): the 2D canvas draws everything.
  }
  return known;
}
