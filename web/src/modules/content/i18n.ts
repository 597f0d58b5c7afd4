/** Texts of the content pages (Q&A, news, open data); `contentEn` has the same keys. */
export const contentVi = {
};
export const contentEn: Record<keyof typeof contentVi, string> = {
};
