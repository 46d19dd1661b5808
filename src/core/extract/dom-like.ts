/**
 * The little of the DOM that extraction reads, typed structurally so the core compiles without the
 * DOM library: a browser Document and a linkedom Document both fit.
 */

/** A DOM node. */
export interface NodeLike {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly firstChild: NodeLike | null;
  readonly nextSibling: NodeLike | null;
  readonly parentNode: NodeLike | null;
  appendChild(node: NodeLike): unknown;
  insertBefore(node: NodeLike, before: NodeLike | null): unknown;
  removeChild(node: NodeLike): unknown;
}

/** A DOM element. */
export interface ElementLike extends NodeLike {
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  getAttributeNames(): string[];
  readonly innerHTML: string;
  readonly textContent: string | null;
  readonly ownerDocument: {
    createElement(tag: string): ElementLike;
    createTextNode(text: string): NodeLike;
  } | null;
}

/** A parsed HTML document. */
export interface DocumentLike {
  querySelector(selectors: string): ElementLike | null;
  querySelectorAll(selectors: string): ArrayLike<ElementLike>;
  readonly documentElement: ElementLike | null;
  readonly body: ElementLike | null;
}

/** Something that parses HTML into a document: the browser's DOMParser or linkedom's. */
export type HtmlParser = (html: string, url: string) => DocumentLike;
