/** Texts of the feedback pages; `feedbackEn` has the same keys. */
export const feedbackVi = {
};
export const feedbackEn: Record<keyof typeof feedbackVi, string> = {
};
