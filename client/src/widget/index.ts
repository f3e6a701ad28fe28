// Entry of the embeddable widget (vite.widget.config.ts builds it as an ES module and as a classic
// script): registers <chain-map> once, however many times the script is included.
import { ChainMapElement, setScriptOrigin } from './chain-map-element';

export { ChainMapElement };
export type { SegmentSelectDetail } from './chain-map-element';

// The server this script came from is the default endpoint (and the full app's address).
try {
  setScriptOrigin(new URL(import.meta.url).origin);
} catch {
  setScriptOrigin(null);
}

if (!customElements.get('chain-map')) customElements.define('chain-map', ChainMapElement);
