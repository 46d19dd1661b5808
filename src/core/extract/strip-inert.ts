const inert =
  /<script\b([^>]*)>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<svg\b[^>]*>[\s\S]*?<\/svg\s*>|<!--[\s\S]*?-->/gi;

/**
 * Removes scripts (except JSON-LD, which carries article metadata), styles, inline SVG and comments before
 * parsing. Readability throws them away anyway; not building them halves the DOM of a modern page.
 * One left-to-right pass, ending each at its first closing tag, as an HTML parser does.
 */
export function stripInertMarkup(html: string): string {
  return html.replace(inert, (whole: string, scriptAttributes?: string) =>
    scriptAttributes !== undefined && /application\/ld\+json/i.test(scriptAttributes) ? whole : '',
  );
}
