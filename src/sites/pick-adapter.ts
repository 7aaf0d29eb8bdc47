// Chooses the site adapter for the page the content script runs in.
import type { SiteAdapter } from './adapter';
import { genericAdapter } from './generic';
import { instagramAdapter } from './instagram/adapter';

const INSTAGRAM_HOST = /(^|\.)instagram\.com$/;

export function pickAdapter(location: Pick<Location, 'hostname' | 'pathname'>): SiteAdapter {
  return INSTAGRAM_HOST.test(location.hostname) ? instagramAdapter(location) : genericAdapter;
}
