// Links from before the router: everything was `/?view=<view>&…` with the chain map when
// `view` was absent. Such a URL is redirected to the view's route with the same parameters
// (they kept their names), so bookmarks, shared links and the widget's links keep working.
import { parseViewSearch, VIEWS, type NavState, type View } from './search';

/** The route an old query string stands for; unknown views meant the chain map, as they did. */
export function legacyTarget(raw: Record<string, unknown>): NavState {
  const view = VIEWS.includes(raw['view'] as View) ? (raw['view'] as View) : 'chain';
  return parseViewSearch(view, raw);
}
