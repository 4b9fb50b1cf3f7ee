import { describe, expect, it } from 'vitest';
import { routeOf } from '../../src/http/create-http-server.ts';
import { PAGE_FILES } from '../../src/http/serve-pages.ts';
import viteConfig from '../../vite.config.ts';

describe('the route of a request, as /metrics counts it', () => {
  it('counts every page the service serves, and their assets, as pages: /review too', () => {
    for (const path of ['/', '/playground', '/playground/', '/explore', '/explore/', '/review', '/review/', '/assets/main-abc123.js']) {
      expect(routeOf(path), path).toBe('pages');
    }
  });

  it('names the API, the probes, the admin path and Neo4j Browser’s files, and nothing else', () => {
    expect(routeOf('/graphql?query=%7B__typename%7D')).toBe('graphql');
    expect(['/health', '/ready', '/metrics'].map(routeOf)).toEqual(['health', 'ready', 'metrics']);
    expect(routeOf('/admin/documents')).toBe('admin');
    expect(routeOf('/browser/style.grass')).toBe('browser-files');
    expect(['/reviewer', '/explorer.html', '/assets/', '/assets/../x'].map(routeOf)).toEqual(['other', 'other', 'other', 'other']);
  });

  it('serves exactly the pages Vite builds, so a new page is served and counted or the test says which is missing', () => {
    const input = viteConfig.build?.rollupOptions?.input as Record<string, string>;
    const built = Object.values(input).map((file) => file.replace(/^.*\/web\//, ''));
    expect([...PAGE_FILES].sort()).toEqual(built.sort());
  });
});
