/** Texts of the open data pages; `openDataEn` has the same keys. */
export const openDataVi = {
};
export const openDataEn: Record<keyof typeof openDataVi, string> = {
};
