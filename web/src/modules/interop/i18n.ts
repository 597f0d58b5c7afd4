/** Texts of the interop pages; `interopEn` has the same keys. */
export const interopVi = {
};
export const interopEn: Record<keyof typeof interopVi, string> = {
};
