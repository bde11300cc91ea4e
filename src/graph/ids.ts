/** Sentence ids are `<articleId>#<index>`: one place makes them and reads them back. */
export const sentenceId = (articleId: string, index: number) => `${articleId}#${index}`;

export const articleOfSentence = (id: string) => id.slice(0, id.lastIndexOf('#'));

/** Fact ids are `<source>|<TYPE>|<target>` (entity ids never hold `|`). */
export const factId = (source: string, type: string, target: string) => `${source}|${type}|${target}`;

export const factType = (id: string): string | undefined => id.split('|')[1];
