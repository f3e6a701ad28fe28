// Entry of /widget/embed-early.js, loaded by the /embed page beside chain-map.js (async, a few
// hundred bytes): it starts the page's data request at once, so the answer arrives while the
// widget script is still loading and parsing instead of after it (docs/embed.md, Build, size
// and speed). A separate file because the page's CSP (script-src 'self') forbids inline scripts.
import { graphqlUrl, paramsFromQuery, requestBody, startEarly } from './request';

const params = paramsFromQuery(location.search);
// /embed draws this server's own data: the endpoint is where this script came from.
if (params) startEarly(graphqlUrl(new URL(import.meta.url).origin), requestBody(params));
