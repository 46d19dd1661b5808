import type { ElementLike } from './dom-like';

/**
 * Words of a class, id or aria-label that mark page furniture: share bars, "related" and teaser
 * lists, newsletter and promo boxes, navigation, photo credits, ads.
 */
const furnitureWords = new Set(
  (
    'share shares sharing sharebar social socials related recommended recommendations ' +
    'recirculation newsletter promo promotion teaser teasers breadcrumb breadcrumbs subscribe ' +
    'subscription signup advert advertisement ad ads adslot sponsored outbrain taboola credit ' +
    'credits photocredit readmore nav navbar navigation menu toolbar pagination paywall trending ' +
    'popular mostread copyright attribution meta dateline byline tags taglist keywords author ' +
    'authors authorlist'
  ).split(' '),
);
const furnitureTags = new Set(['NAV', 'BUTTON', 'FORM', 'INPUT', 'SELECT', 'TEXTAREA']);

/**
 * A class or id names furniture when one of its parts (split on - and _) is a furniture word and
 * it has at most three parts: "share-bar", "article__related", "ad-slot". Longer names are slugs
 * made from a heading ("sharing-with-a-single-developer" on a documentation page), not furniture.
 */
function namesFurniture(token: string): boolean {
  const parts = token.toLowerCase().split(/[-_]+/).filter(Boolean);
  return parts.length > 0 && parts.length <= 3 && parts.some((p) => furnitureWords.has(p));
}

/** An aria-label of at most four words that says share, related, navigation and the like. */
function labelsFurniture(label: string): boolean {
  const words = label.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return words.length > 0 && words.length <= 4 && words.some((w) => furnitureWords.has(w));
}

/** Class parts that name an image's credit inside its caption ("caption__source"). */
const creditWords = new Set(
  'source credit credits attribution copyright rights photographer'.split(' '),
);

function insideCaption(el: ElementLike): boolean {
  for (let n = el.parentNode; n; n = n.parentNode)
    if (n.nodeName.toUpperCase() === 'FIGCAPTION') return true;
  return false;
}

/** Whether an element says by its tag, role, class, id or aria-label that it is page furniture. */
export function isMarkedFurniture(el: ElementLike): boolean {
  if (furnitureTags.has(el.nodeName.toUpperCase())) return true;
  const role = (el.getAttribute('role') ?? '').toLowerCase();
  if (role === 'navigation' || role === 'complementary' || role === 'contentinfo') return true;
  const classes = (el.getAttribute('class') ?? '').toLowerCase().split(/\s+/);
  if (classes.some(namesFurniture)) return true;
  const parts = classes.flatMap((c) => c.split(/[-_]+/));
  if (
    parts.some((p) => creditWords.has(p)) &&
    el.nodeName.toUpperCase() !== 'FIGCAPTION' &&
    insideCaption(el)
  )
    return true;
  const id = el.getAttribute('id') ?? '';
  if (id && namesFurniture(id)) return true;
  return labelsFurniture(el.getAttribute('aria-label') ?? '');
}

/** A label on its own: an advert's, a share or print button's, an image's "[+] Enlarge". */
const labelLine =
  /^(advertisement|advertising|anzeige|werbung|publicité|publicidad|pubblicità|share this( article| story)?|share|tweet|read more|weiterlesen|lire la suite|leer más|skip advert|print|email|e-mail|recommend|\[\+\] enlarge|enlarge|text size):?$/i;

/** Whether a heading's whole text is only such a label ("Share:" in an `h3`). */
export function isFurnitureLabel(text: string): boolean {
  return labelLine.test(text);
}

/**
 * Whole texts of a block that is furniture on its own: a small counter or score ("14", "87"), a
 * price ("from $610.00"), a photo credit ("Photo: Joseph Cox", "Benoit Tessier/Reuters"), an
 * advert or share label. Four-digit numbers stay: a year is often a caption.
 */
const furnitureLines = [
  /^\d{1,3}$/,
  /^(from |ab |à partir de |desde |a partir de )?[$€£¥]\s?\d[\d.,]*( ?[$€£¥])?$/i,
  /^(from |ab |à partir de |desde )?\d[\d.,]*\s?[$€£¥]$/i,
  /^(photo|photos|photograph|image|picture|credit|foto|fotos|bild|bildquelle|quelle)\s*(credit)?\s*[:：©]/i,
  /^(©|\(c\)|credit:?)?\s*[\p{L} .'-]{0,40}\/\s*(getty images|ap|afp|reuters|epa|shutterstock|pa|dpa|imago|ap photo|reuters\/\w+)$/iu,
  labelLine,
  // A gallery's counter: "Bild 1 von 9", "Image 3 of 12", "Photo 2 sur 5".
  /^(bild|image|photo|foto|picture|slide|imagen)\s+\d+\s*(von|of|sur|de|di|\/)\s*\d+$/i,
  // A credit or copyright line: "© Bild: REUTERS / CAITLIN O'HARA", "© 2019 Deutsche Welle".
  /^(©|\(c\)|copyright\s*(©|\(c\)|\d))/i,
  // A comment counter: "10 réactions", "71 Kommentare".
  /^\d+ (comments?|réactions?|commentaires?|kommentare?|comentarios?|reacties)$/i,
  // A lone letter: an icon's glyph ("S" of a search box) or a stray drop cap.
  /^(?![IVXivx]$)\p{L}$/u,
  // A reporter's sign-off that is only a name and an address: "최윤호 기자 uknow@donga.com".
  /^[\p{L}\p{M} .'-]{1,40}\s+[\w.+-]+@[\w-]+(\.[\w-]+)+$/u,
];

const month =
  '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)[a-z]*\\.?';
/**
 * A block that is only a date or a time stamp ("05/08/2019", "26, Abril, 2022",
 * "Dienstag, 13. Mai 2014", "June 4, 2019 at 3:53 pm", "05:28 Uhr"): the page's dateline, which
 * the article keeps as its published date, not as text.
 */
const dateOnly = new RegExp(
  [
    '^((updated|published|posted|last updated|publié le|mis à jour le|actualizado|veröffentlicht am|aktualisiert am):? )?',
    '(\\p{L}+,? )?',
    '(\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}',
    `|\\d{1,2}\\.?,? ${month},? \\d{2,4}`,
    `|${month} \\d{1,2},? \\d{2,4})?`,
    '(,? ?(um |at |à |a las )?\\d{1,2}[:.h]\\d{2}( ?(uhr|h|am|pm|a\\.m\\.|p\\.m\\.))?( ?(et|cet|cest|utc|gmt|pt|pdt|pst|est|edt))?)?$',
  ].join(''),
  'iu',
);

/** Whether a block's whole text (whitespace squashed) is furniture by itself. */
export function isFurnitureLine(text: string): boolean {
  if (text.length === 0 || text.length >= 80) return false;
  return furnitureLines.some((rule) => rule.test(text)) || (/\d/.test(text) && dateOnly.test(text));
}
