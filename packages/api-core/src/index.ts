export const core = 42;
