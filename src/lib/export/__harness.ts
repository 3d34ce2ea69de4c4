export { mount, flushSync, unmount } from 'svelte';
export { default as ExportMenu } from './ExportMenu.svelte';
export { serializeSvg } from './serializeSvg';
export { composeFigure } from './composeFigure';
export { rasterize, presetRaster } from './rasterize';
