/** Articles larger than this are refused: no news article is, and it keeps every step bounded. */
export const maxArticleBytes = 10 * 1024 * 1024;
