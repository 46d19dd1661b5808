import { createElement, type ReactNode } from 'react';
import type { ReaderNode } from '../../core/layout/reader-doc';
import { RemoteImage } from './remote-image';
import { RunView, type RunContext } from './run-view';

/** What element views need besides the runs: opening links through the host, image consent. */
export interface NodeContext extends RunContext {
  readonly openLink: (url: string) => void;
  readonly remoteImagesAllowed: boolean;
}

// The article's headings sit under the reader's own title (h2), so they start at h3.
const headingFor: Readonly<Record<string, string>> = {
  h1: 'h3',
  h2: 'h3',
  h3: 'h4',
  h4: 'h5',
  h5: 'h6',
  h6: 'h6',
};

const safeLink = (href: string): boolean => /^(https?:|mailto:)/i.test(href.trim());

/** One node of the article's layout, as React elements (never the HTML itself). */
export function renderNode(node: ReaderNode, ctx: NodeContext, key: number | string): ReactNode {
  if (node.kind === 'run') return <RunView key={key} run={node} ctx={ctx} />;
  if (node.kind === 'loose') return node.text;
  const children = node.children.map((child, i) => renderNode(child, ctx, i));
  const { tag, attrs } = node;
  if (tag === 'a') {
    const href = attrs.href ?? '';
    if (!safeLink(href)) return <span key={key}>{children}</span>;
    return (
      <a
        key={key}
        href={href}
        title={attrs.title ?? href}
        rel="noopener noreferrer"
        onClick={(event) => {
          // Links leave the app through the host (the system browser), never in this window.
          event.preventDefault();
          ctx.openLink(href);
        }}
      >
        {children}
      </a>
    );
  }
  if (tag === 'img')
    return (
      <RemoteImage
        key={key}
        src={attrs.src ?? ''}
        remoteSrc={attrs['data-remote-src'] ?? ''}
        alt={attrs.alt ?? ''}
        allowed={ctx.remoteImagesAllowed}
      />
    );
  const props: Record<string, unknown> = { key };
  if (tag === 'ol' && attrs.start) props.start = Number(attrs.start) || undefined;
  if ((tag === 'td' || tag === 'th') && attrs.colspan) props.colSpan = Number(attrs.colspan) || 1;
  if ((tag === 'td' || tag === 'th') && attrs.rowspan) props.rowSpan = Number(attrs.rowspan) || 1;
  if (tag === 'abbr' && attrs.title) props.title = attrs.title;
  if (tag === 'time' && attrs.datetime) props.dateTime = attrs.datetime;
  if (tag === 'br' || tag === 'hr') return createElement(tag, props);
  if (tag === 'table')
    return (
      <div key={key} className="reader-table">
        <table>{children}</table>
      </div>
    );
  return createElement(headingFor[tag] ?? tag, props, children);
}
