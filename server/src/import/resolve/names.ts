// Firm-name normalisation for entity resolution. Two spellings of one firm differ in width
// (全角/半角), brackets, a leading province or city, and the legal form at the end; the core
// that is left is what we compare. Pure, so every case is unit-tested.

/** Legal forms and group words, longest first so 股份有限公司 goes before 有限公司. */
const legalSuffixes = [
  '集团股份有限公司',
  '集团有限责任公司',
  '集团有限公司',
  '控股股份有限公司',
  '控股有限公司',
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '股份公司',
  '集团公司',
  '总公司',
  '分公司',
  '公司',
  '集团',
  '控股',
  '股份',
];

/**
 * Place names that may open a firm's name: every province-level name and the cities the region
 * tree knows, each with and without its 省/市/自治区 ending. Passed in so the region tree stays
 * the one list of places.
 */
export interface PlaceNames {
  /** Names as written in the region tree, e.g. 浙江省, 宁波市, 北京市, 广西壮族自治区. */
  names: string[];
}

const regionEnding = /(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/;

/** The forms a place name takes at the start of a firm name: 浙江省 and 浙江. */
export function placeForms(name: string): string[] {
  const short = name.replace(regionEnding, '');
  return short && short !== name && short.length >= 2 ? [name, short] : [name];
}

/** Full-width to half-width, Chinese brackets to ASCII, spaces and dots removed, ASCII lower-cased. */
export function canonicalWidth(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[【［〔]/g, '(')
    .replace(/[】］〕]/g, ')')
    .replace(/[\s·・.,，、'"“”‘’\-_]/g, '')
    .toLowerCase();
}

export class NameNormaliser {
  private readonly prefixes: string[];

  constructor(places: PlaceNames) {
    this.prefixes = [...new Set(places.names.flatMap(placeForms).map(canonicalWidth))].sort((a, b) => b.length - a.length);
  }

  /** The place a name begins with (the longest match), as written in the region tree's form list. */
  leadingPlace(name: string): string | null {
    const n = canonicalWidth(name);
    return this.prefixes.find((p) => n.startsWith(p) && n.length > p.length) ?? null;
  }

  /**
   * The comparable core: width-normalised; a bracketed place (康龙化成(北京)…) dropped, other
   * brackets opened; leading places and trailing legal forms stripped as long as something is left.
   */
  core(name: string): string {
    let n = canonicalWidth(name);
    n = n.replace(/\(([^()]*)\)/g, (_m, inner: string) => (this.prefixes.includes(inner) ? '' : inner));
    for (let changed = true; changed;) {
      changed = false;
      for (const s of legalSuffixes) {
        if (n.endsWith(s) && n.length - s.length >= 2) {
          n = n.slice(0, -s.length);
          changed = true;
          break;
        }
      }
      for (const p of this.prefixes) {
        if (n.startsWith(p) && n.length - p.length >= 2) {
          n = n.slice(p.length);
          changed = true;
          break;
        }
      }
    }
    return n;
  }
}

/** Status marks the exchanges add to a short name: 退 (delisting), ST, *ST, -U, XD … */
const statusMarks = /(\(退市\)|退市|退|^\*?ST|-U$|-W$|^XD|^XR|^DR)/gi;

/**
 * The short name without status marks: `name` for comparing, `display` as written (half-width);
 * both empty when the name was nothing but marks.
 */
export function stripStatusMarks(shortName: string): { name: string; display: string; marks: string[] } {
  const marks: string[] = [];
  const display = shortName
    .normalize('NFKC')
    .trim()
    .replace(statusMarks, (m) => {
      marks.push(m);
      return '';
    })
    .trim();
  return { name: canonicalWidth(display), display, marks };
}
