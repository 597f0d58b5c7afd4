/** Texts of the integration pages; `integrationEn` has the same keys. */
export const integrationVi = {
};
export const integrationEn: Record<keyof typeof integrationVi, string> = {
};
