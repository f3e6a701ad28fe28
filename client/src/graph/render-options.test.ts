import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaults } from './defaults';

// create-graph.ts probes WebGL once per page: a fresh module per test.
async function load() {
  vi.resetModules();
  return import('./create-graph');
}

/** A WebGL2 context whose (unmasked) renderer string is `name`. */
function fakeWebgl(name: string | null) {
  const info = { UNMASKED_RENDERER_WEBGL: 0x9246 };
  const gl = {
    RENDERER: 0x1f01,
    getExtension: (ext: string) => (ext === 'WEBGL_debug_renderer_info' ? info : null),
    getParameter: () => name,
  };
  return vi
    .spyOn(HTMLCanvasElement.prototype, 'getContext')
    .mockImplementation(((type: string) => (type === 'webgl2' && name !== null ? gl : null)) as never);
}

const { bigGraphElements, webglElements } = defaults.performance;

describe('renderOptions', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
  });

  it('keeps full quality for small chain maps', async () => {
    const { renderOptions } = await load();
    expect(renderOptions(bigGraphElements - 1)).toEqual({ hideEdgesOnViewport: false, textureOnViewport: false });
  });

  it('trades quality during gestures for big ones, on canvas below the WebGL threshold', async () => {
    const probe = fakeWebgl('NVIDIA GeForce GTX 1650');
    const { renderOptions } = await load();
    expect(renderOptions(webglElements - 1)).toEqual({ hideEdgesOnViewport: true, textureOnViewport: true, pixelRatio: 1 });
    // Below the threshold there is no reason to even ask.
    expect(probe).not.toHaveBeenCalled();
  });

  it('uses WebGL past the threshold when a GPU runs it', async () => {
    fakeWebgl('ANGLE (NVIDIA, NVIDIA GeForce GTX 1650 Direct3D11 vs_5_0 ps_5_0)');
    const { renderOptions } = await load();
    expect(renderOptions(webglElements)).toMatchObject({ renderer: { name: 'canvas', webgl: true } });
  });

  it.each([
    ['SwiftShader', 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)'],
    ['llvmpipe', 'llvmpipe (LLVM 15.0.6, 256 bits)'],
    ['no WebGL', null],
  ])('stays on canvas when WebGL is emulated on the CPU or missing (%s)', async (_, name) => {
    fakeWebgl(name);
    const { renderOptions } = await load();
    expect(renderOptions(webglElements * 2)).not.toHaveProperty('renderer');
  });

  it('lets a caller force the renderer either way', async () => {
    const probe = fakeWebgl('NVIDIA GeForce GTX 1650');
    const { renderOptions } = await load();
    expect(renderOptions(10, true)).toMatchObject({ renderer: { name: 'canvas', webgl: true } });
    expect(renderOptions(webglElements * 2, false)).not.toHaveProperty('renderer');
    expect(probe).not.toHaveBeenCalled();
  });

  it('asks the browser only once per page', async () => {
    const probe = fakeWebgl('NVIDIA GeForce GTX 1650');
    const { renderOptions } = await load();
    renderOptions(webglElements);
    renderOptions(webglElements + 1);
    expect(probe).toHaveBeenCalledTimes(1);
  });
});
