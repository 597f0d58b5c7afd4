/** Texts of the operations center pages; `operationsEn` has the same keys. */
export const operationsVi = {
};
export const operationsEn: Record<keyof typeof operationsVi, string> = {
};
