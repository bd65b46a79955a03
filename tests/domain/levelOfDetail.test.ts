import {
  FULL_DETAIL_MAX,
  SMALL_MIN_ZOOM,
  WEBGL_MIN,
  drawPlan,
  gpuOfRenderer,
} from '../../src/domain/levelOfDetail';

describe('drawPlan', () => {
  it('draws the bundled graph in full, on the 2D canvas', () => {
    expect(drawPlan(28, 63)).toEqual({
      webgl: false,
      textureOnViewport: false,
      hideEdgesOnViewport: false,
      hideLabelsOnViewport: false,
      straightEdges: false,
      plainLines: false,
      edgesOnLayer: false,
      highlightOnOverlay: false,
      namedAtScreenSize: false,
      arrows: true,
      nodeLabels: true,
      nodeLabelMinPx: 6,
      minZoom: SMALL_MIN_ZOOM,
    });
  });

  it('takes detail away while the view moves past the full-detail size', () => {
    const plan = drawPlan(300, FULL_DETAIL_MAX);
    expect(plan.webgl).toBe(false);
    expect(plan.textureOnViewport).toBe(true);
    expect(plan.hideLabelsOnViewport).toBe(true);
    expect(plan.straightEdges).toBe(true);
    expect(plan.arrows).toBe(true);
    expect(plan.nodeLabels).toBe(true);
  });

  it('switches to WebGL, dots and plain lines for thousands of elements on a GPU', () => {
    const plan = drawPlan(1000, WEBGL_MIN - 1000, 'hardware');
    expect(plan.webgl).toBe(true);
    // WebGL draws thousands of relations fast itself.
    expect(plan.edgesOnLayer).toBe(false);
    expect(plan.textureOnViewport).toBe(false);
    expect(plan.arrows).toBe(false);
    expect(plan.plainLines).toBe(true);
    expect(plan.nodeLabels).toBe(false);
  });

  it('keeps the 2D canvas for thousands of elements without a GPU, moving a bitmap while panning', () => {
    const plan = drawPlan(1000, WEBGL_MIN - 1000, 'software');
    expect(plan.webgl).toBe(false);
    expect(plan.edgesOnLayer).toBe(true);
    expect(drawPlan(300, FULL_DETAIL_MAX, 'software').edgesOnLayer).toBe(false);
    expect(plan.textureOnViewport).toBe(true);
    expect(plan.hideEdgesOnViewport).toBe(true);
    expect(plan.plainLines).toBe(true);
    expect(plan.nodeLabels).toBe(false);
  });

  it('never uses WebGL for a small graph, even on a GPU', () => {
    expect(drawPlan(300, FULL_DETAIL_MAX, 'hardware').webgl).toBe(false);
    expect(drawPlan(28, 63, 'hardware').plainLines).toBe(false);
  });

  it('lets the reader zoom out far enough to see a big graph whole', () => {
    expect(drawPlan(20000, 80000).minZoom).toBeLessThan(0.02);
    expect(drawPlan(1000, 4000).minZoom).toBeLessThan(SMALL_MIN_ZOOM);
  });
});

describe('gpuOfRenderer', () => {
  it('recognises software rasterisers by their WebGL renderer names', () => {
    expect(
      gpuOfRenderer(
        'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      ),
    ).toBe('software');
    expect(gpuOfRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe('software');
    expect(gpuOfRenderer('ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11)')).toBe(
      'software',
    );
    expect(gpuOfRenderer(null)).toBe('software');
  });

  it('takes a named GPU for hardware', () => {
    expect(gpuOfRenderer('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)')).toBe(
      'hardware',
    );
    expect(gpuOfRenderer('Apple M2')).toBe('hardware');
  });
});
