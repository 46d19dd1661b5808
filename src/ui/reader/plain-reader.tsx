/** A clean reading view of plain text: a title and the text's paragraphs. */
export function PlainReader({ title, text }: { title: string; text: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <article className="reader" aria-label={title}>
      <h2 className="reader-title">{title}</h2>
      {paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </article>
  );
}
